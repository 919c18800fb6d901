/**
 * Rotating backups of a project file, taken with SQLite's online backup API so a
 * consistent copy is made even while the project is open. Kept beside the project in
 * `<project>.backups/`, newest first, at most MAX_BACKUPS of them.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { dataError } from '../errors';

export const MAX_BACKUPS = 12;

export interface BackupInfo {
  /** File name inside the backup folder; pass it to restore. */
  name: string;
  path: string;
  reason: string;
  takenAt: string;
  bytes: number;
}

export function backupFolder(projectPath: string): string {
  return join(dirname(projectPath), `${basename(projectPath)}.backups`);
}

const NAME_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(\d{3})-([a-z-]+)\.citat$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export async function takeBackup(
  db: Database.Database,
  projectPath: string,
  reason: string,
): Promise<BackupInfo> {
  const folder = backupFolder(projectPath);
  mkdirSync(folder, { recursive: true });
  const stamp = stampOf(new Date());
  // A counter keeps names unique and ordered when two backups fall in one millisecond.
  const existing = listBackups(projectPath).filter((b) => b.name.startsWith(stamp)).length;
  const safeReason = reason.toLowerCase().replace(/[^a-z-]+/g, '-');
  const name = `${stamp}-${String(existing).padStart(3, '0')}-${safeReason}.citat`;
  const path = join(folder, name);
  await db.backup(path);
  pruneBackups(projectPath);
  const info = listBackups(projectPath).find((b) => b.name === name);
  if (!info) throw new Error(`backup ${path} vanished right after it was written`);
  return info;
}

export function listBackups(projectPath: string): BackupInfo[] {
  const folder = backupFolder(projectPath);
  if (!existsSync(folder)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const match = NAME_PATTERN.exec(name);
    if (!match) continue;
    const [, stamp, , reason] = match as unknown as [string, string, string, string];
    const takenAt = stamp.replace(
      /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/,
      '$1T$2:$3:$4.$5Z',
    );
    const path = join(folder, name);
    out.push({ name, path, reason, takenAt, bytes: statSync(path).size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : -1));
}

function pruneBackups(projectPath: string): void {
  for (const old of listBackups(projectPath).slice(MAX_BACKUPS)) rmSync(old.path, { force: true });
}

/**
 * Replaces the project file with a backup. `beforeReplace` runs once the backup is safely
 * copied aside (taking a backup of the current state there may rotate the chosen one
 * away); every connection to the project must be closed when it returns.
 */
export async function restoreBackup(
  projectPath: string,
  backupName: string,
  beforeReplace: () => Promise<void>,
): Promise<void> {
  const backup = listBackups(projectPath).find((b) => b.name === backupName);
  if (!backup)
    throw dataError(
      'backup.not-found',
      `no backup named "${backupName}" for ${basename(projectPath)}`,
    );
  const staged = `${projectPath}.restoring`;
  copyFileSync(backup.path, staged);
  try {
    await beforeReplace();
    for (const suffix of ['-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
    copyFileSync(staged, projectPath);
  } finally {
    rmSync(staged, { force: true });
  }
}
