import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../../src/main/backend/api/dispatch';
import { Project } from '../../../../src/main/backend/project/project';
import { newProject, tempDir } from '../../../helpers/temp-project';

const session = { program: 'citat serve', kind: 'session' } as const;

async function openSession(path: string): Promise<Project> {
  return Project.open(path, { holder: session });
}

describe('a change made by another program while the project is open', () => {
  it('is noticed (data_version), and undo no longer reaches back past it', async () => {
    const created = newProject();
    created.close();
    const project = await openSession(created.path);
    try {
      await invoke(project, 'codes.createPath', { path: ['Mine'] });
      // Another machine on a share writes without the lock.
      const other = new Database(created.path);
      other
        .prepare(
          `INSERT INTO codes (id, parent_id, name, color, position, created_at) VALUES ('x', NULL, 'Theirs', '#112233', 9, '2026-01-01')`,
        )
        .run();
      other.close();
      const info = await invoke(project, 'project.info', {});
      expect(info.outsideChanges).toBe(1);
      expect(info.codes).toBe(2);
      expect(info.canUndo).toBeNull();
      await expect(invoke(project, 'history.undo', {})).rejects.toMatchObject({
        code: 'history.nothing-to-undo',
      });
      // Steps made after the change can be undone as usual.
      await invoke(project, 'codes.createPath', { path: ['Later'] });
      expect((await invoke(project, 'project.info', {})).canUndo).toMatch(/Later/);
      expect((await invoke(project, 'project.status', {})).outsideChanges).toBe(1);
    } finally {
      project.close();
    }
  });

  it('follows the file when it is replaced underneath (a sync client, a restore elsewhere)', async () => {
    const created = newProject();
    created.close();
    const project = await openSession(created.path);
    try {
      await invoke(project, 'codes.createPath', { path: ['Before'] });
      const elsewhere = join(tempDir(), 'other.citat');
      copyFileSync(created.path, elsewhere);
      const db = new Database(elsewhere);
      db.prepare(`UPDATE codes SET name = 'Replaced'`).run();
      db.close();
      renameSync(elsewhere, created.path);
      const codes = await invoke(project, 'codes.list', {});
      expect(codes.map((c) => c.name)).toEqual(['Replaced']);
      await invoke(project, 'codes.createPath', { path: ['After'] });
      project.close();
      const reread = new Database(created.path, { readonly: true });
      expect(reread.prepare('SELECT name FROM codes ORDER BY name').all()).toEqual([
        { name: 'After' },
        { name: 'Replaced' },
      ]);
      reread.close();
    } finally {
      project.close();
    }
  });

  it('puts the file back when it is deleted while open, so nothing is lost', async () => {
    const created = newProject();
    created.close();
    const project = await openSession(created.path);
    try {
      await invoke(project, 'codes.createPath', { path: ['Kept'] });
      rmSync(created.path);
      await invoke(project, 'codes.createPath', { path: ['Also kept'] });
      project.close();
      const reread = new Database(created.path, { readonly: true });
      expect(reread.prepare('SELECT name FROM codes ORDER BY name').all()).toEqual([
        { name: 'Also kept' },
        { name: 'Kept' },
      ]);
      reread.close();
    } finally {
      project.close();
    }
  });
});
