/**
 * Every write of a user action goes through a ChangeRecorder, which keeps the row images
 * before and after. Undo replays the before-images in reverse, redo the after-images, so
 * each action records its own inverse without per-action undo code. Foreign keys have no
 * ON DELETE CASCADE on purpose: cascaded deletes would escape the record.
 */
import type Database from 'better-sqlite3';

export type SqlValue = string | number | bigint | null;
export type Row = Record<string, SqlValue>;

/** Primary-key columns of every table a user action may change. */
export const TABLE_KEYS = {
  coders: ['id'],
  cases: ['id'],
  attributes: ['id'],
  case_attribute_values: ['case_id', 'attribute_id'],
  documents: ['id'],
  speakers: ['id'],
  speaker_turns: ['id'],
  codes: ['id'],
  codings: ['id'],
  quote_curations: ['coding_id'],
  memos: ['id'],
  project_meta: ['key'],
  saved_tables: ['id'],
  saved_table_exports: ['table_id'],
  code_groups: ['id'],
  code_group_members: ['group_id', 'code_id'],
  coding_anchors: ['coding_id'],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLE_KEYS;

export interface RecordedChange {
  table: TableName;
  key: Row;
  before: Row | null;
  after: Row | null;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checkIdentifiers(names: Iterable<string>): void {
  for (const name of names) {
    if (!IDENTIFIER.test(name)) throw new Error(`invalid SQL identifier "${name}"`);
  }
}

/** Prepared statements keyed by their SQL text, so repeated writes reuse them. */
export class StatementCache {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}

export class RowWriter {
  constructor(private readonly statements: StatementCache) {}

  private whereKey(table: TableName): string {
    return TABLE_KEYS[table].map((column) => `${column} = @${column}`).join(' AND ');
  }

  keyOf(table: TableName, row: Row): Row {
    const key: Row = {};
    for (const column of TABLE_KEYS[table]) key[column] = row[column] ?? null;
    return key;
  }

  select(table: TableName, key: Row): Row | null {
    const row = this.statements
      .get(`SELECT * FROM ${table} WHERE ${this.whereKey(table)}`)
      .get(key);
    return (row as Row | undefined) ?? null;
  }

  insert(table: TableName, row: Row): void {
    const columns = Object.keys(row);
    checkIdentifiers(columns);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    this.statements.get(sql).run(row);
  }

  update(table: TableName, key: Row, patch: Row): void {
    const columns = Object.keys(patch);
    if (columns.length === 0) return;
    checkIdentifiers(columns);
    const keyParams: Row = {};
    for (const [column, value] of Object.entries(key)) keyParams[`k_${column}`] = value;
    const set = columns.map((c) => `${c} = @${c}`).join(', ');
    const where = TABLE_KEYS[table].map((column) => `${column} = @k_${column}`).join(' AND ');
    this.statements
      .get(`UPDATE ${table} SET ${set} WHERE ${where}`)
      .run({ ...patch, ...keyParams });
  }

  delete(table: TableName, key: Row): void {
    this.statements.get(`DELETE FROM ${table} WHERE ${this.whereKey(table)}`).run(key);
  }

  /** Puts a row back to `image` (null = absent), whatever state it is in now. */
  restore(table: TableName, key: Row, image: Row | null): void {
    const exists = this.select(table, key) !== null;
    if (image === null) {
      if (exists) this.delete(table, key);
    } else if (exists) {
      this.update(table, key, image);
    } else {
      this.insert(table, image);
    }
  }
}

/** Records the before/after images of every write made through it. */
export class ChangeRecorder {
  readonly changes: RecordedChange[] = [];
  /** `keepImages` false: write only (for non-undoable bulk actions such as imports). */
  constructor(
    private readonly rows: RowWriter,
    private readonly keepImages = true,
  ) {}

  insert(table: TableName, row: Row): void {
    this.rows.insert(table, row);
    if (!this.keepImages) return;
    const key = this.rows.keyOf(table, row);
    this.changes.push({ table, key, before: null, after: this.rows.select(table, key) });
  }

  /** Updates one row; returns false when it does not exist. */
  update(table: TableName, key: Row, patch: Row): boolean {
    const before = this.rows.select(table, key);
    if (!before) return false;
    this.rows.update(table, key, patch);
    this.changes.push({ table, key, before, after: this.rows.select(table, key) });
    return true;
  }

  /** Deletes one row; returns false when it does not exist. */
  delete(table: TableName, key: Row): boolean {
    const before = this.rows.select(table, key);
    if (!before) return false;
    this.rows.delete(table, key);
    this.changes.push({ table, key, before, after: null });
    return true;
  }
}
