/**
 * The matrix as an Excel workbook: "Matrix" in the wide layout of the CSV, "Quotes" in
 * long format (one row per quote, for filtering and pivoting) and "Legend". Count-mode
 * matrices carry no quotes, so their workbook has no "Quotes" sheet.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import {
  cellQuotes,
  lineRange,
  matrixGrid,
  quoteWithCitation,
  rowPathLabel,
  type GridRow,
} from './matrix-layout';
import { writeXlsx, type XlsxSheet, type XlsxValue } from './xlsx-package';

const QUOTE_SEPARATOR = '\n\n';

const QUOTE_COLUMNS: readonly [header: string, width: number][] = [
  ['Code path', 28],
  ['Column', 14],
  ['Display', 60],
  ['Text', 60],
  ['Citation', 18],
  ['Speaker', 12],
  ['Document', 18],
  ['Start', 8],
  ['End', 8],
  ['Lines', 10],
  ['Memo', 30],
  ['Note', 30],
];

function matrixSheet(matrix: QuoteMatrix, grid: readonly GridRow[]): XlsxSheet {
  const counts = matrix.mode === 'counts';
  const rows: XlsxValue[][] = [['Code', ...matrix.columns.map((column) => column.label)]];
  for (const { row, cells } of grid) {
    const values = cells.map((cell): XlsxValue => {
      if (counts) return cell.count;
      const quotes = cellQuotes(matrix, cell);
      return quotes.length === 0 ? null : quotes.map(quoteWithCitation).join(QUOTE_SEPARATOR);
    });
    rows.push([rowPathLabel(row), ...values]);
  }
  return {
    name: 'Matrix',
    columnWidths: [32, ...matrix.columns.map(() => (counts ? 12 : 50))],
    rows,
    frozenColumns: 1,
  };
}

function quotesSheet(matrix: QuoteMatrix, grid: readonly GridRow[]): XlsxSheet {
  const rows: XlsxValue[][] = [QUOTE_COLUMNS.map(([header]) => header)];
  for (const { row, cells } of grid) {
    cells.forEach((cell, columnIndex) => {
      for (const quote of cellQuotes(matrix, cell)) {
        rows.push([
          rowPathLabel(row),
          matrix.columns[columnIndex]!.label,
          quote.display,
          quote.text,
          quote.citation,
          quote.speaker,
          quote.document,
          quote.start,
          quote.end,
          lineRange(quote),
          quote.memo,
          quote.note,
        ]);
      }
    });
  }
  return {
    name: 'Quotes',
    columnWidths: QUOTE_COLUMNS.map(([, width]) => width),
    rows,
    autoFilter: true,
  };
}

function legendSheet(matrix: QuoteMatrix): XlsxSheet {
  return {
    name: 'Legend',
    columnWidths: [14, 30, 30, 30],
    rows: [
      ['Label', 'Name', 'Title', 'Organisation'],
      ...matrix.legend.map((entry) => [entry.label, entry.name, entry.title, entry.organisation]),
    ],
  };
}

export function matrixToXlsx(matrix: QuoteMatrix): Uint8Array {
  const grid = matrixGrid(matrix);
  const sheets = [matrixSheet(matrix, grid)];
  if (matrix.mode === 'quotes') sheets.push(quotesSheet(matrix, grid));
  sheets.push(legendSheet(matrix));
  return writeXlsx(matrix.title, sheets);
}
