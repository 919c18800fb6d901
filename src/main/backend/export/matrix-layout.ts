/**
 * Read-only views of a QuoteMatrix that every exporter shares, so the formats agree on
 * what a cell shows (which quotes, which totals, which "also coded" codes).
 */
import { parseCodePath } from '@shared/domain/codebook';
import { matrixLabels, type MatrixLabels } from '@shared/matrix/labels';
import type {
  LegendEntry,
  MatrixCell,
  MatrixQuote,
  MatrixRow,
  QuoteMatrix,
} from '@shared/matrix/model';
import {
  matrixPresentation,
  type MatrixPresentation,
  type QuoteMarks,
} from '@shared/matrix/options';
import { inputError } from '../errors';

/** What every format prints in a cell without quotes (or with a count of 0). */
export const EMPTY_CELL = '–';

/** The presentation a matrix asks for, defaults filled in. */
export function presentationOf(matrix: QuoteMatrix): MatrixPresentation {
  return matrix.presentation ?? matrixPresentation();
}

export function labelsOf(matrix: QuoteMatrix): MatrixLabels {
  return matrixLabels(presentationOf(matrix).language);
}

const MARKS: Record<QuoteMarks, [open: string, close: string]> = {
  none: ['', ''],
  guillemets: ['»', '«'],
  curly: ['“', '”'],
};

/** »text« / “text” / text. */
export function markQuote(text: string, marks: QuoteMarks): string {
  const [open, close] = MARKS[marks];
  return `${open}${text}${close}`;
}

export interface RowLabel {
  /** The printed label: the name, "2.1 Name" when numbered, or "A / B" as a path. */
  text: string;
  /** Levels to indent it by (0 unless labels are indented). */
  indent: number;
}

/**
 * Row labels as every format prints them (the same text everywhere; only how the indent
 * is drawn differs). Numbers count codes level by level in the matrix's own order.
 */
export function rowLabels(matrix: QuoteMatrix): RowLabel[] {
  const mode = presentationOf(matrix).rowLabels;
  const counters: number[] = [];
  return matrix.rows.map((row) => {
    if (mode === 'path') return { text: rowPathLabel(row), indent: 0 };
    if (mode === 'indent') return { text: row.label, indent: row.depth };
    counters.length = row.depth + 1;
    for (let level = 0; level <= row.depth; level++) counters[level] ??= 0;
    counters[row.depth]! += 1;
    return { text: `${counters.join('.')} ${row.label}`, indent: 0 };
  });
}

/** A quote as a cell prints it: marked text, citation and, when asked for, memo and note. */
export interface CellItem {
  quote: MatrixQuote;
  /** The curated text inside the chosen quote marks. */
  text: string;
  citation: string;
  memo: string | null;
  note: string | null;
  /** Other codes applied to exactly this passage, as display paths. */
  alsoCoded: string[];
}

export function cellItems(matrix: QuoteMatrix, cell: MatrixCell, row: MatrixRow): CellItem[] {
  const { memos, quoteMarks } = presentationOf(matrix);
  return cellQuotes(matrix, cell).map((quote) => ({
    quote,
    text: markQuote(quote.display, quoteMarks),
    citation: quote.citation,
    memo: memos ? quote.memo?.trim() || null : null,
    note: memos ? quote.note?.trim() || null : null,
    alsoCoded: otherCodes(quote, row),
  }));
}

/** "»display« (JKM, l. 112–118)". */
export function itemLine(item: CellItem): string {
  return item.citation ? `${item.text} ${item.citation}` : item.text;
}

/** The lines printed under a quote in small type: memo, note, other codes. */
export function itemNotes(item: CellItem, labels: MatrixLabels): string[] {
  const lines: string[] = [];
  if (item.memo) lines.push(`${labels.memo} ${item.memo}`);
  if (item.note) lines.push(`${labels.note} ${item.note}`);
  if (item.alsoCoded.length > 0) lines.push(`${labels.alsoCoded} ${item.alsoCoded.join('; ')}`);
  return lines;
}

/** One quote as one text (CSV, XLSX): a bulleted line, its notes indented under it. */
export function itemText(item: CellItem, labels: MatrixLabels): string {
  return [`• ${itemLine(item)}`, ...itemNotes(item, labels).map((line) => `   ${line}`)].join('\n');
}

