/**
 * The matrix as a GitHub-flavoured Markdown table, e.g. for a thesis written in Markdown
 * or pasted into a wiki. Every value is escaped, so a quote with "|" or "<b>" cannot break
 * the table.
 */
import type { MatrixQuote, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { escapeMarkdownInline as esc } from './markdown-text';
import { cellQuotes, countTotals, legendDetails, matrixGrid } from './matrix-layout';

/** Shown in empty count cells so missing evidence stands out. */
const EMPTY_COUNT = '–';

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Depth shown with non-breaking spaces and "↳", which Markdown keeps inside a cell. */
function rowLabel(row: MatrixRow): string {
  if (row.depth === 0) return esc(row.label);
  return `${'&#160;&#160;'.repeat(row.depth - 1)}↳ ${esc(row.label)}`;
}

function quoteItem(quote: MatrixQuote): string {
  let item = `• “${esc(quote.display)}”`;
  if (quote.citation) item += ` ${esc(quote.citation)}`;
  const memo = quote.memo?.trim();
  const note = quote.note?.trim();
  if (memo) item += `<br>*Memo: ${esc(memo)}*`;
  if (note) item += `<br>*Note: ${esc(note)}*`;
  return item;
}

function legendSection(matrix: QuoteMatrix): string[] {
  return matrix.legend.map((entry) => {
    const details = legendDetails(entry);
    return details ? `- **${esc(entry.label)}** – ${esc(details)}` : `- **${esc(entry.label)}**`;
  });
}

function quoteTable(matrix: QuoteMatrix): string[] {
  const lines = [
    tableRow(['Code', ...matrix.columns.map((column) => esc(column.label))]),
    tableRow(['---', ...matrix.columns.map(() => '---')]),
  ];
  for (const { row, cells } of matrixGrid(matrix)) {
    const texts = cells.map((cell) => cellQuotes(matrix, cell).map(quoteItem).join('<br>'));
    lines.push(tableRow([rowLabel(row), ...texts]));
  }
  return lines;
}

function countTable(matrix: QuoteMatrix): string[] {
  const grid = matrixGrid(matrix);
  const totals = countTotals(grid, matrix.columns.length);
  const count = (n: number): string => (n === 0 ? EMPTY_COUNT : String(n));
  const lines = [
    tableRow(['Code', ...matrix.columns.map((column) => esc(column.label)), '**Total**']),
    tableRow(['---', ...matrix.columns.map(() => '---:'), '---:']),
  ];
  grid.forEach(({ row, cells }, rowIndex) => {
    const counts = cells.map((cell) => count(cell.count));
    lines.push(tableRow([rowLabel(row), ...counts, `**${totals.rowTotals[rowIndex]}**`]));
  });
  const columnTotals = totals.columnTotals.map((n) => `**${n}**`);
  lines.push(tableRow(['**Total**', ...columnTotals, `**${totals.grandTotal}**`]));
  return lines;
}

export function matrixToMarkdown(matrix: QuoteMatrix): string {
  const sections = [`# ${esc(matrix.title)}`];
  const legend = legendSection(matrix);
  if (legend.length > 0) sections.push(legend.join('\n'));
  sections.push((matrix.mode === 'counts' ? countTable(matrix) : quoteTable(matrix)).join('\n'));
  return `${sections.join('\n\n')}\n`;
}
