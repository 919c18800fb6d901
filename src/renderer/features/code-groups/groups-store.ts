/**
 * The project's code groups (REFI-QDA Sets of codes), and how the codebook panel shows
 * them: which group narrows the code tree, which is being named or renamed. Reloads after
 * any change to groups or the codebook (deleting or merging codes changes memberships),
 * which includes undo, redo and other windows' changes.
 */
import { create } from 'zustand';
import type { CodeGroup } from '@shared/api/types';
import { callApi } from '../../api/client';
import { onProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { useCodebookView } from '../codebook/codebook-view-store';

/** A group being named: with these codes in it from the start (e.g. the code whose menu asked). */
export interface PendingGroup {
  codeIds: string[];
}

interface CodeGroupsState {
  groups: CodeGroup[];
  /** The group whose codes the code tree shows; null = every code. */
  filterGroupId: string | null;
  creating: PendingGroup | null;
  renamingId: string | null;
  /** The groups section is unfolded. */
  open: boolean;
  load(): Promise<void>;
  setFilter(id: string | null): void;
  startCreate(pending: PendingGroup | null): void;
  startRename(id: string | null): void;
  setOpen(open: boolean): void;
}

let loadSerial = 0;

export const useCodeGroupsStore = create<CodeGroupsState>((set, get) => ({
  groups: [],
  filterGroupId: null,
  creating: null,
  renamingId: null,
  open: true,
  async load() {
    const serial = ++loadSerial;
    try {
      const groups = await callApi('groups.list', {});
      // An older answer arriving after a newer one would show a state already gone.
      if (serial !== loadSerial) return;
      const known = new Set(groups.map((g) => g.id));
      const { filterGroupId, renamingId } = get();
      set({
        groups,
        filterGroupId: filterGroupId && known.has(filterGroupId) ? filterGroupId : null,
        renamingId: renamingId && known.has(renamingId) ? renamingId : null,
      });
    } catch (err) {
      reportError(err);
    }
  },
  setFilter(id) {
    set({ filterGroupId: id });
  },
  startCreate(pending) {
    set({ creating: pending, renamingId: null, open: pending ? true : get().open });
  },
  startRename(id) {
    set({ renamingId: id, creating: null });
  },
  setOpen(open) {
    set({ open });
  },
}));

onProjectChanged((scopes) => {
  if (scopes.has('groups') || scopes.has('codebook')) void useCodeGroupsStore.getState().load();
});

// A code being created would not show in a group's narrowed tree: show them all again.
useCodebookView.subscribe((state, previous) => {
  if (state.creating && !previous.creating) useCodeGroupsStore.getState().setFilter(null);
});