/** A cell as one text (CSV, XLSX): one bulleted line per quote, or the empty-cell mark. */
export function cellText(items: readonly CellItem[], labels: MatrixLabels): string {
  if (items.length === 0) return EMPTY_CELL;
  return items.map((item) => itemText(item, labels)).join('\n');
}

export interface GridRow {
  row: MatrixRow;
  cells: MatrixCell[];
}

/**
 * Rows with their cells, in the matrix's order. Checks the row-major layout first: a
 * matrix whose cells do not line up with its rows and columns would silently put quotes
 * under the wrong informant.
 */
export function matrixGrid(matrix: QuoteMatrix): GridRow[] {
  const width = matrix.columns.length;
  const expected = matrix.rows.length * width;
  if (matrix.cells.length !== expected) {
    throw inputError(
      'export.matrix-shape',
      `matrix "${matrix.title}": has ${matrix.cells.length} cells, expected ${matrix.rows.length} rows × ${width} columns = ${expected}`,
    );
  }
  return matrix.rows.map((row, rowIndex) => {
    const cells = matrix.cells.slice(rowIndex * width, (rowIndex + 1) * width);
    cells.forEach((cell, columnIndex) => {
      const column = matrix.columns[columnIndex]!;
      if (cell.row !== row.id || cell.column !== column.id) {
        throw inputError(
          'export.matrix-shape',
          `matrix "${matrix.title}": cell ${rowIndex * width + columnIndex} belongs to ${cell.row}×${cell.column}, expected ${row.id}×${column.id}`,
        );
      }
    });
    return { row, cells };
  });
}

/** The quotes a cell prints: none in count mode, whatever the core attached. */
export function cellQuotes(matrix: QuoteMatrix, cell: MatrixCell): MatrixQuote[] {
  return matrix.mode === 'counts' ? [] : cell.quotes;
}

/** "Principper / III Risiko": the unambiguous name of a row outside an indented view. */
export function rowPathLabel(row: MatrixRow): string {
  return row.path.join(' / ');
}

/**
 * Codes of the quote other than the row's own, to show double filing, as display paths
 * ("Principper / V Ledelse"). The core writes code paths in the CLI syntax
 * ("Principper/V Ledelse", see parseCodePath); the " / " form parses to the same names.
 */
export function otherCodes(quote: MatrixQuote, row: MatrixRow): string[] {
  const own = row.path.map((name) => name.trim()).join('\u0000');
  return quote.codes
    .map((code) => parseCodePath(code))
    .filter((names) => names.join('\u0000') !== own)
    .map((names) => names.join(' / '));
}

/** "112–118", or "112" for a one-line quote. */
export function lineRange(quote: MatrixQuote): string {
  return quote.lineStart === quote.lineEnd
    ? String(quote.lineStart)
    : `${quote.lineStart}–${quote.lineEnd}`;
}

/** "Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune", or '' when nothing is known. */
export function legendDetails(entry: LegendEntry): string {
  return [entry.name, entry.title, entry.organisation]
    .filter((part): part is string => !!part)
    .join(', ');
}

export interface CountTotals {
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
  /** Largest single cell count (0 for an empty matrix): the top of the heat-map scale. */
  maxCount: number;
}

export function countTotals(grid: readonly GridRow[], columnCount: number): CountTotals {
  const columnTotals = new Array<number>(columnCount).fill(0);
  let maxCount = 0;
  const rowTotals = grid.map(({ cells }) => {
    let total = 0;
    cells.forEach((cell, columnIndex) => {
      total += cell.count;
      columnTotals[columnIndex]! += cell.count;
      maxCount = Math.max(maxCount, cell.count);
    });
    return total;
  });
  const grandTotal = rowTotals.reduce((sum, value) => sum + value, 0);
  return { rowTotals, columnTotals, grandTotal, maxCount };
}

/** `#RRGGBB` in upper case, or null: only such values may reach CSS or WordprocessingML. */
export function validHexColor(color: string | null | undefined): string | null {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toUpperCase() : null;
}

/** A code colour for a swatch: grey when the stored colour is not `#RRGGBB`. */
export function safeHexColor(color: string | null | undefined): string {
  return validHexColor(color) ?? '#9E9E9E';
}
