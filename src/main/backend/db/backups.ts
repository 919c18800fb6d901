/**
 * Backups of a project file, taken with SQLite's online backup API (a consistent copy even
 * while the project is in use) into `<project>.citat.backups/`. A copy counts only once it
 * has been checked like a project (pages and document checksums): a damaged project never
 * pushes good backups out. Which backups are kept is decided in backup-retention.ts.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { dataError } from '../errors';
import { backupsToPrune } from './backup-retention';
import { CITAT_APPLICATION_ID } from './application-id';
import { checkProjectDatabase, type CheckLevel } from './integrity';
import { inspectProjectFile } from './project-file';

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
/** Remembers what the newest backup was taken of, so an unchanged project is not copied again. */
const SOURCE_STATE_FILE = 'last-backup.json';

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
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
    let bytes: number;
    try {
      bytes = statSync(path).size;
    } catch {
      continue; // removed by a rotation that ran meanwhile
    }
    out.push({ name, path, reason, takenAt, bytes });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** Problems of a backup file checked as a project; none when it can be restored. */
export function checkBackupFile(path: string, level: CheckLevel = 'quick'): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== CITAT_APPLICATION_ID) return ['it is not a Citat project'];
    return checkProjectDatabase(db, level);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    db?.close();
  }
}

/** The newest backup that passes its check (backups are checked newest first, a few at most). */
export function newestGoodBackup(projectPath: string, maxChecked = 5): BackupInfo | null {
  for (const backup of listBackups(projectPath).slice(0, maxChecked)) {
    if (checkBackupFile(backup.path).length === 0) return backup;
  }
  return null;
}

interface SourceState {
  name: string;
  changeCounter: number;
  size: number;
}

/**
 * True when the newest backup was taken of exactly this file state (same SQLite change
 * counter and size, which every commit changes in rollback-journal mode).
 */
export function unchangedSinceLastBackup(
  projectPath: string,
  changeCounter: number,
  size: number,
): boolean {
  try {
    const folder = backupFolder(projectPath);
    const state = JSON.parse(readFileSync(join(folder, SOURCE_STATE_FILE), 'utf8')) as SourceState;
    return (
      state.changeCounter === changeCounter &&
      state.size === size &&
      listBackups(projectPath)[0]?.name === state.name
    );
  } catch {
    return false;
  }
}

export async function takeBackup(
  db: Database.Database,
  projectPath: string,
  reason: string,
): Promise<BackupInfo> {
  const folder = backupFolder(projectPath);
  mkdirSync(folder, { recursive: true });
  removeUnfinishedCopies(folder);
  const stamp = stampOf(new Date());
  // A counter keeps names unique and ordered when two backups fall in one millisecond.
  const existing = listBackups(projectPath).filter((b) => b.name.startsWith(stamp)).length;
  const safeReason = reason.toLowerCase().replace(/[^a-z-]+/g, '-');
  const name = `${stamp}-${String(existing).padStart(3, '0')}-${safeReason}.citat`;
  const path = join(folder, name);
  const partial = join(folder, `.${name}.partial`);
  try {
    await db.backup(partial);
    const problems = checkBackupFile(partial);
    if (problems.length > 0)
      throw dataError(
        'backup.failed-check',
        `the backup of ${basename(projectPath)} failed its check (${problems[0]}); the project itself may be damaged — run "citat check"`,
        { name: basename(projectPath) },
      );
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  rememberSource(db, projectPath, name);
  pruneBackups(projectPath);
  const info = listBackups(projectPath).find((b) => b.name === name);
  if (!info) throw new Error(`backup ${path} vanished right after it was written`);
  return info;
}

const UNFINISHED = /^\..+\.partial(-journal)?$/;

/**
 * A copy interrupted by a crash (`.<name>.partial`) is never a backup; as large as the
 * project, it is removed before the next one is written (the caller holds the lock).
 */
function removeUnfinishedCopies(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (UNFINISHED.test(name)) rmSync(join(folder, name), { force: true });
  }
}

/** In rollback-journal mode the file header's change counter tells whether anything was committed since. */
function rememberSource(db: Database.Database, projectPath: string, name: string): void {
  const statePath = join(backupFolder(projectPath), SOURCE_STATE_FILE);
  if (db.inTransaction || db.pragma('journal_mode', { simple: true }) !== 'delete') {
    rmSync(statePath, { force: true });
    return;
  }
  const { changeCounter, size } = inspectProjectFile(projectPath);
  const state: SourceState = { name, changeCounter, size };
  writeFileSync(statePath, JSON.stringify(state));
}

export function pruneBackups(projectPath: string, now = new Date()): void {
  for (const old of backupsToPrune(listBackups(projectPath), now))
    rmSync(old.path, { force: true });
}
