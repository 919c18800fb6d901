/** Which view is showing, and a pending "jump to this passage" request for the transcript. */
import { create } from 'zustand';
import { autosaves } from '../autosave/autosave-registry';

export type ViewName = 'transcript' | 'retrieval' | 'matrix' | 'search' | 'speakers' | 'team';

export interface RevealRequest {
  documentId: string;
  startUtf16: number;
  endUtf16: number;
  /** Increments so the same passage can be revealed twice in a row. */
  serial: number;
}

interface UiState {
  view: ViewName;
  reveal: RevealRequest | null;
  setView(view: ViewName): void;
  /** Opens the transcript at a passage (from retrieval, matrix or search). */
  revealPassage(documentId: string, startUtf16: number, endUtf16: number): void;
}

export const useUiStore = create<UiState>((set, get) => ({
  view: 'transcript',
  reveal: null,
  setView(view) {
    // Fields of the view left behind save on unmount; rename boxes elsewhere save too.
    void autosaves.flushAll();
    set({ view });
  },
  revealPassage(documentId, startUtf16, endUtf16) {
    set({
      view: 'transcript',
      reveal: { documentId, startUtf16, endUtf16, serial: (get().reveal?.serial ?? 0) + 1 },
    });
  },
}));
