/** How the codebook panel looks right now: collapsed branches, the filter, what is being edited. */
import { create } from 'zustand';

/** A new code being named: under `parentId` (null = top level). */
export interface PendingCode {
  parentId: string | null;
}

interface CodebookViewState {
  collapsed: ReadonlySet<string>;
  filter: string;
  renamingId: string | null;
  creating: PendingCode | null;
  toggle(id: string): void;
  setExpanded(id: string, expanded: boolean): void;
  setFilter(filter: string): void;
  startRename(id: string | null): void;
  startCreate(pending: PendingCode | null): void;
}

export const useCodebookView = create<CodebookViewState>((set, get) => ({
  collapsed: new Set(),
  filter: '',
  renamingId: null,
  creating: null,
  toggle(id) {
    get().setExpanded(id, get().collapsed.has(id));
  },
  setExpanded(id, expanded) {
    const collapsed = new Set(get().collapsed);
    if (expanded) collapsed.delete(id);
    else collapsed.add(id);
    set({ collapsed });
  },
  setFilter(filter) {
    set({ filter });
  },
  startRename(id) {
    set({ renamingId: id, creating: null });
  },
  startCreate(pending) {
    const collapsed = new Set(get().collapsed);
    if (pending?.parentId) collapsed.delete(pending.parentId);
    set({ creating: pending, renamingId: null, collapsed, filter: pending ? '' : get().filter });
  },
}));
