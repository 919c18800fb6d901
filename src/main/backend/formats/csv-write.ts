/**
 * RFC 4180 fields as every CSV Citat writes them (the matrix, codebook tables): quoted
 * only when needed, a double quote doubled, and an optional guard against spreadsheets
 * evaluating a cell as a formula.
 */

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
