/**
 * Codings grouped for painting with the CSS Custom Highlight API: one highlight per code
 * colour (translucent, so overlapping codings of different colours stay visible), plus a
 * few fixed highlights for speaker labels, the pending selection and the active passage.
 */
import type { Span } from './offset-index';

export const LABEL_HIGHLIGHT = 'citat-speaker-label';
export const PENDING_HIGHLIGHT = 'citat-pending-selection';
export const ACTIVE_HIGHLIGHT = 'citat-active-passage';

export interface PaintableCoding {
  startUtf16: number;
  endUtf16: number;
  color: string;
}

/** A highlight name for a `#RRGGBB` colour (CSS identifiers cannot contain "#"). */
export function highlightNameForColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  return `citat-code-${(hex ?? '999999').toLowerCase()}`;
}

/** Codings per highlight name, each list in text order. One pass after one sort. */
export function groupByColor(codings: readonly PaintableCoding[]): Map<string, Span[]> {
  const sorted = [...codings].sort(
    (a, b) => a.startUtf16 - b.startUtf16 || a.endUtf16 - b.endUtf16,
  );
  const groups = new Map<string, Span[]>();
  for (const coding of sorted) {
    const name = highlightNameForColor(coding.color);
    let list = groups.get(name);
    if (!list) {
      list = [];
      groups.set(name, list);
    }
    list.push({ start: coding.startUtf16, end: coding.endUtf16 });
  }
  return groups;
}

/** `#RRGGBB` at `alpha` opacity as an `rgb()` colour. */
export function translucent(color: string, alpha: number): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1] ?? '999999';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/** The `::highlight()` rules for every code colour in use. */
export function highlightRules(names: Iterable<string>, alpha: number): string {
  const rules: string[] = [];
  for (const name of names) {
    const hex = name.slice('citat-code-'.length);
    rules.push(`::highlight(${name}) { background-color: ${translucent(`#${hex}`, alpha)}; }`);
  }
  return rules.join('\n');
}
