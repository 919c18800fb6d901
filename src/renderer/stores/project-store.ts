/** The open project as a whole: name, current coder, undo/redo availability, access. */
import { create } from 'zustand';
import type { ProjectInfo } from '@shared/api/types';
import { callApi } from '../api/client';
import { ALL_SCOPES, notifyProjectChanged, onProjectChanged } from '../api/changes';
import { autosaves } from '../autosave/autosave-registry';
import { reportError } from './notice-store';

interface ProjectState {
  info: ProjectInfo | null;
  refresh(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Throws when the core refuses (the coder box shows why). */
  setCoder(name: string): Promise<void>;
  /** The synced-folder warning was read: hidden now, and the core remembers it. */
  dismissStorageWarning(): Promise<void>;
}

let dismissed = false;

export const useProjectStore = create<ProjectState>((set, get) => ({
  info: null,
  async refresh() {
    try {
      const info = await callApi('project.info', {});
      // A read-only project cannot record the dismissal; it stays dismissed in this window.
      set({ info: dismissed ? { ...info, storageWarning: null } : info });
    } catch (err) {
      reportError(err);
    }
  },
  async undo() {
    // What is being typed is saved first, so undo takes back the newest edit, not an older one.
    await autosaves.flushAll();
    if (!get().info?.canUndo) return;
    try {
      await callApi('history.undo', {});
      notifyProjectChanged(...ALL_SCOPES);
    } catch (err) {
      reportError(err);
    }
  },
  async redo() {
    await autosaves.flushAll();
    if (!get().info?.canRedo) return;
    try {
      await callApi('history.redo', {});
      notifyProjectChanged(...ALL_SCOPES);
    } catch (err) {
      reportError(err);
    }
  },
  async setCoder(name) {
    await callApi('coders.setCurrent', { name });
    notifyProjectChanged('codings');
  },
  async dismissStorageWarning() {
    const info = get().info;
    if (info) set({ info: { ...info, storageWarning: null } });
    dismissed = true;
    try {
      await callApi('project.dismissStorageWarning', {});
    } catch (err) {
      reportError(err);
    }
  },
}));

/** Open read-only (damaged, or a file or folder that cannot be written): nothing can change. */
export const useReadOnly = (): boolean =>
  useProjectStore((s) => s.info?.access.mode === 'read-only');

onProjectChanged(() => void useProjectStore.getState().refresh());
