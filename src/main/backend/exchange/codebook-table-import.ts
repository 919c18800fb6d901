/**
 * Imports a codebook from a spreadsheet: .csv (or .tsv/.txt) and .xlsx. The first sheet
 * or the whole file is one table with a header row; see table/codebook-columns.ts for
 * the column names understood and table/codebook-rows.ts for the two hierarchy layouts.
 */
import { randomUUID } from 'node:crypto';
import { inputError } from '../errors';
import { looksLikeZip } from '../formats/zip-read';
import type { ImportedCodebook } from './imported-codebook';
import { readCodebookLayout } from './table/codebook-columns';
import { buildParentTree } from './table/codebook-parent-tree';
import { buildPathTree } from './table/codebook-path-tree';
import { readCodeRows } from './table/codebook-rows';
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
  return parseDelimited(decoded.text, detectDelimiter(decoded.text), fileName);
}

function unsupported(fileName: string, extension: string) {
  return inputError(
    'codebook-table.unsupported-type',
    `${fileName}: .${extension} files cannot be imported as a codebook table; use .csv or .xlsx`,
  );
}

/** Reads a codebook table. New ids are random UUIDs. */
export function importCodebookTable(bytes: Uint8Array, fileName: string): ImportedCodebook {
  const warnings: string[] = [];
  const layout = readCodebookLayout(readRows(bytes, fileName, warnings), fileName);
  warnings.push(...layout.warnings);
  const { columns } = layout;

  const byPath = columns.path !== undefined || columns.parent === undefined;
  if (columns.path !== undefined && columns.parent !== undefined) {
    warnings.push(
      `${fileName}: the parent column is ignored because the path column gives the hierarchy`,
    );
  }
  const rows = readCodeRows(
    layout.dataRows,
    columns,
    columns.path !== undefined ? 'path' : 'code',
    fileName,
    warnings,
  );
  if (rows.length === 0) {
    throw inputError(
      'codebook-table.no-codes',
      `${fileName}: the table has a header row but no codes below it`,
    );
  }
  const nodes = byPath
    ? buildPathTree(rows, fileName, randomUUID, warnings)
    : buildParentTree(rows, fileName, randomUUID, warnings);
  return { nodes, warnings, sets: [] };
}
