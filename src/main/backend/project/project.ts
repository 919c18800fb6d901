/**
 * An open project: one SQLite connection plus the machinery every user action shares.
 * `act` is the only way to change a project: one transaction per action, its row
 * changes recorded for undo. Reads go straight to the prepared-statement cache.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { createProjectDatabase, openProjectDatabase, type OpenOptions } from '../db/open-database';
import { takeBackup, type BackupInfo } from '../db/backups';
import { ChangeRecorder, RowWriter, StatementCache } from './change-recorder';
import { UndoHistory } from './undo-history';

export interface ActionOptions {
  /** Large, non-undoable actions (imports) skip the row images but still end redo. */
  undoable?: boolean;
}

export class Project {
  readonly statements: StatementCache;
  readonly history: UndoHistory;
  private readonly rows: RowWriter;
  /** Injectable for tests; ISO-8601 UTC. */
  now: () => string = () => new Date().toISOString();
  newId: () => string = () => randomUUID();

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.statements = new StatementCache(db);
    this.rows = new RowWriter(this.statements);
    this.history = new UndoHistory(db, this.statements, this.rows);
  }

  static create(path: string): Project {
    return new Project(createProjectDatabase(path), path);
  }

  static async open(path: string, options: OpenOptions = {}): Promise<Project> {
    return new Project(await openProjectDatabase(path, options), path);
  }

  get name(): string {
    return basename(this.path);
  }

  /** Runs one user action in one transaction and records it as one undo step. */
  act<T>(label: string, action: (changes: ChangeRecorder) => T, options: ActionOptions = {}): T {
    return this.db.transaction(() => {
      const undoable = options.undoable !== false;
      const recorder = new ChangeRecorder(this.rows, undoable);
      const result = action(recorder);
      if (undoable) this.history.record(label, recorder.changes, this.now());
      else this.history.discardRedo();
      return result;
    })();
  }

  read<T>(sql: string, ...params: unknown[]): T[] {
    return this.statements.get(sql).all(...params) as T[];
  }

  readOne<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.statements.get(sql).get(...params) as T | undefined;
  }

  backup(reason: string): Promise<BackupInfo> {
    return takeBackup(this.db, this.path, reason);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
