/**
 * The matrix as a GitHub-flavoured Markdown table, e.g. for a thesis written in Markdown
 * or pasted into a wiki. Every value is escaped, so a quote with "|" or "<b>" cannot break
 * the table.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import type { MatrixLabels } from '@shared/matrix/labels';
import { escapeMarkdownInline as esc } from './markdown-text';
import {
  cellItems,
  countTotals,
  EMPTY_CELL,
  itemLine,
  itemNotes,
  labelsOf,
  legendDetails,
  matrixGrid,
  rowLabels,
  type CellItem,
  type RowLabel,
} from './matrix-layout';

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Depth shown with non-breaking spaces and "↳", which Markdown keeps inside a cell. */
function rowLabel(label: RowLabel): string {
  if (label.indent === 0) return esc(label.text);
  return `${'&#160;&#160;'.repeat(label.indent - 1)}↳ ${esc(label.text)}`;
}

function quoteItem(item: CellItem, labels: MatrixLabels): string {
  const notes = itemNotes(item, labels).map((line) => `<br>*${esc(line)}*`);
  return `• ${esc(itemLine(item))}${notes.join('')}`;
}

function legendSection(matrix: QuoteMatrix, labels: MatrixLabels): string[] {
  if (matrix.legend.length === 0) return [];
  const entries = matrix.legend.map((entry) => {
    const details = legendDetails(entry);
    return details ? `- **${esc(entry.label)}** – ${esc(details)}` : `- **${esc(entry.label)}**`;
  });
  return [`**${esc(labels.legend)}**`, '', ...entries];
}

function header(matrix: QuoteMatrix, labels: MatrixLabels): string[] {
  return [esc(labels.code), ...matrix.columns.map((column) => esc(column.label))];
}

function quoteTable(matrix: QuoteMatrix, labels: MatrixLabels): string[] {
  const lines = [
    tableRow(header(matrix, labels)),
    tableRow(['---', ...matrix.columns.map(() => '---')]),
  ];
  const rows = rowLabels(matrix);
  matrixGrid(matrix).forEach(({ row, cells }, index) => {
    const texts = cells.map((cell) => {
      const items = cellItems(matrix, cell, row);
      return items.length === 0
        ? EMPTY_CELL
        : items.map((item) => quoteItem(item, labels)).join('<br>');
    });
    lines.push(tableRow([rowLabel(rows[index]!), ...texts]));
  });
  return lines;
}

function countTable(matrix: QuoteMatrix, labels: MatrixLabels): string[] {
  const grid = matrixGrid(matrix);
  const totals = countTotals(grid, matrix.columns.length);
  const count = (n: number): string => (n === 0 ? EMPTY_CELL : String(n));
  const total = `**${esc(labels.total)}**`;
  const lines = [
    tableRow([...header(matrix, labels), total]),
    tableRow(['---', ...matrix.columns.map(() => '---:'), '---:']),
  ];
  const rows = rowLabels(matrix);
  grid.forEach(({ cells }, index) => {
    const counts = cells.map((cell) => count(cell.count));
    lines.push(tableRow([rowLabel(rows[index]!), ...counts, `**${totals.rowTotals[index]}**`]));
  });
  const columnTotals = totals.columnTotals.map((n) => `**${n}**`);
  lines.push(tableRow([total, ...columnTotals, `**${totals.grandTotal}**`]));
  return lines;
}

export function matrixToMarkdown(matrix: QuoteMatrix): string {
  const labels = labelsOf(matrix);
  const sections = [`# ${esc(matrix.title)}`];
  if (matrix.mode === 'counts') sections.push(`*${esc(labels.countsCaption)}*`);
  const legend = legendSection(matrix, labels);
  if (legend.length > 0) sections.push(legend.join('\n'));
  sections.push(
    (matrix.mode === 'counts' ? countTable(matrix, labels) : quoteTable(matrix, labels)).join('\n'),
  );
  return `${sections.join('\n\n')}\n`;
}
