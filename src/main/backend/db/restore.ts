/**
 * Restoring a backup, built to work exactly when it is needed: when the project is
 * damaged, cut short, emptied or gone. The current file is never trusted: it is checked
 * on its own, kept as a "before-restore" backup when it is whole, or moved aside as
 * `<name>.citat.damaged-<time>` when it is not. The backup is copied beside the project,
 * flushed to disk and checked before an atomic rename puts it in place, so a crash at any
 * point leaves either the old file or the restored one, never a mix.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { dataError } from '../errors';
import { CITAT_APPLICATION_ID } from './application-id';
import { checkBackupFile, listBackups, takeBackup } from './backups';
import { checkProjectDatabase } from './integrity';
import { acquireProjectLock } from './project-lock';

export interface RestoreResult {
  restored: string;
  /** What became of the file that was replaced. */
  previous:
    | { kind: 'backed-up'; backup: string }
    | { kind: 'moved-aside'; path: string; problem: string }
    | { kind: 'missing' };
}

/** SQLite's companions of a database file; a stale one beside a restored file would corrupt it. */
const SIDECARS = ['-journal', '-wal', '-shm'] as const;

function flushToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some platforms (folders on Windows) cannot fsync this kind of handle.
  } finally {
    closeSync(fd);
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Keeps the current state as a backup when it is a whole project; returns its name, or
 * the problem. A writable connection (the lock is ours) first rolls back a journal left by
 * a crash, so the state kept is the last committed one.
 */
async function keepCurrent(projectPath: string): Promise<{ backup: string } | { problem: string }> {
  let db: Database.Database;
  try {
    db = new Database(projectPath, { fileMustExist: true });
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  }
  try {
    const problems =
      db.pragma('application_id', { simple: true }) === CITAT_APPLICATION_ID
        ? checkProjectDatabase(db, 'quick')
        : ['it is not a Citat project'];
    if (problems.length > 0) return { problem: problems[0]! };
    return { backup: (await takeBackup(db, projectPath, 'before-restore')).name };
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  } finally {
    db.close();
  }
}

function moveAside(projectPath: string): string {
  const aside = `${projectPath}.damaged-${stamp()}`;
  renameSync(projectPath, aside);
  for (const suffix of SIDECARS) {
    if (existsSync(projectPath + suffix)) renameSync(projectPath + suffix, aside + suffix);
  }
  return aside;
}

/** Copies left by a restore that was interrupted (the lock is ours, so none is in use). */
function removeInterruptedRestores(projectPath: string): void {
  const prefix = `${basename(projectPath)}.restoring-`;
  for (const name of readdirSync(dirname(projectPath))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(projectPath), name), { force: true });
  }
}

export async function restoreBackup(
  projectPath: string,
  backupName: string,
): Promise<RestoreResult> {
  const name = basename(projectPath);
  const backup = listBackups(projectPath).find((b) => b.name === backupName);
  if (!backup)
    throw dataError(
      'backup.not-found',
      `no backup named "${backupName}" for ${name} (see citat backups list)`,
      { name, backup: backupName },
    );
  const lock = await acquireProjectLock(projectPath, {
    program: 'citat backups restore',
    kind: 'command',
  });
  const staged = `${projectPath}.restoring-${randomBytes(4).toString('hex')}`;
  try {
    removeInterruptedRestores(projectPath);
    const backupProblems = checkBackupFile(backup.path);
    if (backupProblems.length > 0)
      throw dataError(
        'backup.damaged',
        `the backup ${backupName} is damaged (${backupProblems[0]}); choose an older one`,
        { name, backup: backupName },
      );
    copyFileSync(backup.path, staged);
    flushToDisk(staged);
    const stagedProblems = checkBackupFile(staged);
    if (stagedProblems.length > 0)
      throw dataError(
        'backup.copy-failed',
        `the copy of ${backupName} failed its check (${stagedProblems[0]}); nothing was changed`,
        { name, backup: backupName },
      );

    let previous: RestoreResult['previous'] = { kind: 'missing' };
    if (existsSync(projectPath)) {
      const kept = await keepCurrent(projectPath);
      if ('backup' in kept) {
        for (const suffix of SIDECARS) rmSync(projectPath + suffix, { force: true });
        previous = { kind: 'backed-up', backup: kept.backup };
      } else {
        previous = { kind: 'moved-aside', path: moveAside(projectPath), problem: kept.problem };
      }
    } else {
      for (const suffix of SIDECARS) rmSync(projectPath + suffix, { force: true });
    }
    renameSync(staged, projectPath);
    flushToDisk(dirname(projectPath));
    return { restored: backupName, previous };
  } finally {
    rmSync(staged, { force: true });
    lock.release();
  }
}
