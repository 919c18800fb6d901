/**
 * Numbers for the count mode: row and column totals and a heat shade per cell, so a
 * principle without evidence from an interviewee stands out at a glance.
 */
import type { QuoteMatrix } from '@shared/matrix/model';

export interface CountSummary {
  /** One per row, in row order. */
  rowTotals: number[];
  /** One per column, in column order. */
  columnTotals: number[];
  total: number;
  /** The largest single cell count (0 for an empty matrix). */
  max: number;
}

/**
 * Sums the cells as the core laid them out (row-major). A quote spanning two speakers'
 * turns sits in both speakers' columns and is counted in each, exactly as exports do.
 */
export function summarizeCounts(matrix: QuoteMatrix): CountSummary {
  const width = matrix.columns.length;
  const rowTotals = matrix.rows.map(() => 0);
  const columnTotals = matrix.columns.map(() => 0);
  let total = 0;
  let max = 0;
  matrix.cells.forEach((cell, index) => {
    if (width === 0) return;
    const row = Math.floor(index / width);
    const column = index % width;
    rowTotals[row] = (rowTotals[row] ?? 0) + cell.count;
    columnTotals[column] = (columnTotals[column] ?? 0) + cell.count;
    total += cell.count;
    if (cell.count > max) max = cell.count;
  });
  return { rowTotals, columnTotals, total, max };
}

/** Weakest shade a non-empty cell gets, so a single quote is still visibly "some". */
const MIN_SHADE = 0.15;

/**
 * How strongly to shade a cell, from 0 (empty) to 1 (the largest count), proportional to
 * count / max in between with a visible floor; rounded to two decimals for stable styles.
 */
export function heatShade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const ratio = Math.min(count / max, 1);
  return Math.round((MIN_SHADE + (1 - MIN_SHADE) * ratio) * 100) / 100;
}

/** Light text reads better on the darkest shades. */
export function needsLightText(shade: number): boolean {
  return shade >= 0.6;
}
