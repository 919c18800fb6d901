/**
 * The matrix as a Word document for a thesis appendix: landscape A4, title, speaker
 * legend, then one table with a header row repeated on every page. Quotes are bulleted
 * paragraphs; empty cells hold "–", and in count mode they are shaded so missing evidence
 * stands out, with row and column totals.
 */
import type { MatrixLabels } from '@shared/matrix/labels';
import type { LegendEntry, MatrixCell, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { writeDocx, textWidthDxa } from './docx-package';
import { paragraph, run, table, tableRow, wordColor, type TableCell } from './docx-xml';
import {
  cellItems,
  countTotals,
  EMPTY_CELL,
  labelsOf,
  legendDetails,
  matrixGrid,
  presentationOf,
  rowLabels,
  safeHexColor,
  type CellItem,
  type RowLabel,
} from './matrix-layout';

const HEADER_FILL = 'D9D9D9';
const TOTAL_FILL = 'EEEEEE';
const EMPTY_FILL = 'F8D7DA';
/** Indent per code level and for lines that belong to a bullet (matches numbering.xml). */
const INDENT_STEP = 227;
/** 5 cm, or less when there are so many columns that an equal share is smaller. */
const MAX_CODE_COLUMN = 2835;
/** Word's proofing languages for the export languages. */
const WORD_LANGUAGE = { da: 'da-DK', en: 'en-GB' } as const;

/** Column widths in dxa that add up exactly to the text width; the code column first. */
export function matrixColumnWidths(columnCount: number, textWidth: number): number[] {
  if (columnCount === 0) return [textWidth];
  const first = Math.min(MAX_CODE_COLUMN, Math.floor(textWidth / (columnCount + 1)));
  const share = Math.floor((textWidth - first) / columnCount);
  const widths = [first, ...new Array<number>(columnCount).fill(share)];
  widths[columnCount] = textWidth - first - share * (columnCount - 1);
  return widths;
}

function legendParagraphs(legend: readonly LegendEntry[], labels: MatrixLabels): string[] {
  if (legend.length === 0) return [];
  const entries = legend.map((entry) => {
    const details = legendDetails(entry);
    const runs = [run(entry.label, { bold: true })];
    if (details) runs.push(run(` – ${details}`));
    return paragraph(runs, { style: 'Legend' });
  });
  const title = paragraph([run(labels.legend, { bold: true })], {
    style: 'Legend',
    keepNext: true,
  });
  return [title, ...entries];
}

/** The header row; over count columns the labels are centred like the counts. */
function headerRow(headers: readonly string[], widths: readonly number[], counts = false): string {
  return tableRow(
    headers.map((label, index) => ({
      widthDxa: widths[index]!,
      fill: HEADER_FILL,
      paragraphs: [
        paragraph([run(label, { bold: true })], {
          keepNext: true,
          align: counts && index > 0 ? 'center' : undefined,
        }),
      ],
    })),
    { header: true },
  );
}

function codeCell(row: MatrixRow, label: RowLabel, width: number): TableCell {
  const swatch = run('■ ', { color: wordColor(safeHexColor(row.color)) });
  const indent = label.indent * INDENT_STEP;
  return {
    widthDxa: width,
    paragraphs: [
      paragraph([swatch, run(label.text, { bold: row.depth === 0 })], { indentLeftDxa: indent }),
    ],
  };
}

function quoteParagraphs(item: CellItem, labels: MatrixLabels): string[] {
  const quoteRuns = [run(item.text)];
  // No-break spaces keep a short citation such as "(I, JKM, l. 120–121)" on one line.
  if (item.citation)
    quoteRuns.push(run(` ${item.citation.replace(/ /g, '\u00A0')}`, { style: 'Citation' }));
  const small = (text: string, italic: boolean): string =>
    paragraph([run(text, { italic })], { style: 'Small', indentLeftDxa: INDENT_STEP });
  const out = [paragraph(quoteRuns, { style: 'Quote', bullet: true })];
  if (item.memo) out.push(small(`${labels.memo} ${item.memo}`, true));
  if (item.note) out.push(small(`${labels.note} ${item.note}`, true));
  if (item.alsoCoded.length > 0)
    out.push(small(`${labels.alsoCoded} ${item.alsoCoded.join('; ')}`, false));
  return out;
}

function markCell(text: string, width: number, fill?: string, bold = false): TableCell {
  return {
    widthDxa: width,
    verticalAlign: 'center',
    fill,
    paragraphs: [paragraph([run(text, { bold })], { align: 'center' })],
  };
}

function quoteCell(
  matrix: QuoteMatrix,
  cell: MatrixCell,
  row: MatrixRow,
  width: number,
  labels: MatrixLabels,
): TableCell {
  const items = cellItems(matrix, cell, row);
  if (items.length === 0) return markCell(EMPTY_CELL, width);
  return { widthDxa: width, paragraphs: items.flatMap((item) => quoteParagraphs(item, labels)) };
}

function quoteRows(matrix: QuoteMatrix, labels: MatrixLabels, widths: number[]): string[] {
  const names = rowLabels(matrix);
  const headers = [labels.code, ...matrix.columns.map((column) => column.label)];
  return [
    headerRow(headers, widths),
    ...matrixGrid(matrix).map(({ row, cells }, index) =>
      tableRow([
        codeCell(row, names[index]!, widths[0]!),
        ...cells.map((cell, c) => quoteCell(matrix, cell, row, widths[c + 1]!, labels)),
      ]),
    ),
  ];
}

function countRows(matrix: QuoteMatrix, labels: MatrixLabels, widths: number[]): string[] {
  const names = rowLabels(matrix);
  const grid = matrixGrid(matrix);
  const totals = countTotals(grid, matrix.columns.length);
  const last = widths.length - 1;
  const headers = [labels.code, ...matrix.columns.map((column) => column.label), labels.total];
  const count = (n: number, width: number): TableCell =>
    n === 0 ? markCell(EMPTY_CELL, width, EMPTY_FILL) : markCell(String(n), width);
  const totalRow = tableRow([
    {
      widthDxa: widths[0]!,
      fill: TOTAL_FILL,
      paragraphs: [paragraph([run(labels.total, { bold: true })])],
    },
    ...totals.columnTotals.map((n, c) => markCell(String(n), widths[c + 1]!, TOTAL_FILL, true)),
    markCell(String(totals.grandTotal), widths[last]!, TOTAL_FILL, true),
  ]);
  return [
    headerRow(headers, widths, true),
    ...grid.map(({ row, cells }, index) =>
      tableRow([
        codeCell(row, names[index]!, widths[0]!),
        ...cells.map((cell, c) => count(cell.count, widths[c + 1]!)),
        markCell(String(totals.rowTotals[index]), widths[last]!, TOTAL_FILL, true),
      ]),
    ),
    totalRow,
  ];
}

export function matrixDocumentBlocks(matrix: QuoteMatrix): string[] {
  const labels = labelsOf(matrix);
  const counts = matrix.mode === 'counts';
  const widths = matrixColumnWidths(
    matrix.columns.length + (counts ? 1 : 0),
    textWidthDxa('landscape'),
  );
  const rows = counts ? countRows(matrix, labels, widths) : quoteRows(matrix, labels, widths);
  return [
    paragraph([run(matrix.title)], { style: 'Heading1' }),
    ...(counts ? [paragraph([run(labels.countsCaption, { italic: true })])] : []),
    ...legendParagraphs(matrix.legend, labels),
    paragraph([]),
    table(widths, rows),
  ];
}

export function matrixToDocx(matrix: QuoteMatrix): Uint8Array {
  return writeDocx({
    title: matrix.title,
    orientation: 'landscape',
    blocks: matrixDocumentBlocks(matrix),
    language: WORD_LANGUAGE[presentationOf(matrix).language],
  });
}
