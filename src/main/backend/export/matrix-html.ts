/**
 * The matrix as one standalone HTML5 page: inline CSS, no scripts, no external resources.
 * Markup is written XHTML-compatible (closed void elements, no named entities) so tests
 * can check with an XML parser that no quote text became markup.
 */
import type { MatrixLabels } from '@shared/matrix/labels';
import type { LegendEntry, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { escapeXmlAttr, escapeXmlText } from '../formats/xml-write';
import { MATRIX_CSS } from './html-style';
import {
  cellItems,
  countTotals,
  EMPTY_CELL,
  labelsOf,
  legendDetails,
  matrixGrid,
  presentationOf,
  rowLabels,
  rowPathLabel,
  safeHexColor,
  type CellItem,
  type GridRow,
  type RowLabel,
} from './matrix-layout';

const text = (value: string): string => escapeXmlText(value).replace(/\r?\n/g, '<br/>');
const attr = escapeXmlAttr;

/** Heat-map colours run from white to this blue as a cell nears the largest count. */
const HEAT_RGB = [33, 102, 172] as const;

/** Background for a count cell: share of the largest count, never fully white when > 0. */
export function heatColor(count: number, maxCount: number): { background: string; dark: boolean } {
  const strength = maxCount <= 0 ? 0 : 0.15 + 0.85 * (count / maxCount);
  const channel = (full: number): number => Math.round(255 + (full - 255) * strength);
  return {
    background: `rgb(${HEAT_RGB.map(channel).join(', ')})`,
    dark: strength > 0.7,
  };
}

function legendList(legend: readonly LegendEntry[], labels: MatrixLabels): string {
  if (legend.length === 0) return '';
  const items = legend.map((entry) => {
    const details = legendDetails(entry);
    const rest = details ? ` – ${text(details)}` : '';
    return `<li><strong>${text(entry.label)}</strong>${rest}</li>`;
  });
  return `<p class="legend-title">${text(labels.legend)}</p>\n<ul class="legend">\n${items.join('\n')}\n</ul>\n`;
}

function headerRow(matrix: QuoteMatrix, labels: MatrixLabels, withTotal: boolean): string {
  const byLabel = new Map(matrix.legend.map((entry) => [entry.label, legendDetails(entry)]));
  const columns = matrix.columns.map((column) => {
    const details = byLabel.get(column.label);
    const title = details ? ` title="${attr(details)}"` : '';
    return `<th scope="col"${title}>${text(column.label)}</th>`;
  });
  const total = withTotal ? `<th scope="col" class="total">${text(labels.total)}</th>` : '';
  return `<thead>\n<tr><th scope="col">${text(labels.code)}</th>${columns.join('')}${total}</tr>\n</thead>`;
}

function rowHeader(row: MatrixRow, label: RowLabel): string {
  const indent = (0.55 + 1.25 * label.indent).toFixed(2);
  const swatch = `<span class="swatch" style="background: ${safeHexColor(row.color)}"></span>`;
  return `<th scope="row" style="padding-left: ${indent}rem" title="${attr(rowPathLabel(row))}">${swatch}${text(label.text)}</th>`;
}

function quoteItem(item: CellItem, labels: MatrixLabels): string {
  let html = `<li><span class="quote">${text(item.text)}</span>`;
  if (item.citation) html += ` <cite>${text(item.citation)}</cite>`;
  if (item.memo) html += `<div class="memo">${text(`${labels.memo} ${item.memo}`)}</div>`;
  if (item.note) html += `<div class="note">${text(`${labels.note} ${item.note}`)}</div>`;
  if (item.alsoCoded.length > 0)
    html += `<div class="also">${text(`${labels.alsoCoded} ${item.alsoCoded.join('; ')}`)}</div>`;
  return `${html}</li>`;
}

const EMPTY_TD = `<td class="empty">${EMPTY_CELL}</td>`;

function quoteBody(matrix: QuoteMatrix, grid: readonly GridRow[], labels: MatrixLabels): string {
  const rowNames = rowLabels(matrix);
  const rows = grid.map(({ row, cells }, index) => {
    const tds = cells.map((cell) => {
      const items = cellItems(matrix, cell, row);
      if (items.length === 0) return EMPTY_TD;
      return `<td><ul class="quotes">${items.map((item) => quoteItem(item, labels)).join('')}</ul></td>`;
    });
    return `<tr>${rowHeader(row, rowNames[index]!)}${tds.join('')}</tr>`;
  });
  return `<tbody>\n${rows.join('\n')}\n</tbody>`;
}

function countBody(matrix: QuoteMatrix, grid: readonly GridRow[], labels: MatrixLabels): string {
  const totals = countTotals(grid, matrix.columns.length);
  const rowNames = rowLabels(matrix);
  const rows = grid.map(({ row, cells }, rowIndex) => {
    const tds = cells.map((cell) => {
      if (cell.count === 0) return EMPTY_TD;
      const heat = heatColor(cell.count, totals.maxCount);
      const color = heat.dark ? '; color: #ffffff' : '';
      return `<td style="background: ${heat.background}${color}">${cell.count}</td>`;
    });
    const total = `<td class="total">${totals.rowTotals[rowIndex]}</td>`;
    return `<tr>${rowHeader(row, rowNames[rowIndex]!)}${tds.join('')}${total}</tr>`;
  });
  const columnTotals = totals.columnTotals.map((n) => `<td class="total">${n}</td>`).join('');
  rows.push(
    `<tr><th scope="row" class="total">${text(labels.total)}</th>${columnTotals}<td class="total">${totals.grandTotal}</td></tr>`,
  );
  return `<tbody>\n${rows.join('\n')}\n</tbody>`;
}

export function matrixToHtml(matrix: QuoteMatrix): string {
  const grid = matrixGrid(matrix);
  const labels = labelsOf(matrix);
  const counts = matrix.mode === 'counts';
  const table = [
    `<table class="matrix ${counts ? 'counts-mode' : 'quotes-mode'}">`,
    headerRow(matrix, labels, counts),
    counts ? countBody(matrix, grid, labels) : quoteBody(matrix, grid, labels),
    '</table>',
  ].join('\n');
  const caption = counts ? `<p class="caption">${text(labels.countsCaption)}</p>\n` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${presentationOf(matrix).language}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="generator" content="Citat"/>',
    `<title>${escapeXmlText(matrix.title)}</title>`,
    `<style>\n${MATRIX_CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${text(matrix.title)}</h1>`,
    `${caption}${legendList(matrix.legend, labels)}${table}`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
