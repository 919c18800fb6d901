/**
 * Saved tables in the project: a name, a matrix definition and a file. Saving and deleting
 * are user actions (undo steps). The file is stored relative to the project's folder, so a
 * project and its thesis folder can move together; the code heading the rows, or the code
 * group giving them, is kept by id as well as by path or name, so renaming it does not
 * break the table.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { matrixOptionsSchema, matrixFormatSchema } from '@shared/api/contract';
import type { MatrixFileFormat, MatrixOptions } from '@shared/matrix/options';
import type { SavedTable } from '@shared/matrix/tables';
import { z } from 'zod';
import { dataError } from '../../errors';
import type { Project } from '../../project/project';
import { findGroupByName } from '../code-groups';
import { CodeTree } from '../codebook-tree';
import { resolveCodePath } from '../codes';
import { buildMatrix } from '../matrix/build-matrix';

interface SavedTableRow {
  id: string;
  name: string;
  definition: string;
  file: string;
  position: number;
  created_at: string;
  updated_at: string;
}

interface ExportRow {
  table_id: string;
  exported_at: string;
  file: string;
  sha256: string;
  snapshot: string;
}

const definitionSchema = z.object({
  options: matrixOptionsSchema,
  /** The rows code by id: followed when it is renamed or moved. */
  rowsRootId: z.string().nullable(),
  /** The rows group by id: followed when it is renamed (absent in tables saved before groups). */
  rowsGroupId: z.string().nullable().optional(),
  format: matrixFormatSchema,
  standalone: z.boolean(),
});
type Definition = z.infer<typeof definitionSchema>;

/** A saved table as the core works with it. */
export interface StoredTable {
  id: string;
  name: string;
  file: string;
  path: string;
  format: MatrixFileFormat;
  standalone: boolean;
  options: MatrixOptions;
  lastExport: ExportRow | null;
  /** The name of the rows group when that group has since been deleted: it cannot be built. */
  deletedGroup: string | null;
}

export function projectFolder(project: Project): string {
  return dirname(resolve(project.path));
}

/** Relative to the project's folder with "/" separators (absolute when there is no such path). */
export function storedFilePath(project: Project, file: string): string {
  const absolute = resolve(projectFolder(project), file);
  const rel = relative(projectFolder(project), absolute);
  return (rel === '' || isAbsolute(rel) ? absolute : rel).split(sep).join('/');
}

export function resolveStoredFile(project: Project, stored: string): string {
  return resolve(projectFolder(project), stored);
}

function parseDefinition(row: SavedTableRow): Definition {
  let json: unknown;
  try {
    json = JSON.parse(row.definition);
  } catch {
    json = null;
  }
  const parsed = definitionSchema.safeParse(json);
  if (!parsed.success)
    throw dataError(
      'tables.bad-definition',
      `table "${row.name}" is stored in a form this Citat cannot read`,
    );
  return parsed.data;
}

/**
 * The options with the rows code's current path and the rows group's current name (either
 * may have been renamed, the code also moved).
 */
function currentOptions(
  definition: Definition,
  tree: CodeTree,
  groupNames: ReadonlyMap<string, string>,
): MatrixOptions {
  const root = definition.rowsRootId ? tree.get(definition.rowsRootId) : undefined;
  const group = definition.rowsGroupId ? groupNames.get(definition.rowsGroupId) : undefined;
  return {
    ...definition.options,
    ...(root ? { rowsRoot: root.path } : {}),
    ...(group !== undefined ? { rowsGroup: group } : {}),
  };
}

function groupNamesById(project: Project): Map<string, string> {
  return new Map(
    project
      .read<{ id: string; name: string }>(`SELECT id, name FROM code_groups`)
      .map((g) => [g.id, g.name]),
  );
}

function toStored(
  project: Project,
  row: SavedTableRow,
  tree: CodeTree,
  lastExport: ExportRow | null,
  groupNames: ReadonlyMap<string, string>,
): StoredTable {
  const definition = parseDefinition(row);
  return {
    id: row.id,
    name: row.name,
    file: row.file,
    path: resolveStoredFile(project, row.file),
    format: definition.format,
    standalone: definition.standalone,
    options: currentOptions(definition, tree, groupNames),
    lastExport,
    deletedGroup:
      definition.rowsGroupId && !groupNames.has(definition.rowsGroupId)
        ? (definition.options.rowsGroup ?? '')
        : null,
  };
}

