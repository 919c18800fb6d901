/**
 * Turns the data rows of a codebook table into a code tree. Three layouts exist in the
 * wild: one column holding the whole path ("Principper/Risiko", MAXQDA's
 * "Code 1\Subcode" or "Code 1 > Subcode"), a code column plus a parent column naming
 * the parent code (hand-made sheets), or one flat name per row (Taguette's `tag`, where a
 * slash is part of the name). Parents that have no row of their own are created, so a
 * sheet listing only leaf codes still gives the intended tree.
 */
import type { CodeDescription } from '@shared/domain/entities';
import type { CodebookNode } from '@shared/domain/codebook';
import { parseCodePath } from '@shared/domain/codebook';
import { inputError, type CitatError } from '../../errors';
import { parseCodeDescription } from '../code-description';
import { readColor } from '../color';
import { MAX_CODEBOOK_DEPTH } from '../imported-codebook';
import type { ColumnMap, CodebookField } from './codebook-columns';
import type { TableRow } from './table-row';

/** Splits a path cell leniently: "/" or "\" separate levels ("\/" is a literal slash), as does " > ". */
export function splitTablePath(value: string): string[] {
  const unified = value.replace(/\s+>\s+/g, '/').replace(/\\(?!\/)/g, '/');
  return parseCodePath(unified).filter((part) => part !== '');
}

/**
 * The path column Citat writes: "/" between levels, and inside a name "\\" for a
 * backslash and "\/" for a slash, so every name survives whatever it holds.
 */
export function formatTablePath(names: readonly string[]): string {
  return names.map((name) => name.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join('/');
}

/** Reads formatTablePath's form: only an unescaped "/" separates levels. */
export function parseStrictTablePath(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\' && (next === '/' || next === '\\')) {
      current += next;
      i++;
    } else if (ch === '/') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The refusal of a table that nests codes too deeply; `where` is "file, row N". */
export function tooDeep(where: string): CitatError {
  return inputError(
    'codebook-table.too-deep',
    `${where}: codes are nested more than ${MAX_CODEBOOK_DEPTH} levels deep`,
  );
}

export interface CodeRow {
  row: number;
  /** Path, code or name cell, trimmed. */
  label: string;
  /** Name cell beside a path column, trimmed ('' when none). */
  name: string;
  /** Parent cell, trimmed ('' when none). */
  parentRef: string;
  description: CodeDescription;
  color: string | null;
}

/** Reads the cells of each data row; rows without a code are skipped with a warning. */
export function readCodeRows(
  rows: readonly TableRow[],
  columns: ColumnMap,
  labelField: 'path' | 'code' | 'name',
  fileName: string,
  warnings: string[],
): CodeRow[] {
  const cell = (row: TableRow, field: CodebookField): string => {
    const index = columns[field];
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const out: CodeRow[] = [];
  for (const row of rows) {
    const name = labelField === 'path' ? cell(row, 'name') : '';
    const label = cell(row, labelField);
    if (label === '' && name === '') {
      warnings.push(`${fileName}, row ${row.number}: no code name; the row was skipped`);
      continue;
    }
    const description = parseCodeDescription(cell(row, 'description'));
    for (const field of ['whenToUse', 'whenNotToUse', 'example'] as const) {
      const value = cell(row, field);
      if (value !== '') description[field] = value.replace(/\r\n?/g, '\n');
    }
    let color: string | null = null;
    const rawColor = cell(row, 'color');
    if (rawColor !== '') {
      const reading = readColor(rawColor);
      if (reading.ok) {
        color = reading.color;
        if (reading.note) warnings.push(`${fileName}, row ${row.number}: colour ${reading.note}`);
      } else {
        warnings.push(`${fileName}, row ${row.number}: ${reading.problem}; the code has no colour`);
      }
    }
    out.push({
      row: row.number,
      label,
      name,
      parentRef: cell(row, 'parent'),
      description,
      color,
    });
  }
  return out;
}

export function applyRow(node: CodebookNode, row: CodeRow): void {
  Object.assign(node, row.description);
  node.color = row.color;
}
