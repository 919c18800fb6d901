import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../../src/main/backend/project/project';
import { createCodePath } from '../../../../src/main/backend/services/codes';
import { listBackups } from '../../../../src/main/backend/db/backups';
import { addTranscript, codeNames, newProject, tempDir } from '../../../helpers/temp-project';

const sidecars = (path: string) =>
  ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(path + suffix));

describe('the .citat file alone is the whole project', () => {
  it('holds every committed action while the project is open, with nothing beside it', () => {
    const project = newProject();
    addTranscript(project, 'JKM.txt', 'I: Hvordan?\nJKM: Sådan.\n');
    for (let i = 0; i < 20; i++) createCodePath(project, ['Principper', `Kode ${i}`]);
    expect(sidecars(project.path)).toEqual([]);
    // What a student does: copies the file to a USB stick while the app is open.
    const copy = join(tempDir(), 'usb.citat');
    copyFileSync(project.path, copy);
    expect(codeNames(copy)).toHaveLength(21);
  });

  it('leaves no -wal, -shm or -journal after close, nor after a read-only open', async () => {
    const created = newProject();
    createCodePath(created, ['A']);
    created.close();
    expect(sidecars(created.path)).toEqual([]);
    const reader = await Project.open(created.path, { mode: 'read' });
    expect(reader.read('SELECT name FROM codes')).toHaveLength(1);
    expect(sidecars(created.path)).toEqual([]);
    reader.close();
    expect(sidecars(created.path)).toEqual([]);
    expect(readdirSync(join(created.path, '..'))).toEqual(['test.citat']);
  });

  it('takes a project left in WAL mode by Citat 0.1 back to a single file, on a read-only open too', async () => {
    const created = newProject();
    createCodePath(created, ['A']);
    created.close();
    const old = new Database(created.path);
    old.pragma('journal_mode = WAL');
    old.close();
    const reader = await Project.open(created.path, { mode: 'read' });
    expect(reader.db.pragma('journal_mode', { simple: true })).toBe('delete');
    reader.close();
    expect(sidecars(created.path)).toEqual([]);
  });

  it('takes no new "open" backup when nothing changed since the last one', async () => {
    const created = newProject();
    created.close();
    (await Project.open(created.path)).close();
    const first = listBackups(created.path);
    (await Project.open(created.path)).close();
    (await Project.open(created.path)).close();
    expect(listBackups(created.path)).toEqual(first);
    const changed = await Project.open(created.path);
    createCodePath(changed, ['B']);
    changed.close();
    (await Project.open(created.path)).close();
    expect(listBackups(created.path)).toHaveLength(first.length + 1);
  });

  it('removes an empty journal and an unfinished backup copy left by a killed program', async () => {
    const created = newProject();
    created.close();
    (await Project.open(created.path)).close();
    writeFileSync(`${created.path}-journal`, '');
    const partial = join(
      `${created.path}.backups`,
      '.2026-12-03T10-00-00-000Z-000-open.citat.partial',
    );
    writeFileSync(partial, Buffer.alloc(4096, 1));
    // Opened and closed without a change: nothing else would remove the journal.
    (await Project.open(created.path, { mode: 'read' })).close();
    expect(sidecars(created.path)).toEqual([]);
    writeFileSync(`${created.path}-journal`, '');
    (await Project.open(created.path)).close();
    expect(sidecars(created.path)).toEqual([]);
    const project = await Project.open(created.path);
    await project.backup('before-delete-code');
    project.close();
    expect(existsSync(partial)).toBe(false);
  });
});
