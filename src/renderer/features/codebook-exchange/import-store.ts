/**
 * The codebook import as the user goes through it: a file is read into a preview (nothing
 * changes), each conflict gets a choice (keep mine by default), and Import applies exactly
 * the plan shown, as one undo step. When the project changed in between, the core refuses
 * the stale plan and the preview is made again, keeping the choices that still apply.
 */
import { create } from 'zustand';
import type { CodebookImportPreview, ConflictChoice } from '@shared/api/codebook-import-types';
import { ApiError, callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { useLanguageStore } from '../../i18n/i18n';
import { reportInfo } from '../../stores/notice-store';
import { importDoneText } from './import-wording';

export interface PickedFile {
  fileName: string;
  bytes: Uint8Array;
}

export type ImportPhase = 'closed' | 'reading' | 'preview' | 'importing' | 'failed';

interface ImportState {
  phase: ImportPhase;
  file: PickedFile | null;
  preview: CodebookImportPreview | null;
  /** Per conflicting code id (those the preview lists). */
  choices: Record<string, ConflictChoice>;
  /** For conflicts beyond the preview's list: what "all mine"/"all theirs" chose last. */
  otherwise: ConflictChoice;
  /** Why the file could not be previewed or imported (worded by the dialog). */
  error: unknown;
  /** The preview was made again because the project changed since it was shown. */
  refreshed: boolean;
  /** Reads the file into a preview; the dialog opens at once and shows the reading. */
  open(file: PickedFile): Promise<void>;
  /** A file the desktop's dialog could not read: the dialog says why. */
  fail(fileName: string, error: unknown): void;
  choose(codeId: string, choice: ConflictChoice): void;
  chooseAll(choice: ConflictChoice): void;
  /** Imports with the choices made; true when done (the dialog then closes). */
  apply(): Promise<boolean>;
  close(): void;
}

const closed = {
  phase: 'closed' as ImportPhase,
  file: null,
  preview: null,
  choices: {},
  otherwise: 'mine' as ConflictChoice,
  error: null,
  refreshed: false,
};

/** Choices for the preview's conflicts: kept where the code is still in conflict. */
function choicesFor(
  preview: CodebookImportPreview,
  previous: Record<string, ConflictChoice>,
  otherwise: ConflictChoice,
): Record<string, ConflictChoice> {
  const choices: Record<string, ConflictChoice> = {};
  for (const conflict of preview.conflicts)
    choices[conflict.codeId] = previous[conflict.codeId] ?? otherwise;
  return choices;
}

export const useCodebookImportStore = create<ImportState>((set, get) => {
  /** Previews `file`; false when the file was refused (the state then says why). */
  async function previewOf(file: PickedFile): Promise<CodebookImportPreview | null> {
    try {
      return await callApi('codebook.previewImport', file);
    } catch (err) {
      if (get().file === file) set({ phase: 'failed', error: err });
      return null;
    }
  }
  return {
    ...closed,
    async open(file) {
      set({ ...closed, phase: 'reading', file });
      const preview = await previewOf(file);
      if (!preview || get().file !== file) return;
      set({ phase: 'preview', preview, choices: choicesFor(preview, {}, 'mine') });
    },
    fail(fileName, error) {
      set({ ...closed, phase: 'failed', file: { fileName, bytes: new Uint8Array() }, error });
    },
    choose(codeId, choice) {
      set({ choices: { ...get().choices, [codeId]: choice } });
    },
    chooseAll(choice) {
      const { preview } = get();
      if (preview) set({ otherwise: choice, choices: choicesFor(preview, {}, choice) });
    },
    async apply() {
      const { file, preview, choices, otherwise, phase } = get();
      if (!file || !preview || phase !== 'preview') return false;
      set({ phase: 'importing', refreshed: false });
      try {
        const result = await callApi('codebook.import', {
          ...file,
          resolutions: choices,
          otherwise,
          fingerprint: preview.fingerprint,
        });
        set({ ...closed });
        notifyProjectChanged('codebook', 'groups');
        reportInfo(importDoneText(result, file.fileName, useLanguageStore.getState().language));
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'codebook.import-changed') {
          const fresh = await previewOf(file);
          if (fresh)
            set({
              phase: 'preview',
              preview: fresh,
              choices: choicesFor(fresh, choices, otherwise),
              refreshed: true,
            });
          return false;
        }
        set({ phase: 'failed', error: err });
        return false;
      }
    },
    close() {
      if (get().phase !== 'importing') set({ ...closed });
    },
  };
});
