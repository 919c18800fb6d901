/**
 * The matrix as RFC 4180 CSV in the wide layout (one record per code, one field per
 * column), for spreadsheets. UTF-8 with a byte-order mark: without it Excel decodes the
 * file as the system code page and turns "æøå" into mojibake.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import { cellQuotes, matrixGrid, quoteWithCitation, rowPathLabel } from './matrix-layout';

const BOM = '\uFEFF';
const RECORD_END = '\r\n';
/** Between quotes inside one cell: a blank line, which spreadsheets show when wrapping. */
const QUOTE_SEPARATOR = '\n\n';

/**
 * Spreadsheets evaluate a cell that starts with =, +, - or @ as a formula, so a quote like
 * "=HYPERLINK(…)" or "-30 % af budgettet" would run or break when the CSV is opened
 * (CSV/formula injection). A leading apostrophe makes Excel and LibreOffice treat the
 * cell as text. Tab and CR are included because some spreadsheets strip them first.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a field when it contains a comma, a double quote, CR or LF; doubles quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRecord(fields: readonly string[]): string {
  return fields.map((field) => csvField(guardFormula(field))).join(',') + RECORD_END;
}

export function matrixToCsv(matrix: QuoteMatrix): string {
  const grid = matrixGrid(matrix);
  let out = BOM + csvRecord(['Code', ...matrix.columns.map((column) => column.label)]);
  for (const { row, cells } of grid) {
    const fields = cells.map((cell) =>
      matrix.mode === 'counts'
        ? String(cell.count)
        : cellQuotes(matrix, cell).map(quoteWithCitation).join(QUOTE_SEPARATOR),
    );
    out += csvRecord([rowPathLabel(row), ...fields]);
  }
  return out;
}
