/**
 * The matrix as an Excel workbook ready to print: the table's sheet holds the title, the
 * legend and then the table (landscape A4, scaled to the page width, its header row
 * repeated on every page, one bulleted line per quote, borders), and a second sheet lists
 * one row per quote for analysis in R, SPSS or Excel. Count tables have row and column
 * totals and no quote sheet.
 */
import type { MatrixLabels } from '@shared/matrix/labels';
import type { QuoteMatrix } from '@shared/matrix/model';
import {
  cellItems,
  countTotals,
  EMPTY_CELL,
  itemText,
  labelsOf,
  legendDetails,
  lineRange,
  matrixGrid,
  presentationOf,
  rowLabels,
  rowPathLabel,
  type GridRow,
} from './matrix-layout';
import {
  columnLetters,
  estimatedLines,
  MAX_ROW_HEIGHT_PT,
  writeXlsx,
  type XlsxCell,
  type XlsxSheet,
  type XlsxValue,
} from './xlsx-package';
import { codeStyle } from './xlsx-styles';

/** Characters across a landscape A4 page at 100 % (Calibri 11, 1.27 cm margins). */
const PAGE_WIDTH_CHARS = 147;
const CODE_WIDTH = 26;
const MIN_QUOTE_WIDTH = 24;
const MAX_QUOTE_WIDTH = 60;
const COUNT_CODE_WIDTH = 40;
const COUNT_WIDTH = 10;
/** Lines of 15 pt a row may hold before it is continued in the next row. */
const LINES_PER_ROW = Math.floor(MAX_ROW_HEIGHT_PT / 15) - 1;
/** Freezing more rows than this (a long legend) would leave no room to scroll. */
const MAX_FROZEN_ROWS = 12;
const EXCEL_LANGUAGE = { da: 'da-DK', en: 'en-GB' } as const;

const cell = (value: XlsxCell['value'], style: XlsxCell['style']): XlsxCell => ({ value, style });

/**
 * A row's cells as one or more sheet rows: Excel cannot show a row taller than 409 pt (and
 * cannot print it across a page break), so a code with many quotes continues in the next
 * row, its label marked "(continued)".
 */
function quoteRowChunks(texts: readonly string[][], widths: readonly number[]): string[][][] {
  const chunksPerColumn = texts.map((items, column) => {
    const chunks: string[][] = [[]];
    let used = 0;
    for (const text of items) {
      const lines = estimatedLines(text, widths[column]!);
      if (used > 0 && used + lines > LINES_PER_ROW) {
        chunks.push([]);
        used = 0;
      }
      chunks.at(-1)!.push(text);
      used += lines;
    }
    return chunks;
  });
  const count = Math.max(1, ...chunksPerColumn.map((chunks) => chunks.length));
  return Array.from({ length: count }, (_, index) =>
    chunksPerColumn.map((chunks) => chunks[index] ?? []),
  );
}

interface TableLayout {
  widths: number[];
  rows: XlsxValue[][];
  merges: string[];
  headerRow: number;
}

