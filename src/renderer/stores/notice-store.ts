/** Messages for the user (errors, confirmations), shown by the shell's notice area. */
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  show(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>((set) => ({
  notices: [],
  show(kind, text) {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, kind, text }] }));
    if (kind === 'info') setTimeout(() => useNoticeStore.getState().dismiss(id), 4000);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));

export function reportError(err: unknown): void {
  useNoticeStore.getState().show('error', err instanceof Error ? err.message : String(err));
}

export function reportInfo(text: string): void {
  useNoticeStore.getState().show('info', text);
}
