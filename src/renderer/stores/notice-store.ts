/** Messages for the user (errors, confirmations), shown by the shell's notice area. */
import { create } from 'zustand';
import { useLanguageStore } from '../i18n/i18n';
import { errorText } from '../errors/error-text';

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

/** Shows a refusal worded from its error code in the UI's language (else the core's text). */
export function reportError(err: unknown): void {
  useNoticeStore.getState().show('error', errorText(err, useLanguageStore.getState().language));
}

export function reportInfo(text: string): void {
  useNoticeStore.getState().show('info', text);
}
