import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../../src/main/backend/api/dispatch';
import { listBackups } from '../../../../src/main/backend/db/backups';
import { Project } from '../../../../src/main/backend/project/project';
import { createCodePath } from '../../../../src/main/backend/services/codes';
import { breakTextEncoding, flipBtreePage, flipTextByte } from '../../../helpers/damage';
import { addTranscript, newProject } from '../../../helpers/temp-project';

const SENTENCE = 'Men hvis man aldrig tør fejle, så lærer man heller ikke noget.';

/** A project with two interviews, 40 codes and one good backup, closed. */
async function preparedProject(): Promise<string> {
  const project = newProject('JKM.citat');
  addTranscript(project, 'JKM.txt', `I: Hvad med risiko?\nJKM: ${SENTENCE}\n`);
  addTranscript(
    project,
    'TC.txt',
    `I: Og økonomien?\nTC: Altså, den er stram. ${'Vi prioriterer. '.repeat(300)}\n`,
  );
  for (let i = 0; i < 40; i++)
    createCodePath(project, ['Principper', `Kode ${i} ${'x'.repeat(60)}`]);
  project.close();
  (await Project.open(project.path)).close(); // the good "open" backup
  return project.path;
}

const session = { program: 'citat serve', kind: 'session' } as const;

describe('damage is caught and never made worse', () => {
  it('opens a project with a broken B-tree page read-only, naming the newest good backup', async () => {
    const path = await preparedProject();
    const good = listBackups(path);
    flipBtreePage(path, 'codes');
    const project = await Project.open(path, { holder: session });
    try {
      expect(project.access).toMatchObject({
        mode: 'read-only',
        reason: 'damaged',
        newestGoodBackup: good[0]!.name,
      });
      if (project.access.mode === 'read-only')
        expect(project.access.restoreCommand).toBe(
          `citat backups restore ${path} ${good[0]!.name}`,
        );
      // No write reaches it, and it is not backed up over the good backups.
      await expect(invoke(project, 'codes.createPath', { path: ['Ny'] })).rejects.toMatchObject({
        code: 'project.read-only',
        details: { reason: 'damaged', backup: good[0]!.name },
      });
      expect(listBackups(path)).toEqual(good);
      const info = await invoke(project, 'project.info', {});
      expect(info.access.mode).toBe('read-only');
      expect(info.canUndo).toBeNull();
    } finally {
      project.close();
    }
  });

  it('catches a changed letter in a text page, which passes SQLite integrity_check', async () => {
    const path = await preparedProject();
    flipTextByte(path, 'heller ikke noget');
    const project = await Project.open(path, { holder: session });
    try {
      expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(project.access).toMatchObject({
        mode: 'read-only',
        reason: 'damaged',
        detail: 'the text of document "JKM.txt" does not match its checksum',
      });
    } finally {
      project.close();
    }
  });

  it('refuses to show a text that no longer matches its checksum (bytes that are not UTF-8)', async () => {
    const path = await preparedProject();
    const project = await Project.open(path, { holder: session });
    const id = project.read<{ id: string }>(`SELECT id FROM documents WHERE name = 'JKM.txt'`)[0]!
      .id;
    project.close();
    breakTextEncoding(path, 'tør fejle');
    // A read-only open checks pages only; the text is checked as it is read.
    const reader = await Project.open(path, { mode: 'read' });
    try {
      expect(reader.access).toEqual({ mode: 'read-write' });
      await expect(invoke(reader, 'documents.get', { id })).rejects.toMatchObject({
        code: 'project.damaged',
        message: expect.stringContaining(
          'the text of document "JKM.txt" does not match its checksum',
        ),
      });
      expect(reader.access).toMatchObject({ mode: 'read-only', reason: 'damaged' });
    } finally {
      reader.close();
    }
  });

  it('never counts a copy of a damaged file as a good backup', async () => {
    const path = await preparedProject();
    const copy = `${path}.copy`;
    copyFileSync(path, copy);
    flipTextByte(path, 'heller ikke noget');
    const project = await Project.open(copy, { mode: 'read' });
    project.close();
    const damaged = await Project.open(path, { mode: 'read' });
    try {
      await expect(damaged.backup('before-delete-code')).rejects.toMatchObject({
        code: 'backup.failed-check',
      });
    } finally {
      damaged.close();
    }
  });

  it('searches what is not damaged and names the texts it left out', async () => {
    const path = await preparedProject();
    breakTextEncoding(path, 'tør fejle');
    const reader = await Project.open(path, { mode: 'read' });
    try {
      const result = await invoke(reader, 'search.text', { query: 'økonomien' });
      expect(result.hits.map((h) => h.document)).toEqual(['TC.txt']);
      const both = await invoke(reader, 'search.text', { query: 'I' });
      expect(both.unreadable).toEqual(['JKM.txt']);
      expect(both.hits.every((h) => h.document === 'TC.txt')).toBe(true);
      expect(reader.access).toMatchObject({ reason: 'damaged', damagedDocuments: ['JKM.txt'] });
    } finally {
      reader.close();
    }
  });
});