/** Title, caption, legend and a blank line above the table, merged across its width. */
function heading(matrix: QuoteMatrix, labels: MatrixLabels, columnCount: number): TableLayout {
  const rows: XlsxValue[][] = [];
  const merges: string[] = [];
  const last = columnLetters(columnCount - 1);
  const add = (value: XlsxValue): void => {
    rows.push([value]);
    if (columnCount > 1) merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  add(cell(matrix.title, 'title'));
  if (matrix.mode === 'counts') add(cell(labels.countsCaption, 'caption'));
  if (matrix.legend.length > 0) {
    add(cell(labels.legend, 'legendTitle'));
    for (const entry of matrix.legend) {
      const details = legendDetails(entry);
      add(
        cell(
          [{ text: entry.label, bold: true }, ...(details ? [{ text: ` – ${details}` }] : [])],
          'wrap',
        ),
      );
    }
  }
  rows.push([]);
  return { widths: [], rows, merges, headerRow: rows.length };
}

function quoteTable(matrix: QuoteMatrix, grid: readonly GridRow[]): TableLayout {
  const labels = labelsOf(matrix);
  const n = matrix.columns.length;
  const share = Math.floor((PAGE_WIDTH_CHARS - CODE_WIDTH) / Math.max(1, n));
  const quoteWidth = Math.max(MIN_QUOTE_WIDTH, Math.min(MAX_QUOTE_WIDTH, share));
  const widths = [CODE_WIDTH, ...matrix.columns.map(() => quoteWidth)];
  const layout = heading(matrix, labels, widths.length);
  layout.widths = widths;
  layout.rows.push([
    cell(labels.code, 'tableHeader'),
    ...matrix.columns.map((column) => cell(column.label, 'tableHeader')),
  ]);
  const names = rowLabels(matrix);
  grid.forEach(({ row, cells }, index) => {
    const texts = cells.map((c) => cellItems(matrix, c, row).map((item) => itemText(item, labels)));
    const label = names[index]!;
    const labelStyle = codeStyle(label.indent, row.depth === 0);
    quoteRowChunks(texts, widths.slice(1)).forEach((chunk, part) => {
      const name = part === 0 ? label.text : `${label.text} (${labels.continued})`;
      layout.rows.push([
        cell(name, labelStyle),
        ...chunk.map((items, column) =>
          items.length > 0
            ? cell(items.join('\n'), 'cell')
            : part === 0 && texts[column]!.length === 0
              ? cell(EMPTY_CELL, 'emptyCell')
              : cell(null, 'cell'),
        ),
      ]);
    });
  });
  return layout;
}

function countTable(matrix: QuoteMatrix, grid: readonly GridRow[]): TableLayout {
  const labels = labelsOf(matrix);
  const widths = [COUNT_CODE_WIDTH, ...matrix.columns.map(() => COUNT_WIDTH), COUNT_WIDTH];
  const layout = heading(matrix, labels, widths.length);
  layout.widths = widths;
  layout.rows.push([
    cell(labels.code, 'tableHeader'),
    ...matrix.columns.map((column) => cell(column.label, 'tableHeader')),
    cell(labels.total, 'tableHeader'),
  ]);
  const totals = countTotals(grid, matrix.columns.length);
  const names = rowLabels(matrix);
  grid.forEach(({ row, cells }, index) => {
    const label = names[index]!;
    layout.rows.push([
      cell(label.text, codeStyle(label.indent, row.depth === 0)),
      ...cells.map((c) => cell(c.count, c.count === 0 ? 'countEmpty' : 'count')),
      cell(totals.rowTotals[index]!, 'total'),
    ]);
  });
  layout.rows.push([
    cell(labels.total, 'totalLabel'),
    ...totals.columnTotals.map((total) => cell(total, 'total')),
    cell(totals.grandTotal, 'total'),
  ]);
  return layout;
}

function printSetup(matrix: QuoteMatrix, labels: MatrixLabels): XlsxSheet['print'] {
  return {
    orientation: 'landscape',
    fitToWidth: true,
    footerLeft: matrix.title,
    pageOfPages: [labels.page, labels.of],
  };
}

function tableSheet(matrix: QuoteMatrix, grid: readonly GridRow[]): XlsxSheet {
  const labels = labelsOf(matrix);
  const layout = matrix.mode === 'counts' ? countTable(matrix, grid) : quoteTable(matrix, grid);
  return {
    name: labels.tableSheet,
    columnWidths: layout.widths,
    rows: layout.rows,
    headerRow: layout.headerRow,
    freeze: layout.headerRow <= MAX_FROZEN_ROWS,
    frozenColumns: 1,
    merges: layout.merges,
    print: printSetup(matrix, labels),
  };
}

function quotesSheet(matrix: QuoteMatrix, grid: readonly GridRow[]): XlsxSheet {
  const labels = labelsOf(matrix);
  const q = labels.quoteColumns;
  const { memos } = presentationOf(matrix);
  const columns: [header: string, width: number][] = [
    [q.codePath, 28],
    [q.column, 14],
    [q.speaker, 12],
    [q.text, 60],
    [q.printed, 60],
    [q.citation, 18],
    [q.document, 18],
    [q.start, 8],
    [q.end, 8],
    [q.lines, 10],
    ...(memos
      ? ([
          [q.memo, 30],
          [q.note, 30],
        ] as [string, number][])
      : []),
  ];
  const rows: XlsxValue[][] = [columns.map(([header]) => header)];
  for (const { row, cells } of grid) {
    cells.forEach((c, columnIndex) => {
      for (const item of cellItems(matrix, c, row)) {
        const quote = item.quote;
        rows.push([
          rowPathLabel(row),
          matrix.columns[columnIndex]!.label,
          quote.speaker,
          quote.text,
          quote.display,
          quote.citation,
          quote.document,
          quote.start,
          quote.end,
          lineRange(quote),
          ...(memos ? [quote.memo, quote.note] : []),
        ]);
      }
    });
  }
  return {
    name: labels.quotesSheet,
    columnWidths: columns.map(([, width]) => width),
    rows,
    autoFilter: true,
    print: printSetup(matrix, labels),
  };
}

export function matrixToXlsx(matrix: QuoteMatrix): Uint8Array {
  const grid = matrixGrid(matrix);
  const sheets = [tableSheet(matrix, grid)];
  if (matrix.mode === 'quotes') sheets.push(quotesSheet(matrix, grid));
  return writeXlsx(matrix.title, sheets, EXCEL_LANGUAGE[presentationOf(matrix).language]);
}
