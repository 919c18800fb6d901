/**
 * The matrix as JSON for scripts and other tools. The shape is a public contract (see
 * the CLI docs), so it is built key by key rather than by serialising the model. JSON is
 * data: quotes carry no quote marks, and `label` is the row label the other formats print.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import { cellQuotes, countTotals, matrixGrid, presentationOf, rowLabels } from './matrix-layout';

export function matrixToJson(matrix: QuoteMatrix): string {
  const grid = matrixGrid(matrix); // refuses a matrix whose cells do not line up
  const { memos } = presentationOf(matrix);
  const labels = rowLabels(matrix);
  const json: Record<string, unknown> = {
    rows: matrix.rows.map((row, index) => ({
      id: row.id,
      label: labels[index]!.text,
      path: row.path,
    })),
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
        memo: memos ? quote.memo : null,
        note: memos ? quote.note : null,
      })),
    })),
    legend: matrix.legend.map((entry) => ({
      label: entry.label,
      name: entry.name,
      title: entry.title,
      organisation: entry.organisation,
    })),
  };
  if (matrix.mode === 'counts') {
    const totals = countTotals(grid, matrix.columns.length);
    json.totals = {
      rows: totals.rowTotals,
      columns: totals.columnTotals,
      all: totals.grandTotal,
    };
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}
