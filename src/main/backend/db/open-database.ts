/**
 * Opens a project file: checks it really is a Citat project of a version this build
 * understands and that it is whole, takes the one-writer lock, sets the connection up and
 * runs pending migrations, each in its own transaction after a backup. A project that
 * cannot be written (read-only file or folder) or that failed its check is opened
 * read-only, with the reason, instead of being refused: reading and exporting still work.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ProjectAccess, ReadOnlyReason } from '@shared/api/types';
import { CitatError, inputError } from '../errors';
import { CITAT_APPLICATION_ID } from './application-id';
import { listBackups, takeBackup, unchangedSinceLastBackup } from './backups';
import { damagedAccess, damagedError } from './damage-report';
import { checkProjectDatabase } from './integrity';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { inspectProjectFile, type FileIdentity, type ProjectFileFacts } from './project-file';
import {
  acquireProjectLock,
  currentLockHolder,
  tryProjectLock,
  type LockHolder,
  type ProjectLock,
} from './project-lock';
import { foreseeableError, isDamageError } from './storage-errors';

export interface OpenRequest {
  /** 'read': a read-only connection, no lock, no backup (commands that only read). */
  mode?: 'write' | 'read';
  /** Who takes the lock for a write open; a plain command when not given. */
  holder?: LockHolder;
  lockWaitMs?: number;
  /** Reopening a file this process already holds the lock for (it was replaced underneath). */
  heldLock?: ProjectLock;
}

export interface OpenedDatabase {
  db: Database.Database;
  access: ProjectAccess;
  lock: ProjectLock | null;
  identity: FileIdentity;
  /** False when the file could not leave WAL mode (another old reader): checkpoint after each action. */
  rollbackJournal: boolean;
  /** What the open-time check found (none when the project is whole). */
  problems: string[];
}

const COMMAND: LockHolder = { program: 'citat', kind: 'command' };

/** Rollback journal: the main file is the whole project after every commit (see data-safety in the README). */
function configure(db: Database.Database): boolean {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
  db.pragma('synchronous = FULL');
  return mode === 'delete';
}

export function createProjectDatabase(path: string): Database.Database {
  if (existsSync(path))
    throw inputError('project.exists', `${basename(path)} already exists`, undefined, {
      name: basename(path),
    });
  const db = new Database(path);
  configure(db);
  db.pragma(`application_id = ${CITAT_APPLICATION_ID}`);
  migrate(db);
  return db;
}

function checkIdentity(db: Database.Database, name: string): number {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== CITAT_APPLICATION_ID)
    throw inputError(
      'project.not-citat',
      `${name} is an SQLite database but not a Citat project`,
      undefined,
      { name },
    );
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_SCHEMA_VERSION)
    throw inputError(
      'project.too-new',
      `${name} was written by a newer Citat (project format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Citat to open it.`,
      undefined,
      { name, version, supported: LATEST_SCHEMA_VERSION },
    );
  return version;
}

function openConnection(path: string, readonly: boolean): Database.Database {
  try {
    return new Database(path, { readonly, fileMustExist: true });
  } catch (err) {
    if (isDamageError(err)) throw err;
    throw foreseeableError(err, path) ?? err;
  }
}

/**
 * Before a read-only open, puts right what only a writer can: a journal left by a program
 * that stopped in the middle of a commit (a read-only connection cannot roll it back and
 * fails with SQLITE_READONLY_ROLLBACK), and a file left in WAL mode by Citat 0.1 (read-only
 * connections to it leave -wal/-shm files behind). Done only while no one holds the project:
 * a journal beside a project that is open elsewhere belongs to that program's commit.
 */
function recoverForReading(path: string, facts: ProjectFileFacts): void {
  const journal = existsSync(`${path}-journal`);
  if ((!facts.walMode && !journal) || facts.notWritable || currentLockHolder(path)) return;
  const lock = tryProjectLock(path, COMMAND);
  if (!('release' in lock)) return;
  try {
    const db = openConnection(path, false);
    try {
      configure(db);
      db.prepare('SELECT count(*) FROM sqlite_master').get(); // the first read rolls a hot journal back
    } finally {
      db.close();
    }
    removeStaleJournal(path);
  } finally {
    lock.release();
  }
}

