/**
 * Uploads transcripts one at a time, so the progress bar shows which file is being read
 * and every file gets its own result. Files dropped while a run is going join its queue.
 */
import { create } from 'zustand';
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import {
  beginFile,
  isFinished,
  recordFailure,
  recordOutcome,
  startRun,
  type ImportRun,
} from './import-progress';

interface ImportState {
  run: ImportRun | null;
  importFiles(files: readonly File[]): void;
  /** Hides the results of a finished run. */
  dismiss(): void;
}

const queue: File[] = [];
let running = false;

async function uploadNext(file: File): Promise<void> {
  const { run } = useImportStore.getState();
  if (!run) return;
  useImportStore.setState({ run: beginFile(run, file.name) });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = await callApi('documents.upload', { fileName: file.name, bytes });
    useImportStore.setState((s) => ({ run: s.run && recordOutcome(s.run, outcome) }));
    if (outcome.ok) notifyProjectChanged('documents', 'speakers');
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    useImportStore.setState((s) => ({ run: s.run && recordFailure(s.run, file.name, message) }));
  }
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let file = queue.shift(); file; file = queue.shift()) await uploadNext(file);
  } finally {
    running = false;
  }
}

export const useImportStore = create<ImportState>((set, get) => ({
  run: null,
  importFiles(files) {
    if (files.length === 0) return;
    const current = get().run;
    const run =
      current && !isFinished(current)
        ? { ...current, total: current.total + files.length }
        : startRun(files.length);
    set({ run });
    queue.push(...files);
    void drain();
  },
  dismiss() {
    const { run } = get();
    if (run && isFinished(run)) set({ run: null });
  },
}));
