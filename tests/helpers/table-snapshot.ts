/**
 * Exact images of every user table of a project, for tests that check what an action did
 * and that undo and redo put back precisely what was there: `SELECT * FROM <table> ORDER BY
 * <primary key>` for each table a user action may change (TABLE_KEYS), and a check that no
 * table of the schema is left out of that list.
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import {
  TABLE_KEYS,
  type Row,
  type TableName,
} from '../../src/main/backend/project/change-recorder';
import type { Project } from '../../src/main/backend/project/project';

export type TableSnapshot = Record<TableName, Row[]>;

/** Tables no user action writes through the recorder: the undo history and derived indexes. */
const NOT_USER_TABLES = /^(undo_steps|undo_changes|documents_fts(_\w+)?|sqlite_\w+)$/;

const USER_TABLES = Object.keys(TABLE_KEYS) as TableName[];

function databaseOf(source: Project | Database.Database): Database.Database {
  return 'act' in source ? source.db : source;
}

/** Fails when the schema has a table the snapshot (and the undo recorder) does not know. */
function checkEveryTableIsCovered(db: Database.Database): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  const unknown = tables.filter(
    (name) => !NOT_USER_TABLES.test(name) && !(USER_TABLES as string[]).includes(name),
  );
  expect(unknown, 'tables missing from TABLE_KEYS (and from these snapshots)').toEqual([]);
}

/** Every row of every user table, each table ordered by its primary key. */
export function snapshotTables(source: Project | Database.Database): TableSnapshot {
  const db = databaseOf(source);
  checkEveryTableIsCovered(db);
  const snapshot = {} as TableSnapshot;
  for (const table of USER_TABLES) {
    const order = TABLE_KEYS[table].join(', ');
    snapshot[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Row[];
  }
  return snapshot;
}

/** The snapshot as text, so "equal" means the same values of the same types, byte for byte. */
export function serializeSnapshot(snapshot: TableSnapshot): string {
  return JSON.stringify(snapshot, (_key, value: unknown) =>
    typeof value === 'bigint'
      ? `${value}n`
      : Buffer.isBuffer(value)
        ? `hex:${value.toString('hex')}`
        : value,
  );
}

/** Asserts that the project's tables now hold exactly `expected`. */
export function expectTables(
  source: Project | Database.Database,
  expected: TableSnapshot,
  what: string,
): void {
  const now = snapshotTables(source);
  // The structural comparison gives a readable diff; the text one also catches type changes.
  expect(now, what).toStrictEqual(expected);
  expect(serializeSnapshot(now), what).toBe(serializeSnapshot(expected));
}

export interface ChangedRow {
  before: Row;
  after: Row;
  /** The columns whose value differs. */
  columns: string[];
}

export interface TableChanges {
  added: Row[];
  removed: Row[];
  changed: ChangedRow[];
}

/** Row by row, what differs between two snapshots; tables without a difference are left out. */
export function diffTables(
  before: TableSnapshot,
  after: TableSnapshot,
): Partial<Record<TableName, TableChanges>> {
  const out: Partial<Record<TableName, TableChanges>> = {};
  for (const table of USER_TABLES) {
    const keyOf = (row: Row): string =>
      JSON.stringify(TABLE_KEYS[table].map((column) => row[column]));
    const old = new Map(before[table].map((row) => [keyOf(row), row]));
    const now = new Map(after[table].map((row) => [keyOf(row), row]));
    const changes: TableChanges = { added: [], removed: [], changed: [] };
    for (const [key, row] of now) if (!old.has(key)) changes.added.push(row);
    for (const [key, row] of old) {
      const next = now.get(key);
      if (!next) {
        changes.removed.push(row);
        continue;
      }
      const columns = Object.keys(row).filter(
        (column) => JSON.stringify(row[column]) !== JSON.stringify(next[column]),
      );
      if (columns.length > 0) changes.changed.push({ before: row, after: next, columns });
    }
    if (changes.added.length + changes.removed.length + changes.changed.length > 0)
      out[table] = changes;
  }
  return out;
}

/**
 * Runs `action` as the newest step, then checks that undo restores the tables exactly as
 * they were before it and redo exactly as they were after it (and undo once more, redo once
 * more, so the step survives a round trip). Returns the three snapshots and the diff.
 */
export async function checkUndoRedo(
  project: Project,
  action: () => unknown,
): Promise<{ before: TableSnapshot; after: TableSnapshot; diff: ReturnType<typeof diffTables> }> {
  const before = snapshotTables(project);
  const stepsBefore = project.history.list().length;
  await action();
  const after = snapshotTables(project);
  expect(project.history.list().length, 'the action is exactly one undo step').toBe(
    stepsBefore + 1,
  );
  for (let round = 1; round <= 2; round++) {
    project.history.undo();
    expectTables(project, before, `after undo (round ${round})`);
    project.history.redo();
    expectTables(project, after, `after redo (round ${round})`);
  }
  return { before, after, diff: diffTables(before, after) };
}

/** A diff by primary key: which rows were added or removed, and which columns changed. */
export function diffSummary(
  diff: Partial<Record<TableName, TableChanges>>,
): Partial<Record<TableName, { added: string[]; removed: string[]; changed: string[] }>> {
  const out: Partial<Record<TableName, { added: string[]; removed: string[]; changed: string[] }>> =
    {};
  for (const [table, changes] of Object.entries(diff) as [TableName, TableChanges][]) {
    const key = (row: Row): string => TABLE_KEYS[table].map((column) => row[column]).join('|');
    out[table] = {
      added: changes.added.map(key).sort(),
      removed: changes.removed.map(key).sort(),
      changed: changes.changed
        .map((change) => `${key(change.after)}: ${change.columns.sort().join(', ')}`)
        .sort(),
    };
  }
  return out;
}