/**
 * An empty journal is never hot (SQLite ignores it): one is left by a program killed before
 * its commit wrote anything. Removed so that nothing but the .citat file stays beside it;
 * a journal with content is SQLite's to roll back, never ours to delete.
 */
function removeStaleJournal(path: string): void {
  try {
    if (statSync(`${path}-journal`).size === 0) rmSync(`${path}-journal`, { force: true });
  } catch {
    // no journal
  }
}

async function openReadOnly(
  path: string,
  facts: ProjectFileFacts,
  reason: ReadOnlyReason | null,
): Promise<OpenedDatabase> {
  const name = basename(path);
  recoverForReading(path, facts);
  const db = openConnection(path, true);
  try {
    const version = checkIdentity(db, name);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < LATEST_SCHEMA_VERSION)
      throw inputError(
        'project.needs-migration',
        `${name} needs upgrading (it was made by an older Citat); open it for writing once`,
        undefined,
        { name },
      );
    // Texts are checked against their checksums as they are read; a read-only open checks pages.
    const problems = checkProjectDatabase(db, 'pages');
    const access: ProjectAccess =
      problems.length > 0
        ? damagedAccess(path, problems)
        : reason
          ? {
              mode: 'read-only',
              reason,
              detail:
                reason === 'file-read-only'
                  ? `${name} cannot be written`
                  : 'its folder cannot be written',
              damagedDocuments: [],
              pageProblems: [],
              newestGoodBackup: null,
              restoreCommand: null,
            }
          : { mode: 'read-write' };
    return {
      db,
      access,
      lock: null,
      identity: facts.identity,
      rollbackJournal: !facts.walMode,
      problems,
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

export async function openProjectDatabase(
  path: string,
  request: OpenRequest = {},
): Promise<OpenedDatabase> {
  try {
    return await openChecked(path, request);
  } catch (err) {
    // SQLite may find the damage anywhere on the way in (page 1 cut short, a bad schema page).
    if (isDamageError(err)) throw damagedError(path, (err as Error).message);
    throw err;
  }
}

async function openChecked(path: string, request: OpenRequest): Promise<OpenedDatabase> {
  const facts = inspectProjectFileOrDamaged(path);
  if (request.mode === 'read') return openReadOnly(path, facts, facts.notWritable);
  if (facts.notWritable) return openReadOnly(path, facts, facts.notWritable);
  const lock =
    request.heldLock ??
    (await acquireProjectLock(path, request.holder ?? COMMAND, request.lockWaitMs));
  let db: Database.Database | undefined;
  try {
    db = openConnection(path, false);
    const version = checkIdentity(db, basename(path));
    const rollbackJournal = configure(db);
    const problems = checkProjectDatabase(db, 'quick');
    if (problems.length > 0) {
      // Never written to, never backed up over good backups: read-only until restored.
      db.close();
      db = undefined;
      if (!request.heldLock) lock.release();
      const opened = await openReadOnly(path, facts, null);
      return { ...opened, access: damagedAccess(path, problems), problems };
    }
    removeStaleJournal(path);
    const migrating = version < LATEST_SCHEMA_VERSION;
    const fresh = inspectProjectFile(path);
    if (
      migrating ||
      !rollbackJournal ||
      !unchangedSinceLastBackup(path, fresh.changeCounter, fresh.size)
    )
      await takeBackup(db, path, migrating ? 'before-migration' : 'open');
    migrate(db);
    return {
      db,
      access: { mode: 'read-write' },
      lock,
      identity: facts.identity,
      rollbackJournal,
      problems: [],
    };
  } catch (err) {
    db?.close();
    if (!request.heldLock) lock.release();
    throw err;
  }
}

/**
 * inspectProjectFile, with damage reported together with the way back. A file that no
 * longer looks like SQLite but has backups beside it was a project: it is damaged.
 */
function inspectProjectFileOrDamaged(path: string): ProjectFileFacts {
  try {
    return inspectProjectFile(path);
  } catch (err) {
    if (err instanceof CitatError && err.code === 'project.damaged')
      throw damagedError(path, String(err.details?.detail ?? err.message));
    if (
      err instanceof CitatError &&
      err.code === 'project.not-citat' &&
      listBackups(path).length > 0
    )
      throw damagedError(path, 'it is no longer an SQLite database');
    throw err;
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
