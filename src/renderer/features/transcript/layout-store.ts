/**
 * Pixel layout beside the text (line numbers, coding stripes, the floating "Code…" button),
 * measured after paint. Kept apart from the transcript store so only the margins re-render.
 */
import { create } from 'zustand';
import type { Stripe } from './lanes';

export interface LayoutState {
  /** Top of each line (paragraph), relative to the text column. */
  lineTops: number[];
  stripes: Stripe[];
  lanes: number;
  /** Where the "Code…" button sits (relative to the text column), when a selection can be coded. */
  codeButton: { top: number; left: number } | null;
  /** A visible caret for read-only text (browsers draw none), relative to the text column. */
  caret: { top: number; left: number; height: number } | null;
}

export const useLayoutStore = create<LayoutState>(() => ({
  lineTops: [],
  stripes: [],
  lanes: 0,
  codeButton: null,
  caret: null,
}));
