/** The open project as a whole: name, current coder, undo/redo availability. */
import { create } from 'zustand';
import type { ProjectInfo } from '@shared/api/types';
import { callApi } from '../api/client';
import { ALL_SCOPES, notifyProjectChanged, onProjectChanged } from '../api/changes';
import { reportError } from './notice-store';

interface ProjectState {
  info: ProjectInfo | null;
  refresh(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  setCoder(name: string): Promise<void>;
}

export const useProjectStore = create<ProjectState>((set, get) => ({
  info: null,
  async refresh() {
    try {
      set({ info: await callApi('project.info', {}) });
    } catch (err) {
      reportError(err);
    }
  },
  async undo() {
    if (!get().info?.canUndo) return;
    try {
      await callApi('history.undo', {});
      notifyProjectChanged(...ALL_SCOPES);
    } catch (err) {
      reportError(err);
    }
  },
  async redo() {
    if (!get().info?.canRedo) return;
    try {
      await callApi('history.redo', {});
      notifyProjectChanged(...ALL_SCOPES);
    } catch (err) {
      reportError(err);
    }
  },
  async setCoder(name) {
    try {
      await callApi('coders.setCurrent', { name });
      notifyProjectChanged('codings');
    } catch (err) {
      reportError(err);
    }
  },
}));

onProjectChanged(() => void useProjectStore.getState().refresh());
