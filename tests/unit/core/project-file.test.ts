import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../src/main/backend/project/project';
import { listBackups } from '../../../src/main/backend/db/backups';
import { OPEN_BACKUPS_KEPT } from '../../../src/main/backend/db/backup-retention';
import { restoreBackup } from '../../../src/main/backend/db/restore';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/backend/db/migrations';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { CitatError } from '../../../src/main/backend/errors';
import { newProject, openProject, tempDir } from '../../helpers/temp-project';

async function openError(path: string): Promise<CitatError> {
  try {
    (await Project.open(path)).close();
  } catch (err) {
    if (err instanceof CitatError) return err;
    throw err;
  }
  throw new Error('expected the open to fail');
}

describe('project file', () => {
  it('is SQLite with a rollback journal, foreign keys on and the current schema version', async () => {
    const created = newProject();
    created.close();
    const project = await openProject(created.path);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a file that is not SQLite, naming it', async () => {
    const path = join(tempDir(), 'notes.citat');
    writeFileSync(path, 'just some text, not a database');
    const err = await openError(path);
    expect(err.code).toBe('project.not-citat');
    expect(err.message).toContain('notes.citat');
  });

  it('refuses an SQLite database that is not a Citat project', async () => {
    const path = join(tempDir(), 'other.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect((await openError(path)).code).toBe('project.not-citat');
  });

  it('refuses a project written by a newer Citat, and leaves it untouched', async () => {
    const project = newProject();
    project.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    project.close();
    const err = await openError(project.path);
    expect(err.code).toBe('project.too-new');
    expect(err.message).toMatch(/newer Citat/);
    const db = new Database(project.path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
  });

  it('refuses a missing file with a clear message', async () => {
    expect((await openError(join(tempDir(), 'nope.citat'))).code).toBe('project.not-found');
  });

  it('takes a rotating backup on every open after a change and keeps the newest OPEN_BACKUPS_KEPT', async () => {
    const project = newProject();
    project.close();
    for (let i = 0; i < OPEN_BACKUPS_KEPT + 3; i++) {
      const opened = await Project.open(project.path);
      createCodePath(opened, [`Code ${i}`]);
      opened.close();
    }
    const backups = listBackups(project.path);
    expect(backups).toHaveLength(OPEN_BACKUPS_KEPT);
    expect(backups.every((b) => b.reason === 'open')).toBe(true);
    // Newest first.
    expect([...backups].sort((a, b) => (a.name < b.name ? 1 : -1))).toEqual(backups);
  });

  it('restores a backup, keeping a backup of the state it replaces', async () => {
    const project = newProject();
    project.close();
    const reopened = await Project.open(project.path);
    const [before] = listBackups(project.path);
    createCodePath(reopened, ['Principper', 'Risiko']);
    reopened.close();
    await restoreBackup(project.path, before!.name);
    const restored = await openProject(project.path);
    expect(restored.read('SELECT * FROM codes')).toHaveLength(0);
    const safety = listBackups(project.path).find((b) => b.reason === 'before-restore')!;
    const copy = join(tempDir(), 'copy.citat');
    copyFileSync(safety.path, copy);
    const saved = await openProject(copy);
    expect(saved.read('SELECT name FROM codes ORDER BY name')).toEqual([
      { name: 'Principper' },
      { name: 'Risiko' },
    ]);
  });

  it('upgrades an older project in a transaction after a backup', async () => {
    const project = newProject();
    project.db.exec(`DROP INDEX codings_by_range; DROP INDEX codings_unique_range;
      CREATE UNIQUE INDEX codings_unique_range ON codings(document_id, code_id, start_utf16, end_utf16);`);
    project.db.pragma('user_version = 1');
    project.close();
    const upgraded = await openProject(project.path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(
      upgraded.read(`SELECT name FROM sqlite_master WHERE name = 'codings_by_range'`),
    ).toHaveLength(1);
    expect(listBackups(project.path).map((b) => b.reason)).toContain('before-migration');
  });
});
