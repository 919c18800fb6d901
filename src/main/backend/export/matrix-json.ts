/**
 * The matrix as JSON for scripts and other tools. The shape is a public contract (see
 * the CLI docs), so it is built key by key rather than by serialising the model.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import { cellQuotes, matrixGrid } from './matrix-layout';

export function matrixToJson(matrix: QuoteMatrix): string {
  matrixGrid(matrix); // refuses a matrix whose cells do not line up
  const json = {
    rows: matrix.rows.map((row) => ({ id: row.id, label: row.label, path: row.path })),
    columns: matrix.columns.map((column) => ({ id: column.id, label: column.label })),
    cells: matrix.cells.map((cell) => ({
      row: cell.row,
      column: cell.column,
      count: cell.count,
      quotes: cellQuotes(matrix, cell).map((quote) => ({
        text: quote.text,
        display: quote.display,
        citation: quote.citation,
        speaker: quote.speaker,
        document: quote.document,
        start: quote.start,
        end: quote.end,
        codes: quote.codes,
        memo: quote.memo,
      })),
    })),
    legend: matrix.legend.map((entry) => ({
      label: entry.label,
      name: entry.name,
      title: entry.title,
      organisation: entry.organisation,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
