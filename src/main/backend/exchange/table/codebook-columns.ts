/**
 * Finds the header row of a codebook table and which column holds what. Names are
 * matched case-insensitively in English and Danish, and include the headers MAXQDA
 * ("Code", "Memo") and Taguette ("tag", "description") use for codebook tables.
 *
 * What a code column means follows Taguette's own reading: `tag` or `name` holds one flat
 * name (a slash is part of it), `path` holds levels. `code`/`kode` are read as levels
 * ("/", "\\" or " > "), as MAXQDA writes them.
 */
import { inputError } from '../../errors';
import type { TableRow } from './table-row';

export type CodebookField =
  | 'path'
  | 'code'
  | 'name'
  | 'parent'
  | 'description'
  | 'color'
  | 'whenToUse'
  | 'whenNotToUse'
  | 'example';

const HEADER_NAMES: Record<CodebookField, readonly string[]> = {
  path: ['path', 'code path', 'hierarchy', 'sti', 'kodesti', 'hierarki'],
  code: ['code', 'kode'],
  name: ['name', 'tag', 'code name', 'tag name', 'kodenavn', 'navn'],
  parent: [
    'parent',
    'parent code',
    'parent path',
    'parent tag',
    'overkode',
    'forælder',
    'overordnet kode',
  ],
  description: ['description', 'definition', 'memo', 'code memo', 'beskrivelse', 'kodememo'],
  color: ['color', 'colour', 'code color', 'code colour', 'farve', 'kodefarve'],
  whenToUse: ['when to use', 'use when', 'hvornår bruges', 'brug når', 'anvendes når'],
  whenNotToUse: [
    'when not to use',
    'do not use when',
    "don't use when",
    'hvornår bruges ikke',
    'brug ikke når',
  ],
  example: ['example', 'examples', 'eksempel', 'eksempler'],
};

const FIELD_BY_HEADER = new Map<string, CodebookField>();
for (const [field, names] of Object.entries(HEADER_NAMES) as [CodebookField, readonly string[]][]) {
  for (const name of names) FIELD_BY_HEADER.set(name, field);
}

/** Rows searched for the header, so a title line above the table does no harm. */
const HEADER_SEARCH_ROWS = 5;

export type ColumnMap = Partial<Record<CodebookField, number>>;

export interface CodebookTableLayout {
  columns: ColumnMap;
  /** Rows after the header. */
  dataRows: TableRow[];
  warnings: string[];
}

function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFC')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
}

function mapColumns(row: TableRow, fileName: string, warnings: string[]): ColumnMap {
  const columns: ColumnMap = {};
  row.cells.forEach((cell, index) => {
    const field = FIELD_BY_HEADER.get(normaliseHeader(cell));
    if (field === undefined) return;
    if (columns[field] === undefined) columns[field] = index;
    else
      warnings.push(
        `${fileName}: column "${cell.trim()}" repeats the ${field} column and is ignored`,
      );
  });
  return columns;
}

const isBlank = (row: TableRow): boolean => row.cells.every((cell) => cell.trim() === '');

function expectedColumnsText(): string {
  return (
    'a header row with a code column named "path" (levels separated by "/" or "\\"), "code", "kode" (levels too), "name" or "tag" (one name each; a slash is part of it); ' +
    'optional columns: "parent"/"overkode", "description"/"definition"/"memo"/"beskrivelse", "color"/"farve", ' +
    '"when to use", "when not to use", "example"'
  );
}

/** Locates the header among the first rows and maps its columns; throws if there is none. */
export function readCodebookLayout(
  rows: readonly TableRow[],
  fileName: string,
): CodebookTableLayout {
  const content = rows.filter((row) => !isBlank(row));
  if (content.length === 0) {
    throw inputError(
      'codebook-table.empty',
      `${fileName}: the file is empty; expected ${expectedColumnsText()}`,
    );
  }
  for (const [position, row] of content.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const warnings: string[] = [];
    const columns = mapColumns(row, fileName, warnings);
    if (columns.path === undefined && columns.code === undefined && columns.name === undefined)
      continue;
    if (position > 0) {
      warnings.unshift(
        `${fileName}: ${position} row(s) above the header row (row ${row.number}) were skipped`,
      );
    }
    return { columns, dataRows: content.slice(position + 1), warnings };
  }
  const shown = content[0]!.cells
    .filter((cell) => cell.trim() !== '')
    .slice(0, 8)
    .map((cell) => `"${cell.trim()}"`)
    .join(', ');
  throw inputError(
    'codebook-table.no-code-column',
    `${fileName}: no code column found. The first row holds ${shown}; expected ${expectedColumnsText()}`,
  );
}
