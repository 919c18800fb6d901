/**
 * An open project: one SQLite connection plus the machinery every user action shares.
 * `act` is the only way to change a project: one transaction per action, its row
 * changes recorded for undo. Reads go straight to the prepared-statement cache.
 *
 * The project also guards what the file promises: writes are refused while it is
 * read-only (file or folder not writable, or damaged), each call first notices a change
 * made by another program (SQLite's data_version, or the file replaced underneath), and
 * closing leaves the .citat file complete with nothing beside it.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ProjectAccess, StorageWarning } from '@shared/api/types';
import { createProjectDatabase, openProjectDatabase, type OpenRequest } from '../db/open-database';
import { damagedAccess } from '../db/damage-report';
import { takeBackup, type BackupInfo } from '../db/backups';
import { currentIdentity, sameIdentity, type FileIdentity } from '../db/project-file';
import { lockedError, tryProjectLock, type LockHolder, type ProjectLock } from '../db/project-lock';
import { detectStorage } from '../db/storage-location';
import { isDamageError } from '../db/storage-errors';
import { ChangeRecorder, RowWriter, StatementCache } from './change-recorder';
import { readOnlyError } from './read-only-error';
import { UndoHistory } from './undo-history';

export interface ActionOptions {
  /** Large, non-undoable actions (imports) skip the row images but still end redo. */
  undoable?: boolean;
}

export type OpenOptions = OpenRequest;

interface Connection {
  db: Database.Database;
  statements: StatementCache;
  rows: RowWriter;
  history: UndoHistory;
}

export class Project {
  private connection: Connection;
  access: ProjectAccess;
  /** Where the file lives, when that is a synced or network folder. */
  readonly storage: StorageWarning | null;
  /** Grows each time a change by another program is noticed (see noticeOutsideChanges). */
  outsideChanges = 0;
  private dataVersion: number;
  /** What was found damaged, at open or since (see markDamaged). */
  private damage: string[];
  private editSession: string | undefined;
  private lastEdit: { key: string; stepId: number } | null = null;
  /** Injectable for tests; ISO-8601 UTC. */
  now: () => string = () => new Date().toISOString();
  newId: () => string = () => randomUUID();

  private constructor(
    db: Database.Database,
    readonly path: string,
    access: ProjectAccess,
    private readonly lock: ProjectLock | null,
    private identity: FileIdentity | null,
    private rollbackJournal: boolean,
    private readonly readOnlyConnection: boolean,
    problems: readonly string[],
  ) {
    this.damage = [...problems];
    this.connection = this.connect(db);
    this.access = access;
    this.storage = detectStorage(path);
    this.dataVersion = this.readDataVersion();
  }

  private connect(db: Database.Database): Connection {
    const statements = new StatementCache(db);
    const rows = new RowWriter(statements);
    const history = new UndoHistory(statements, rows, (fn) => this.write(fn));
    return { db, statements, rows, history };
  }