export function listStoredTables(project: Project): StoredTable[] {
  const tree = CodeTree.load(project);
  const exports = new Map(
    project.read<ExportRow>(`SELECT * FROM saved_table_exports`).map((e) => [e.table_id, e]),
  );
  const groupNames = groupNamesById(project);
  return project
    .read<SavedTableRow>(`SELECT * FROM saved_tables ORDER BY position, name`)
    .map((row) => toStored(project, row, tree, exports.get(row.id) ?? null, groupNames));
}

export function findStoredTable(project: Project, name: string): StoredTable {
  const row = project.readOne<SavedTableRow>(
    `SELECT * FROM saved_tables WHERE name = ?`,
    name.trim(),
  );
  if (!row) {
    const names = project
      .read<{ name: string }>(`SELECT name FROM saved_tables ORDER BY position`)
      .map((r) => `"${r.name}"`);
    throw dataError(
      'tables.not-found',
      `no table "${name.trim()}"${names.length > 0 ? ` (saved tables: ${names.join(', ')})` : ' (no tables are saved yet)'}`,
      { name: name.trim() },
    );
  }
  const lastExport =
    project.readOne<ExportRow>(`SELECT * FROM saved_table_exports WHERE table_id = ?`, row.id) ??
    null;
  return toStored(project, row, CodeTree.load(project), lastExport, groupNamesById(project));
}

export function toSavedTable(table: StoredTable): SavedTable {
  return {
    name: table.name,
    file: table.file,
    path: table.path,
    format: table.format,
    standalone: table.standalone,
    options: table.options,
    lastExport: table.lastExport
      ? {
          at: table.lastExport.exported_at,
          sha256: table.lastExport.sha256,
          file: table.lastExport.file,
        }
      : null,
  };
}

export interface SaveTableInput {
  name: string;
  options: MatrixOptions;
  format: MatrixFileFormat;
  standalone?: boolean;
  /** Absolute, or relative to the project's folder. */
  file: string;
}

/** Saves a table (replacing one of the same name) after checking that it can be built. */
export function saveTable(
  project: Project,
  input: SaveTableInput,
): { table: SavedTable; replaced: boolean } {
  const name = input.name.trim();
  // Refuse a definition that cannot be built now (unknown code, attribute, template).
  buildMatrix(project, input.options);
  const root =
    input.options.rowsRoot && input.options.rowsRoot.length > 0
      ? resolveCodePath(project, input.options.rowsRoot)
      : null;
  const group = input.options.rowsGroup ? findGroupByName(project, input.options.rowsGroup) : null;
  const definition: Definition = {
    options: input.options,
    rowsRootId: root?.id ?? null,
    rowsGroupId: group?.id ?? null,
    format: input.format,
    standalone: input.standalone ?? false,
  };
  const file = storedFilePath(project, input.file);
  const existing = project.readOne<SavedTableRow>(
    `SELECT * FROM saved_tables WHERE name = ?`,
    name,
  );
  const now = project.now();
  project.act(`Save table "${name}"`, (changes) => {
    if (existing) {
      changes.update(
        'saved_tables',
        { id: existing.id },
        { name, definition: JSON.stringify(definition), file, updated_at: now },
      );
      return;
    }
    const position =
      project.readOne<{ n: number | null }>(`SELECT max(position) AS n FROM saved_tables`)?.n ?? -1;
    changes.insert('saved_tables', {
      id: project.newId(),
      name,
      definition: JSON.stringify(definition),
      file,
      position: position + 1,
      created_at: now,
      updated_at: now,
    });
  });
  return { table: toSavedTable(findStoredTable(project, name)), replaced: existing !== undefined };
}

/** Deletes a table and its export state in one undo step; its file is left alone. */
export function deleteTable(project: Project, name: string): void {
  const table = findStoredTable(project, name);
  project.act(`Delete table "${table.name}"`, (changes) => {
    changes.delete('saved_table_exports', { table_id: table.id });
    changes.delete('saved_tables', { id: table.id });
  });
}

export interface ExportState {
  tableId: string;
  file: string;
  sha256: string;
  snapshot: string;
}

/** Records what was exported: not an undo step (it notes a file written, not research data). */
export function recordExports(project: Project, states: readonly ExportState[]): void {
  if (states.length === 0) return;
  const now = project.now();
  project.write(() => {
    const upsert = project.statements.get(
      `INSERT INTO saved_table_exports (table_id, exported_at, file, sha256, snapshot)
       VALUES (@tableId, @now, @file, @sha256, @snapshot)
       ON CONFLICT (table_id) DO UPDATE SET exported_at = excluded.exported_at,
         file = excluded.file, sha256 = excluded.sha256, snapshot = excluded.snapshot`,
    );
    for (const state of states) upsert.run({ ...state, now });
  });
}
