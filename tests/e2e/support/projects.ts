/**
 * Project files in the states the safety specs serve: damaged (a document's text no longer
 * matches its checksum, with a good backup beside it) and kept in a synced folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { Project } from '../../../src/main/backend/project/project';
import { JKM_FILE, TC_FILE } from './fixtures';

const SERVE = { program: 'citat serve', kind: 'session' } as const;

/**
 * Two interviews and a case, backed up on opening; then JKM.txt's checksum no longer
 * matches its text, as after a bad sector or a bad copy (the text itself is left alone, so
 * the search index still agrees with it and searching works).
 */
export async function damagedProject(dir: string): Promise<Project> {
  const path = join(dir, 'speciale.citat');
  const made = Project.create(path);
  await invoke(made, 'documents.importFiles', { paths: [JKM_FILE, TC_FILE] });
  await invoke(made, 'cases.create', { name: 'Aalborg Kommune' });
  made.close();
  // Opening for writing takes a verified backup: the newest good one.
  (await Project.open(path)).close();
  const db = new Database(path);
  db.prepare(
    `UPDATE documents SET text = replace(text, 'fejle', 'fejle!') WHERE name = 'JKM.txt'`,
  ).run();
  db.close();
  return Project.open(path, { holder: SERVE });
}

/** A new project in ~/Dropbox (with HOME pointed at the session's temp dir). */
export function syncedProject(dir: string): Project {
  const home = process.env.HOME;
  process.env.HOME = dir;
  try {
    mkdirSync(join(dir, 'Dropbox'));
    return Project.create(join(dir, 'Dropbox', 'speciale.citat'));
  } finally {
    process.env.HOME = home;
  }
}

/** Another program writing to the project file while it is served. */
export function writeFromOutside(path: string, sql: string): void {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run();
  } finally {
    db.close();
  }
}