  /** A new project file; `holder` takes the lock for the app or `citat serve`. */
  static create(path: string, holder?: LockHolder): Project {
    const lock = holder ? tryProjectLock(path, holder) : null;
    if (lock && !('release' in lock)) throw lockedError(path, lock);
    try {
      const db = createProjectDatabase(path);
      return new Project(
        db,
        path,
        { mode: 'read-write' },
        lock,
        currentIdentity(path),
        true,
        false,
        [],
      );
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  static async open(path: string, options: OpenOptions = {}): Promise<Project> {
    const opened = await openProjectDatabase(path, options);
    return new Project(
      opened.db,
      path,
      opened.access,
      opened.lock,
      opened.identity,
      opened.rollbackJournal,
      opened.db.readonly,
      opened.problems,
    );
  }

  get db(): Database.Database {
    return this.connection.db;
  }
  get statements(): StatementCache {
    return this.connection.statements;
  }
  get history(): UndoHistory {
    return this.connection.history;
  }
  get name(): string {
    return basename(this.path);
  }
  get readOnly(): boolean {
    return this.readOnlyConnection || this.access.mode === 'read-only';
  }

  /**
   * The one way to write: one transaction, refused while the project is read-only. In the
   * rare WAL fallback the journal is folded back into the file after each commit.
   */
  write<T>(run: () => T): T {
    if (this.access.mode === 'read-only' || this.readOnlyConnection)
      throw readOnlyError(this.name, this.access);
    try {
      const result = this.db.transaction(run)();
      if (!this.rollbackJournal && !this.db.inTransaction)
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    } catch (err) {
      if (isDamageError(err)) this.markDamaged((err as Error).message);
      throw err;
    }
  }

  /** Runs one user action in one transaction and records it as one undo step. */
  act<T>(label: string, action: (changes: ChangeRecorder) => T, options: ActionOptions = {}): T {
    return this.write(() => {
      const undoable = options.undoable !== false;
      const recorder = new ChangeRecorder(this.connection.rows, undoable);
      const result = action(recorder);
      if (!undoable) {
        this.history.discardRedo();
        this.lastEdit = null;
      } else if (
        this.editSession &&
        this.lastEdit?.key === this.editSession &&
        this.history.isNewest(this.lastEdit.stepId)
      ) {
        this.history.extend(this.lastEdit.stepId, recorder.changes);
      } else {
        const stepId = this.history.record(label, recorder.changes, this.now());
        this.lastEdit =
          this.editSession && stepId !== null ? { key: this.editSession, stepId } : null;
      }
      return result;
    });
  }

  /** Actions run inside `run` with the same key fold into one undo step (one field's edit). */
  async inEditSession<T>(key: string | undefined, run: () => T | Promise<T>): Promise<T> {
    this.editSession = key;
    try {
      return await run();
    } finally {
      this.editSession = undefined;
    }
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

  /** From now on the project is read-only: it failed a check (pages or a document's checksum). */
  markDamaged(problem: string): void {
    if (this.damage.includes(problem)) return;
    this.damage.push(problem);
    this.access = damagedAccess(this.path, this.damage);
  }

  private readDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /**
   * Notices a change made by another program since the last call: a commit by another
   * connection (data_version), or the file replaced or removed (its identity). Views must
   * then reload, and undo no longer reaches back past the change: undoing a step this
   * window never showed would be a surprise, and replaying old row images over someone
   * else's changes could lose them. Returns true when something changed.
   */
  async noticeOutsideChanges(): Promise<boolean> {
    if (this.readOnlyConnection || !this.db.open) return false;
    const identity = currentIdentity(this.path);
    if (!sameIdentity(identity, this.identity)) {
      if (identity === null) await this.db.backup(this.path); // removed while open: put it back
      await this.reconnect();
    } else {
      const version = this.readDataVersion();
      if (version === this.dataVersion) return false;
      this.dataVersion = version;
    }
    this.outsideChanges += 1;
    this.lastEdit = null;
    this.history.floor = this.history.newestStepId();
    return true;
  }

  private async reconnect(): Promise<void> {
    const opened = await openProjectDatabase(this.path, { heldLock: this.lock ?? undefined });
    this.db.close();
    this.connection = this.connect(opened.db);
    this.access = opened.access;
    this.damage = [...opened.problems];
    this.identity = opened.identity;
    this.rollbackJournal = opened.rollbackJournal;
    this.dataVersion = this.readDataVersion();
  }

  close(): void {
    if (this.db.open) {
      if (!this.rollbackJournal && !this.readOnlyConnection) {
        // Leave a single complete file: fold the WAL in and leave WAL mode if no one else reads.
        this.db.pragma('wal_checkpoint(TRUNCATE)');
        this.db.pragma('journal_mode = DELETE');
      }
      this.db.close();
    }
    this.lock?.release();
  }
}
