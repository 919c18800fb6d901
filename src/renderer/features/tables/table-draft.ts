/**
 * The save dialog's fields before they are saved: a name (a free "Table n" by default), a
 * format and a file that follows the name and the format until the user types a file of
 * their own, and what would stop the core from taking them.
 */
import type { MatrixFileFormat } from '@shared/matrix/options';
import type { SavedTable } from '@shared/matrix/tables';
import {
  defaultTableFile,
  sameTableName,
  tableFileProblem,
  withFormat,
  type TableFileProblem,
} from './table-file';

export interface TableDraft {
  name: string;
  format: MatrixFileFormat;
  file: string;
  /** The user chose the file: it no longer follows the name. */
  fileChosen: boolean;
}

/** The first "Table n" (as `name(n)` words it) that no saved table has. */
export function freeTableName(tables: readonly SavedTable[], name: (n: number) => string): string {
  for (let n = tables.length + 1; ; n++) {
    const candidate = name(n);
    if (!tables.some((t) => sameTableName(t.name, candidate))) return candidate;
  }
}

/** Editing a table: its own name, format and file; else a new table's defaults. */
export function initialDraft(
  editing: SavedTable | undefined,
  tables: readonly SavedTable[],
  name: (n: number) => string,
): TableDraft {
  if (editing)
    return { name: editing.name, format: editing.format, file: editing.file, fileChosen: true };
  const fresh = freeTableName(tables, name);
  return { name: fresh, format: 'docx', file: defaultTableFile(fresh, 'docx'), fileChosen: false };
}

export function withName(draft: TableDraft, name: string): TableDraft {
  return draft.fileChosen
    ? { ...draft, name }
    : { ...draft, name, file: defaultTableFile(name, draft.format) };
}

export function withFileFormat(draft: TableDraft, format: MatrixFileFormat): TableDraft {
  return { ...draft, format, file: withFormat(draft.file, format) };
}

export function withFile(draft: TableDraft, file: string): TableDraft {
  return { ...draft, file, fileChosen: true };
}

export interface DraftProblems {
  name: 'empty' | null;
  file: TableFileProblem | null;
}

export function draftProblems(draft: TableDraft): DraftProblems {
  return {
    name: draft.name.trim() === '' ? 'empty' : null,
    file: tableFileProblem(draft.file, draft.format),
  };
}

/** The saved table a save under this name replaces (the core's names ignore A–Z case). */
export function replacedTable(
  draft: TableDraft,
  tables: readonly SavedTable[],
): SavedTable | undefined {
  return tables.find((t) => sameTableName(t.name, draft.name));
}
