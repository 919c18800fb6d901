/**
 * Imports a codebook from a spreadsheet: .csv (or .tsv/.txt) and .xlsx. The first sheet
 * or the whole file is one table with a header row; see table/codebook-columns.ts for
 * the column names understood and table/codebook-rows.ts for the hierarchy layouts.
 */
import { randomUUID } from 'node:crypto';
import { inputError } from '../errors';
import { looksLikeZip } from '../formats/zip-read';
import type { ImportedCodebook } from './imported-codebook';
import { readCodebookLayout, type ColumnMap } from './table/codebook-columns';
import { buildParentTree } from './table/codebook-parent-tree';
import { buildPathTree } from './table/codebook-path-tree';
import {
  parseStrictTablePath,
  readCodeRows,
  splitTablePath,
  type CodeRow,
} from './table/codebook-rows';
import { decodeTableText, detectDelimiter, parseDelimited } from './table/delimited-text';
import type { TableRow } from './table/table-row';
import { readFirstSheetRows } from './table/xlsx-sheet';

export type { ImportedCodebook } from './imported-codebook';

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);

function readRows(bytes: Uint8Array, fileName: string, warnings: string[]): TableRow[] {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  // An .xlsx renamed to .csv (or the reverse) is still read by its content.
  if (looksLikeZip(bytes)) {
    if (
      !WORKBOOK_EXTENSIONS.has(extension) &&
      !TEXT_EXTENSIONS.has(extension) &&
      extension !== ''
    ) {
      throw unsupported(fileName, extension);
    }
    return readFirstSheetRows(bytes, fileName);
  }
  if (WORKBOOK_EXTENSIONS.has(extension)) {
    throw inputError(
      'codebook-table.not-xlsx',
      `${fileName}: not a valid .xlsx workbook (it is not a ZIP archive)`,
    );
  }
  if (extension === 'xls') {
    throw inputError(
      'codebook-table.xls',
      `${fileName}: the old Excel 97–2003 format (.xls) cannot be read; save the sheet as .xlsx or .csv`,
    );
  }
  if (!TEXT_EXTENSIONS.has(extension) && extension !== '') throw unsupported(fileName, extension);
  const decoded = decodeTableText(bytes);
  if (decoded.fallbackEncoding) {
    warnings.push(`${fileName}: the file is not UTF-8; it was read as ${decoded.fallbackEncoding}`);
  }
  return parseDelimited(decoded.text, detectDelimiter(decoded.text), fileName).map((row) => ({
    ...row,
    cells: row.cells.map(unguardFormula),
  }));
}

/**
 * Takes back the apostrophe a CSV writer puts before a cell that a spreadsheet would read
 * as a formula ("'=…", "'-…"; see formats/csv-write.ts), so such a name survives a round
 * trip. One apostrophe is taken, so a name that itself starts with one keeps it.
 */
const unguardFormula = (cell: string): string => cell.replace(/^'(?='*[=+\-@\t\r])/, '');

function unsupported(fileName: string, extension: string) {
  return inputError(
    'codebook-table.unsupported-type',
    `${fileName}: .${extension} files cannot be imported as a codebook table; use .csv or .xlsx`,
  );
}

/** How the code cell of each row is split into levels. */
type Levels = 'lenient' | 'strict' | 'flat';

/**
 * Which column names the codes and how it is read: `path` gives levels (strictly, as
 * Citat writes it, when a `name` column confirms the last level), a `parent` column keeps
 * the parent tree, `tag`/`name` alone is one flat name per row, `code`/`kode` are levels.
 */
function codeColumn(
  columns: ColumnMap,
  fileName: string,
  warnings: string[],
): { field: 'path' | 'code' | 'name'; levels: Levels | null } {
  if (columns.path !== undefined) {
    if (columns.parent !== undefined)
      warnings.push(
        `${fileName}: the parent column is ignored because the path column gives the hierarchy`,
      );
    return { field: 'path', levels: columns.name !== undefined ? 'strict' : 'lenient' };
  }
  if (columns.code !== undefined && columns.name !== undefined)
    warnings.push(
      `${fileName}: the code column is ignored because the name column names the codes`,
    );
  const field = columns.name !== undefined ? 'name' : 'code';
  if (columns.parent !== undefined) return { field, levels: null };
  return { field, levels: field === 'name' ? 'flat' : 'lenient' };
}

/** The levels of a row's code; with a name column, the name must be the last level. */
function rowLevels(row: CodeRow, levels: Levels, fileName: string, warnings: string[]): string[] {
  if (levels === 'flat') return [row.label];
  if (row.label === '') return [row.name];
  if (levels === 'lenient') return splitTablePath(row.label);
  const strict = parseStrictTablePath(row.label);
  if (row.name === '' || strict.at(-1) === row.name) return strict;
  const lenient = splitTablePath(row.label);
  if (lenient.at(-1) === row.name) return lenient;
  warnings.push(
    `${fileName}, row ${row.row}: the name "${row.name}" is not the last level of the path "${row.label}"; the path was used`,
  );
  return strict;
}

/** Reads a codebook table. New ids are random UUIDs. */
export function importCodebookTable(bytes: Uint8Array, fileName: string): ImportedCodebook {
  const warnings: string[] = [];
  const layout = readCodebookLayout(readRows(bytes, fileName, warnings), fileName);
  warnings.push(...layout.warnings);
  const { columns } = layout;
  const { field, levels } = codeColumn(columns, fileName, warnings);
  const rows = readCodeRows(layout.dataRows, columns, field, fileName, warnings);
  if (rows.length === 0) {
    throw inputError(
      'codebook-table.no-codes',
      `${fileName}: the table has a header row but no codes below it`,
    );
  }
  const nodes =
    levels === null
      ? buildParentTree(rows, fileName, randomUUID, warnings)
      : buildPathTree(rows, fileName, randomUUID, warnings, (row) =>
          rowLevels(row, levels, fileName, warnings),
        );
  return { nodes, warnings, sets: [] };
}
