/**
 * REFI-QDA export/import of the whole project and merging a second coder's file. One
 * operation at a time; the last report of each kind stays until dismissed, so the user
 * can read what was created, matched and left out.
 */
import { create } from 'zustand';
import type { QdpxImportReport } from '@shared/api/exchange-types';
import type { MergeReport } from '@shared/api/types';
import { callApi } from '../../api/client';
import { ALL_SCOPES, notifyProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { downloadFile } from '../../ui/download';
import { mergeFileKind } from './exchange-files';

export type ExchangeTask = 'export' | 'import' | 'merge';

/** A .qdpx imported as the project's exchange, or as a second coder's work. */
export type ImportPurpose = 'project' | 'coder';

/** What the last merge of a second coder's file brought in. */
export type CoderReport =
  { kind: 'citat'; report: MergeReport } | { kind: 'qdpx'; report: QdpxImportReport };

interface ExchangeState {
  busy: { task: ExchangeTask; fileName: string | null } | null;
  /** The last REFI-QDA project import. */
  importReport: QdpxImportReport | null;
  mergeReport: CoderReport | null;
  /** Files every merged coding under this name when not empty (.citat only). */
  mergeCoderName: string;
  exportProject(): Promise<void>;
  importQdpx(file: File, purpose: ImportPurpose): Promise<void>;
  /** A second coder's .citat (merged) or .qdpx (imported with its users as coders). */
  mergeCoderFile(file: File): Promise<void>;
  setMergeCoderName(name: string): void;
  dismissImport(): void;
  dismissMerge(): void;
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export const useExchangeStore = create<ExchangeState>((set, get) => {
  /** Runs one task, refusing a second while one is under way. */
  async function run(task: ExchangeTask, fileName: string | null, work: () => Promise<void>) {
    if (get().busy) return;
    set({ busy: { task, fileName } });
    try {
      await work();
    } catch (err) {
      reportError(err);
    } finally {
      set({ busy: null });
    }
  }
  return {
    busy: null,
    importReport: null,
    mergeReport: null,
    mergeCoderName: '',
    exportProject: () =>
      run('export', null, async () => {
        downloadFile(await callApi('exchange.export', {}));
      }),
    importQdpx: (file, purpose) =>
      run(purpose === 'project' ? 'import' : 'merge', file.name, async () => {
        const report = await callApi('exchange.import', {
          fileName: file.name,
          bytes: await bytesOf(file),
        });
        if (purpose === 'project') set({ importReport: report });
        else set({ mergeReport: { kind: 'qdpx', report } });
        notifyProjectChanged(...ALL_SCOPES);
      }),
    async mergeCoderFile(file) {
      const kind = mergeFileKind(file.name);
      if (kind === 'qdpx') return get().importQdpx(file, 'coder');
      // Anything else goes to the core, which names the file and says what it expected.
      const coderName = get().mergeCoderName.trim();
      return run('merge', file.name, async () => {
        const report = await callApi('team.mergeUpload', {
          fileName: file.name,
          bytes: await bytesOf(file),
          ...(coderName ? { coderName } : {}),
        });
        set({ mergeReport: { kind: 'citat', report } });
        notifyProjectChanged(...ALL_SCOPES);
      });
    },
    setMergeCoderName(name) {
      set({ mergeCoderName: name });
    },
    dismissImport() {
      set({ importReport: null });
    },
    dismissMerge() {
      set({ mergeReport: null });
    },
  };
});
