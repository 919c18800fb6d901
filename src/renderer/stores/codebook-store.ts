/** The codebook as a flat list in codebook order, plus the codes used most recently. */
import { create } from 'zustand';
import type { CodeListEntry } from '@shared/api/types';
import { callApi } from '../api/client';
import { onProjectChanged } from '../api/changes';
import { reportError } from './notice-store';

const RECENT_LIMIT = 9;

interface CodebookState {
  codes: CodeListEntry[];
  /** Most recent first. */
  recentCodeIds: string[];
  load(): Promise<void>;
  markUsed(codeId: string): void;
}

export const useCodebookStore = create<CodebookState>((set, get) => ({
  codes: [],
  recentCodeIds: [],
  async load() {
    try {
      const codes = await callApi('codes.list', {});
      const known = new Set(codes.map((c) => c.id));
      set({ codes, recentCodeIds: get().recentCodeIds.filter((id) => known.has(id)) });
    } catch (err) {
      reportError(err);
    }
  },
  markUsed(codeId) {
    set({
      recentCodeIds: [codeId, ...get().recentCodeIds.filter((id) => id !== codeId)].slice(
        0,
        RECENT_LIMIT,
      ),
    });
  },
}));

onProjectChanged((scopes) => {
  if (scopes.has('codebook') || scopes.has('codings')) void useCodebookStore.getState().load();
});
