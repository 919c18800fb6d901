import { describe, expect, it } from 'vitest';
import type { QuoteMatrix } from '@shared/matrix/model';
import {
  heatShade,
  needsLightText,
  summarizeCounts,
} from '../../../../src/renderer/features/matrix/matrix-counts';

function countsMatrix(counts: number[][]): QuoteMatrix {
  const rows = counts.map((_, r) => ({
    id: `r${r}`,
    label: `Row ${r}`,
    path: [`Row ${r}`],
    depth: 0,
    color: '#000000',
  }));
  const columns = (counts[0] ?? []).map((_, c) => ({
    id: `c${c}`,
    label: `Col ${c}`,
    kind: 'speaker' as const,
  }));
  return {
    title: 't',
    mode: 'counts',
    rows,
    columns,
    cells: counts.flatMap((row, r) =>
      row.map((count, c) => ({ row: `r${r}`, column: `c${c}`, count, quotes: [] })),
    ),
    legend: [],
  };
}

describe('summarizeCounts', () => {
  it('totals rows and columns and finds the largest cell', () => {
    const summary = summarizeCounts(
      countsMatrix([
        [1, 0, 1, 2],
        [2, 1, 0, 1],
        [0, 0, 0, 0],
      ]),
    );
    expect(summary.rowTotals).toEqual([4, 4, 0]);
    expect(summary.columnTotals).toEqual([3, 1, 1, 3]);
    expect(summary.total).toBe(8);
    expect(summary.max).toBe(2);
  });

  it('copes with a matrix without columns or rows', () => {
    expect(summarizeCounts(countsMatrix([[], []]))).toEqual({
      rowTotals: [0, 0],
      columnTotals: [],
      total: 0,
      max: 0,
    });
    expect(summarizeCounts(countsMatrix([]))).toEqual({
      rowTotals: [],
      columnTotals: [],
      total: 0,
      max: 0,
    });
  });
});

describe('heatShade', () => {
  it('is 0 for empty cells and 1 for the largest', () => {
    expect(heatShade(0, 5)).toBe(0);
    expect(heatShade(5, 5)).toBe(1);
    expect(heatShade(0, 0)).toBe(0);
  });

  it('grows with the count and never drops below a visible floor', () => {
    const shades = [1, 2, 3, 4, 5].map((n) => heatShade(n, 5));
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    expect(new Set(shades).size).toBe(5);
    expect(heatShade(1, 1000)).toBeGreaterThanOrEqual(0.15);
  });

  it('is proportional between the floor and 1', () => {
    expect(heatShade(1, 4)).toBe(0.36); // 0.15 + 0.85 × 1/4, rounded
    expect(heatShade(3, 4)).toBe(0.79); // 0.15 + 0.85 × 3/4, rounded
  });

  it('switches to light text on dark shades only', () => {
    expect(needsLightText(heatShade(5, 5))).toBe(true);
    expect(needsLightText(heatShade(1, 5))).toBe(false);
  });
});
