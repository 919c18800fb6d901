/** The project's coders by name, for the agreement and disagreement controls. */
import { create } from 'zustand';
import { callApi } from '../../api/client';
import { onProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';

interface TeamCodersState {
  /** Every coder the project knows, in name order. */
  names: string[];
  loaded: boolean;
  load(): Promise<void>;
}

export const useTeamCodersStore = create<TeamCodersState>((set) => ({
  names: [],
  loaded: false,
  async load() {
    try {
      const coders = await callApi('coders.list', {});
      set({ names: coders.map((c) => c.name), loaded: true });
    } catch (err) {
      reportError(err);
    }
  },
}));

// Merges, imports and coding under a new name bring coders.
onProjectChanged((scopes) => {
  if (scopes.has('codings') && useTeamCodersStore.getState().loaded)
    void useTeamCodersStore.getState().load();
});
