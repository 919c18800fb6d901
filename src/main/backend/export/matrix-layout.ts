/**
 * Read-only views of a QuoteMatrix that every exporter shares, so the formats agree on
 * what a cell shows (which quotes, which totals, which "also coded" codes).
 */
import { parseCodePath } from '@shared/domain/codebook';
import type {
  LegendEntry,
  MatrixCell,
  MatrixQuote,
  MatrixRow,
  QuoteMatrix,
} from '@shared/matrix/model';
import { inputError } from '../errors';

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

/** "display (JKM, l. 112–118)": how a quote reads in one-cell-of-text formats. */
export function quoteWithCitation(quote: MatrixQuote): string {
  return quote.citation ? `${quote.display} ${quote.citation}` : quote.display;
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
