/** The JSON `citat matrix --format json` prints (README, "The matrix"), and ways to look into it. */

export interface Quote {
  text: string;
  display: string;
  citation: string;
  speaker: string;
  document: string;
  start: number;
  end: number;
  codes: string[];
  memo: string | null;
}
export interface Cell {
  row: string;
  column: string;
  count: number;
  quotes: Quote[];
}
export interface Matrix {
  rows: { id: string; label: string; path: string[] }[];
  columns: { id: string; label: string }[];
  cells: Cell[];
  legend: {
    label: string;
    name: string | null;
    title: string | null;
    organisation: string | null;
  }[];
}

/** Quotes by "row label|column label". */
export function quotesByCell(m: Matrix): Map<string, Quote[]> {
  const rows = new Map(m.rows.map((r) => [r.id, r.label]));
  const columns = new Map(m.columns.map((c) => [c.id, c.label]));
  return new Map(m.cells.map((c) => [`${rows.get(c.row)}|${columns.get(c.column)}`, c.quotes]));
}

export function totalCount(m: Matrix): number {
  return m.cells.reduce((sum, c) => sum + c.count, 0);
}
