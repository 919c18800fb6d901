/**
 * Regenerating saved tables: each table is built, rendered and compared with its last
 * export (the bytes by SHA-256, the quotes by the snapshot kept with it). Exporting records
 * the new state and hands back the bytes for the caller to write — none when the file
 * already holds them, so an unchanged table's file keeps its bytes and modification time.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { TableExport, TableFileState, TableReport } from '@shared/matrix/tables';
import { dataError, inputError } from '../../errors';
import { exportMatrix } from '../../export/matrix-export';
import type { Project } from '../../project/project';
import { asCounts, buildMatrix } from '../matrix/build-matrix';
import {
  findStoredTable,
  listStoredTables,
  recordExports,
  type ExportState,
  type StoredTable,
} from './saved-tables';
import { diffSnapshots, parseSnapshot, snapshotOf, type TableSnapshot } from './snapshot';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface Rendered {
  table: StoredTable;
  bytes: Uint8Array;
  sha256: string;
  snapshot: TableSnapshot;
}

/** Builds a table's matrix once, in quote mode (a count table's quotes are compared too). */
export function renderTable(project: Project, table: StoredTable): Rendered {
  if (table.deletedGroup !== null)
    throw dataError(
      'tables.group-deleted',
      `table "${table.name}": its rows came from a code group that has been deleted (saved as "${table.deletedGroup}"); undo the deletion or save the table again with other rows`,
      { name: table.name, group: table.deletedGroup },
    );
  const quotes = buildMatrix(project, { ...table.options, mode: 'quotes' });
  const matrix = table.options.mode === 'counts' ? asCounts(quotes) : quotes;
  const bytes = exportMatrix(matrix, table.format, { standalone: table.standalone });
  return { table, bytes, sha256: sha256(bytes), snapshot: snapshotOf(quotes) };
}

/** The SHA-256 of the table's file, or null when there is none. */
function fileHash(table: StoredTable): string | null {
  const details = { name: table.name, file: table.file };
  const unreadable = (err: unknown) =>
    inputError(
      'tables.file-unreadable',
      `table "${table.name}": cannot read ${table.path}`,
      err,
      details,
    );
  let stat;
  try {
    stat = statSync(table.path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(err);
  }
  if (stat.isDirectory())
    throw inputError(
      'tables.file-is-folder',
      `table "${table.name}": ${basename(table.path)} is a folder, not a file`,
      undefined,
      details,
    );
  try {
    return sha256(readFileSync(table.path));
  } catch (err) {
    throw unreadable(err);
  }
}

/** True when the table was last exported to the file it names now (it may have been re-saved). */
const exportedHere = (table: StoredTable): boolean => table.lastExport?.file === table.file;

function fileState(onDisk: string | null, table: StoredTable): TableFileState {
  if (onDisk === null) return 'missing';
  return exportedHere(table) && onDisk === table.lastExport?.sha256 ? 'as-exported' : 'different';
}

function report(rendered: Rendered, state: TableFileState): TableReport {
  const { table } = rendered;
  const base = {
    name: table.name,
    file: table.file,
    path: table.path,
    format: table.format,
    fileState: state,
  };
  const none = { added: [], removed: [], edited: [] };
  if (!table.lastExport) return { ...base, status: 'new', ...none };
  if (rendered.sha256 === table.lastExport.sha256) return { ...base, status: 'unchanged', ...none };
  const diff = diffSnapshots(
    parseSnapshot(table.lastExport.snapshot, table.name),
    rendered.snapshot,
  );
  // A count table prints no quote text: only quotes added and removed change it.
  if (table.options.mode === 'counts') diff.edited = [];
  return { ...base, status: 'changed', ...diff };
}

/** What changed in a table since its last export; reads the file, writes nothing. */
export function previewTable(project: Project, name: string): TableReport {
  const rendered = renderTable(project, findStoredTable(project, name));
  const onDisk = fileHash(rendered.table);
  return report(rendered, fileState(onDisk, rendered.table));
}

/** Refuses before anything is recorded when the file cannot be written where it belongs. */
function checkWritable(table: StoredTable): void {
  const folder = dirname(table.path);
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(folder, constants.W_OK);
  } catch {
    throw dataError(
      'tables.folder-missing',
      `table "${table.name}": cannot write ${table.file}: the folder ${folder} does not exist or cannot be written`,
      { name: table.name, file: table.file },
    );
  }
}

function tablesNamed(project: Project, names: readonly string[] | undefined): StoredTable[] {
  if (!names || names.length === 0) return listStoredTables(project);
  const seen = new Set<string>();
  return names
    .map((name) => findStoredTable(project, name))
    .filter((table) => !seen.has(table.id) && seen.add(table.id) !== undefined);
}

/** One table of an export: its report, the bytes to write (null: the file holds them) and the state to record. */
export interface PlannedExport {
  result: TableExport;
  /** What to record once the file holds the bytes; null when the recorded state is current. */
  state: ExportState | null;
}

/**
 * Renders the tables (every saved table when `names` is empty) and checks each one before
 * anything is written or recorded: one that cannot be written (its folder is gone, or its
 * file was changed outside Citat since the last export) stops the whole export.
 */
export function planExports(project: Project, names?: readonly string[]): PlannedExport[] {
  return tablesNamed(project, names).map((table) => {
    const rendered = renderTable(project, table);
    const onDisk = fileHash(table);
    const state = fileState(onDisk, table);
    const write = onDisk !== rendered.sha256;
    if (write && state === 'different' && exportedHere(table))
      throw dataError(
        'tables.file-changed',
        `table "${table.name}": ${table.file} was changed outside Citat since it was last exported; rename or delete it to export the table again`,
        { name: table.name, file: table.file },
      );
    if (write) checkWritable(table);
    const current = table.lastExport?.sha256 === rendered.sha256 && exportedHere(table);
    return {
      result: { ...report(rendered, state), bytes: write ? rendered.bytes : null },
      state: current
        ? null
        : {
            tableId: table.id,
            file: table.file,
            sha256: rendered.sha256,
            snapshot: JSON.stringify(rendered.snapshot),
          },
    };
  });
}

/**
 * Renders the tables and records each as exported, handing the bytes back for the caller
 * to write (see regenerateTables for the core writing them itself).
 */
export function exportTables(project: Project, names?: readonly string[]): TableExport[] {
  const planned = planExports(project, names);
  recordExports(
    project,
    planned.flatMap((p) => (p.state ? [p.state] : [])),
  );
  return planned.map((p) => p.result);
}
