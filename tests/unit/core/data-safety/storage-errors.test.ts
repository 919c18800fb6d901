import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../../../src/main/backend/api/dispatch';
import { foreseeableError } from '../../../../src/main/backend/db/storage-errors';
import { Project } from '../../../../src/main/backend/project/project';
import { newProject, tempDir } from '../../../helpers/temp-project';

describe('foreseeable conditions get their own message, not "internal error"', () => {
  it('a folder given as the project', async () => {
    const folder = join(tempDir(), 'speciale.citat');
    mkdirSync(folder);
    await expect(Project.open(folder)).rejects.toMatchObject({
      code: 'project.is-folder',
      message: 'speciale.citat is a folder, not a Citat project file',
    });
  });

  it('a full disk, as SQLite reports it (SQLITE_FULL), leaves the project as it was', async () => {
    const project = newProject();
    const pages = project.db.pragma('page_count', { simple: true }) as number;
    project.db.pragma(`max_page_count = ${pages}`);
    const big = 'x'.repeat(100_000);
    const result = await call(project, 'codes.create', {
      parentId: null,
      name: 'Stor',
      definition: big,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'data', code: 'disk.full' } });
    expect(project.read('SELECT * FROM codes')).toEqual([]);
    expect(project.history.list()).toEqual([]);
  });

  it('another program holding a write lock (SQLITE_BUSY) is "busy", not "database is locked"', async () => {
    const project = newProject();
    project.db.pragma('busy_timeout = 0');
    const other = new Database(project.path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const result = await call(project, 'codes.createPath', { path: ['A'] });
      expect(result).toMatchObject({ ok: false, error: { code: 'project.busy' } });
      if (!result.ok) expect(result.error.message).toMatch(/test\.citat is busy/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('maps file-system errors by their code and leaves bugs alone', () => {
    const eacces = Object.assign(new Error('EACCES: permission denied'), {
      code: 'EACCES',
      path: '/x/JKM.citat',
    });
    expect(foreseeableError(eacces)).toMatchObject({
      code: 'file.no-permission',
      message: 'cannot open JKM.citat: permission denied',
    });
    const enospc = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: '/x/tabel.docx' });
    expect(foreseeableError(enospc)).toMatchObject({ code: 'disk.full' });
    const corrupt = Object.assign(new Error('database disk image is malformed'), {
      code: 'SQLITE_CORRUPT',
    });
    expect(foreseeableError(corrupt, '/x/JKM.citat')).toMatchObject({
      code: 'project.damaged',
      message: 'JKM.citat is damaged (database disk image is malformed)',
    });
    expect(foreseeableError(new TypeError('x is undefined'))).toBeNull();
  });
});
