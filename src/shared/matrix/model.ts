/**
 * The quote matrix as the core builds it and every exporter renders it. Rows, columns and
 * cells are in their final order; exporters must not re-sort, so output is deterministic.
 */

import type { MatrixPresentation } from './options';

export type MatrixColumnKind = 'speaker' | 'case' | 'document' | 'attribute';

export interface MatrixRow {
  /** The code's id (stable across regenerations). */
  id: string;
  label: string;
  /** Names from the codebook root down to this code. */
  path: string[];
  /** Depth below the chosen row root (0 = direct child). */
  depth: number;
  color: string;
}

export interface MatrixColumn {
  id: string;
  label: string;
  kind: MatrixColumnKind;
}

export interface MatrixQuote {
  codingId: string;
  /** Exactly the coded text, trimmed of surrounding whitespace. */
  text: string;
  /** Curated text for print; equals `text` when not curated. */
  display: string;
  citation: string;
  /** Label(s) of the speaker(s) whose turns the quote touches, joined by ", ". */
  speaker: string;
  speakers: string[];
  documentId: string;
  document: string;
  /** Offsets of the trimmed quote in the stored text, UTF-16 units, end exclusive. */
  startUtf16: number;
  endUtf16: number;
  /** The same in Unicode code points. */
  start: number;
  end: number;
  /** Transcript line numbers (1-based) as the transcript view shows them. */
  lineStart: number;
  lineEnd: number;
  /** "00:14:03" when the quote's turn has a timestamp. */
  timestamp: string | null;
  /** Paths of every code applied to exactly this passage (shows double filing). */
  codes: string[];
  memo: string | null;
  /** The researcher's note on the curated quote. */
  note: string | null;
  coder: string;
}

export interface MatrixCell {
  row: string;
  column: string;
  count: number;
  quotes: MatrixQuote[];
}

export interface LegendEntry {
  label: string;
  name: string | null;
  title: string | null;
  organisation: string | null;
}

export interface QuoteMatrix {
  title: string;
  mode: 'quotes' | 'counts';
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** Every row × column pair, row-major, including empty cells. */
  cells: MatrixCell[];
  legend: LegendEntry[];
  /**
   * How exports print it (language, memos, quote marks, row labels). The core always sets
   * it; absent (a matrix made by hand) means the defaults of matrixPresentation().
   */
  presentation?: MatrixPresentation;
}

/** "JKM – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune" */
export function legendLine(entry: LegendEntry): string {
  const details = [entry.name, entry.title, entry.organisation].filter(
    (part): part is string => !!part,
  );
  return details.length === 0 ? entry.label : `${entry.label} – ${details.join(', ')}`;
}

export function cellAt(matrix: QuoteMatrix, rowIndex: number, columnIndex: number): MatrixCell {
  const cell = matrix.cells[rowIndex * matrix.columns.length + columnIndex];
  if (!cell) throw new Error(`matrix has no cell at ${rowIndex},${columnIndex}`);
  return cell;
}
