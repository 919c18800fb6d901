/**
 * The matrix as a Word document for a thesis appendix: landscape A4, title, speaker
 * legend, then one table with a header row repeated on every page. Quotes are bulleted
 * paragraphs; in count mode empty cells are shaded so missing evidence stands out.
 */
import type {
  LegendEntry,
  MatrixCell,
  MatrixQuote,
  MatrixRow,
  QuoteMatrix,
} from '@shared/matrix/model';
import { writeDocx, textWidthDxa } from './docx-package';
import { paragraph, run, table, tableRow, wordColor, type TableCell } from './docx-xml';
import { cellQuotes, legendDetails, matrixGrid, otherCodes, safeHexColor } from './matrix-layout';

const HEADER_FILL = 'D9D9D9';
const EMPTY_FILL = 'F8D7DA';
/** Indent per code level and for lines that belong to a bullet (matches numbering.xml). */
const INDENT_STEP = 227;
/** 5 cm, or less when there are so many columns that an equal share is smaller. */
const MAX_CODE_COLUMN = 2835;

/** Column widths in dxa that add up exactly to the text width; the code column first. */
export function matrixColumnWidths(columnCount: number, textWidth: number): number[] {
  if (columnCount === 0) return [textWidth];
  const first = Math.min(MAX_CODE_COLUMN, Math.floor(textWidth / (columnCount + 1)));
  const share = Math.floor((textWidth - first) / columnCount);
  const widths = [first, ...new Array<number>(columnCount).fill(share)];
  widths[columnCount] = textWidth - first - share * (columnCount - 1);
  return widths;
}

function legendParagraph(entry: LegendEntry): string {
  const details = legendDetails(entry);
  const runs = [run(entry.label, { bold: true })];
  if (details) runs.push(run(` – ${details}`));
  return paragraph(runs, { style: 'Legend' });
}

function headerRow(matrix: QuoteMatrix, widths: readonly number[]): string {
  const labels = ['Code', ...matrix.columns.map((column) => column.label)];
  return tableRow(
    labels.map((label, index) => ({
      widthDxa: widths[index]!,
      fill: HEADER_FILL,
      paragraphs: [paragraph([run(label, { bold: true })], { keepNext: true })],
    })),
    { header: true },
  );
}

function codeCell(row: MatrixRow, width: number): TableCell {
  const swatch = run('■ ', { color: wordColor(safeHexColor(row.color)) });
  const indent = row.depth * INDENT_STEP;
  return {
    widthDxa: width,
    paragraphs: [
      paragraph([swatch, run(row.label, { bold: row.depth === 0 })], { indentLeftDxa: indent }),
    ],
  };
}

function quoteParagraphs(quote: MatrixQuote, row: MatrixRow): string[] {
  const quoteRuns = [run(quote.display)];
  // No-break spaces keep a short citation such as "(I, JKM, l. 120–121)" on one line.
  if (quote.citation)
    quoteRuns.push(run(` ${quote.citation.replace(/ /g, '\u00A0')}`, { style: 'Citation' }));
  const out = [paragraph(quoteRuns, { style: 'Quote', bullet: true })];
  const small = (text: string, italic: boolean): string =>
    paragraph([run(text, { italic })], { style: 'Small', indentLeftDxa: INDENT_STEP });
  if (quote.memo) out.push(small(`Memo: ${quote.memo}`, true));
  if (quote.note) out.push(small(`Note: ${quote.note}`, true));
  const also = otherCodes(quote, row);
  if (also.length > 0) out.push(small(`Also coded: ${also.join('; ')}`, false));
  return out;
}

function valueCell(
  matrix: QuoteMatrix,
  cell: MatrixCell,
  row: MatrixRow,
  width: number,
): TableCell {
  if (matrix.mode === 'counts') {
    const empty = cell.count === 0;
    return {
      widthDxa: width,
      verticalAlign: 'center',
      fill: empty ? EMPTY_FILL : undefined,
      paragraphs: [paragraph([run(empty ? '–' : String(cell.count))], { align: 'center' })],
    };
  }
  return {
    widthDxa: width,
    paragraphs: cellQuotes(matrix, cell).flatMap((quote) => quoteParagraphs(quote, row)),
  };
}

export function matrixDocumentBlocks(matrix: QuoteMatrix): string[] {
  const grid = matrixGrid(matrix);
  const widths = matrixColumnWidths(matrix.columns.length, textWidthDxa('landscape'));
  const rows = [
    headerRow(matrix, widths),
    ...grid.map(({ row, cells }) =>
      tableRow([
        codeCell(row, widths[0]!),
        ...cells.map((cell, index) => valueCell(matrix, cell, row, widths[index + 1]!)),
      ]),
    ),
  ];
  return [
    paragraph([run(matrix.title)], { style: 'Heading1' }),
    ...matrix.legend.map(legendParagraph),
    paragraph([]),
    table(widths, rows),
  ];
}

export function matrixToDocx(matrix: QuoteMatrix): Uint8Array {
  return writeDocx({
    title: matrix.title,
    orientation: 'landscape',
    blocks: matrixDocumentBlocks(matrix),
  });
}
