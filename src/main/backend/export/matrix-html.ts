/**
 * The matrix as one standalone HTML5 page: inline CSS, no scripts, no external resources.
 * Markup is written XHTML-compatible (closed void elements, no named entities) so tests
 * can check with an XML parser that no quote text became markup.
 */
import type { LegendEntry, MatrixQuote, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { escapeXmlAttr, escapeXmlText } from '../formats/xml-write';
import { MATRIX_CSS } from './html-style';
import {
  cellQuotes,
  countTotals,
  legendDetails,
  matrixGrid,
  otherCodes,
  rowPathLabel,
  safeHexColor,
  type GridRow,
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

function legendList(legend: readonly LegendEntry[]): string {
  if (legend.length === 0) return '';
  const items = legend.map((entry) => {
    const details = legendDetails(entry);
    const rest = details ? ` – ${text(details)}` : '';
    return `<li><strong>${text(entry.label)}</strong>${rest}</li>`;
  });
  return `<ul class="legend">\n${items.join('\n')}\n</ul>\n`;
}

function headerRow(matrix: QuoteMatrix, withTotal: boolean): string {
  const byLabel = new Map(matrix.legend.map((entry) => [entry.label, legendDetails(entry)]));
  const columns = matrix.columns.map((column) => {
    const details = byLabel.get(column.label);
    const title = details ? ` title="${attr(details)}"` : '';
    return `<th scope="col"${title}>${text(column.label)}</th>`;
  });
  const total = withTotal ? '<th scope="col" class="total">Total</th>' : '';
  return `<thead>\n<tr><th scope="col">Code</th>${columns.join('')}${total}</tr>\n</thead>`;
}

function rowHeader(row: MatrixRow): string {
  const indent = (0.55 + 1.25 * row.depth).toFixed(2);
  const swatch = `<span class="swatch" style="background: ${safeHexColor(row.color)}"></span>`;
  return `<th scope="row" style="padding-left: ${indent}rem" title="${attr(rowPathLabel(row))}">${swatch}${text(row.label)}</th>`;
}

function quoteItem(quote: MatrixQuote, row: MatrixRow): string {
  let item = `<li><span class="quote">“${text(quote.display)}”</span>`;
  if (quote.citation) item += ` <cite>${text(quote.citation)}</cite>`;
  if (quote.memo) item += `<div class="memo">Memo: ${text(quote.memo)}</div>`;
  if (quote.note) item += `<div class="note">Note: ${text(quote.note)}</div>`;
  const also = otherCodes(quote, row);
  if (also.length > 0) item += `<div class="also">Also coded: ${text(also.join('; '))}</div>`;
  return `${item}</li>`;
}

function quoteBody(matrix: QuoteMatrix, grid: readonly GridRow[]): string {
  const rows = grid.map(({ row, cells }) => {
    const tds = cells.map((cell) => {
      const quotes = cellQuotes(matrix, cell);
      if (quotes.length === 0) return '<td class="empty">–</td>';
      return `<td><ul class="quotes">${quotes.map((quote) => quoteItem(quote, row)).join('')}</ul></td>`;
    });
    return `<tr>${rowHeader(row)}${tds.join('')}</tr>`;
  });
  return `<tbody>\n${rows.join('\n')}\n</tbody>`;
}

function countBody(matrix: QuoteMatrix, grid: readonly GridRow[]): string {
  const totals = countTotals(grid, matrix.columns.length);
  const rows = grid.map(({ row, cells }, rowIndex) => {
    const tds = cells.map((cell) => {
      if (cell.count === 0) return '<td class="empty">–</td>';
      const heat = heatColor(cell.count, totals.maxCount);
      const color = heat.dark ? '; color: #ffffff' : '';
      return `<td style="background: ${heat.background}${color}">${cell.count}</td>`;
    });
    const total = `<td class="total">${totals.rowTotals[rowIndex]}</td>`;
    return `<tr>${rowHeader(row)}${tds.join('')}${total}</tr>`;
  });
  const columnTotals = totals.columnTotals.map((n) => `<td class="total">${n}</td>`).join('');
  rows.push(
    `<tr><th scope="row" class="total">Total</th>${columnTotals}<td class="total">${totals.grandTotal}</td></tr>`,
  );
  return `<tbody>\n${rows.join('\n')}\n</tbody>`;
}

export function matrixToHtml(matrix: QuoteMatrix): string {
  const grid = matrixGrid(matrix);
  const counts = matrix.mode === 'counts';
  const table = [
    `<table class="matrix ${counts ? 'counts-mode' : 'quotes-mode'}">`,
    headerRow(matrix, counts),
    counts ? countBody(matrix, grid) : quoteBody(matrix, grid),
    '</table>',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="generator" content="Citat"/>',
    `<title>${escapeXmlText(matrix.title)}</title>`,
    `<style>\n${MATRIX_CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${text(matrix.title)}</h1>`,
    `${legendList(matrix.legend)}${table}`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
