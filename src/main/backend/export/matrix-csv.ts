/**
 * The matrix as RFC 4180 CSV in the wide layout (one record per code, one field per
 * column), for spreadsheets. UTF-8 with a byte-order mark: without it Excel decodes the
 * file as the system code page and turns "æøå" into mojibake. A CSV file is the table
 * alone: no title, caption or legend.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import {
  cellItems,
  cellText,
  countTotals,
  EMPTY_CELL,
  labelsOf,
  matrixGrid,
  rowLabels,
  type RowLabel,
} from './matrix-layout';
import { csvField, guardFormula } from '../formats/csv-write';

const BOM = '\uFEFF';
const RECORD_END = '\r\n';
/** A plain-text indent per code level: spreadsheets keep leading spaces. */
const INDENT = '  ';

function csvRecord(fields: readonly string[]): string {
  return fields.map((field) => csvField(guardFormula(field))).join(',') + RECORD_END;
}

const labelText = (label: RowLabel): string => INDENT.repeat(label.indent) + label.text;
const countText = (n: number): string => (n === 0 ? EMPTY_CELL : String(n));

export function matrixToCsv(matrix: QuoteMatrix): string {
  const grid = matrixGrid(matrix);
  const labels = labelsOf(matrix);
  const rows = rowLabels(matrix);
  const counts = matrix.mode === 'counts';
  const header = [labels.code, ...matrix.columns.map((column) => column.label)];
  let out = BOM + csvRecord(counts ? [...header, labels.total] : header);
  if (counts) {
    const totals = countTotals(grid, matrix.columns.length);
    grid.forEach(({ cells }, index) => {
      const fields = cells.map((cell) => countText(cell.count));
      out += csvRecord([labelText(rows[index]!), ...fields, String(totals.rowTotals[index])]);
    });
    const columnTotals = totals.columnTotals.map(String);
    return out + csvRecord([labels.total, ...columnTotals, String(totals.grandTotal)]);
  }
  grid.forEach(({ row, cells }, index) => {
    const fields = cells.map((cell) => cellText(cellItems(matrix, cell, row), labels));
    out += csvRecord([labelText(rows[index]!), ...fields]);
  });
  return out;
}
