/** Numbers in the agreement table, in the UI language ("85.0 %" / "85,0 %"); "–" when undefined. */
import type { TableCell } from './agreement-table';

export const UNDEFINED_MARK = '–';

export function formatCell(cell: TableCell, language: string): string {
  if (cell.kind === 'count') return new Intl.NumberFormat(language).format(cell.value);
  if (cell.value === null) return UNDEFINED_MARK;
  if (cell.kind === 'percent') {
    return new Intl.NumberFormat(language, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(cell.value);
  }
  const text = new Intl.NumberFormat(language, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  }).format(cell.value);
  // Never "-0.000": a coefficient that rounds to zero is zero.
  return /^[-−]0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/** "41 %" for an overlap, rounded down so a near miss never reads as the threshold. */
export function formatOverlap(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(percent) / 100,
  );
}
