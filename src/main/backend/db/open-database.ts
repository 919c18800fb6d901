/**
 * Opens a project file: checks it really is a Citat project of a version this build
 * understands, sets the connection up (foreign keys, WAL) and runs pending migrations,
 * each in its own transaction after a backup.
 */
import Database from 'better-sqlite3';
import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { inputError } from '../errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { takeBackup } from './backups';

/** "CITA" — marks the SQLite file as a Citat project (PRAGMA application_id). */
export const CITAT_APPLICATION_ID = 0x43495441;

const SQLITE_HEADER = 'SQLite format 3\0';

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

export function createProjectDatabase(path: string): Database.Database {
  if (existsSync(path)) throw inputError('project.exists', `${basename(path)} already exists`);
  const db = new Database(path);
  configure(db);
  db.pragma(`application_id = ${CITAT_APPLICATION_ID}`);
  migrate(db);
  return db;
}

export interface OpenOptions {
  readonly?: boolean;
}

export async function openProjectDatabase(
  path: string,
  options: OpenOptions = {},
): Promise<Database.Database> {
  const name = basename(path);
  if (!existsSync(path)) throw inputError('project.not-found', `${name}: no such project file`);
  if (readHeader(path) !== SQLITE_HEADER) {
    throw inputError(
      'project.not-citat',
      `${name} is not a Citat project (not an SQLite database)`,
    );
  }
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: true });
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== CITAT_APPLICATION_ID) {
      throw inputError(
        'project.not-citat',
        `${name} is an SQLite database but not a Citat project`,
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw inputError(
        'project.too-new',
        `${name} was written by a newer Citat (project format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Citat to open it.`,
      );
    }
    if (options.readonly) {
      db.pragma('foreign_keys = ON');
      if (version < LATEST_SCHEMA_VERSION) {
        throw inputError(
          'project.needs-migration',
          `${name} needs upgrading; open it for writing once`,
        );
      }
      return db;
    }
    configure(db);
    await takeBackup(db, path, version < LATEST_SCHEMA_VERSION ? 'before-migration' : 'open');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
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
