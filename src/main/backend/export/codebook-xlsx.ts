/**
 * A codebook table (see exchange/table/codebook-table-write.ts) as an Excel workbook: one
 * sheet "codebook" with a bold header row, the same columns as the CSV. Cells are inline
 * strings, which Excel never evaluates, so no formula guard is needed; a cell longer than
 * Excel's limit is cut and said so.
 */
import type { CodebookTable } from '../exchange/table/codebook-table-write';
import { MAX_CELL_CHARS, writeXlsx } from './xlsx-package';

const WIDTHS: Record<string, number> = {
  path: 36,
  tag: 36,
  name: 24,
  description: 60,
  colour: 10,
  'when to use': 40,
  'when not to use': 40,
  example: 40,
};

export function codebookTableXlsx(
  table: CodebookTable,
  title: string,
): { bytes: Uint8Array; warnings: string[] } {
  const warnings: string[] = [];
  table.rows.forEach((row) => {
    row.forEach((cell, column) => {
      if (cell.length > MAX_CELL_CHARS)
        warnings.push(
          `the ${table.header[column]} of "${row[0]}" is longer than the ${MAX_CELL_CHARS} characters an Excel cell holds; it was cut`,
        );
    });
  });
  const bytes = writeXlsx(title, [
    {
      name: 'codebook',
      columnWidths: table.header.map((column) => WIDTHS[column] ?? 20),
      rows: [
        table.header,
        ...table.rows.map((row) => row.map((cell) => (cell === '' ? null : cell))),
      ],
      headerRow: 0,
    },
  ]);
  return { bytes, warnings };
}
