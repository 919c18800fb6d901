import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../src/main/backend/db/backups';
import { acquireProjectLock } from '../../../../src/main/backend/db/project-lock';
import { restoreBackup } from '../../../../src/main/backend/db/restore';
import { Project } from '../../../../src/main/backend/project/project';
import { createCodePath } from '../../../../src/main/backend/services/codes';
import { codeNames, newProject } from '../../../helpers/temp-project';

/** A project whose newest backup holds the codes A and B. */
async function withBackup(): Promise<{ path: string; backup: string }> {
  const project = newProject('JKM.citat');
  createCodePath(project, ['A']);
  createCodePath(project, ['B']);
  project.close();
  (await Project.open(project.path)).close();
  return { path: project.path, backup: listBackups(project.path)[0]!.name };
}

const asideFiles = (path: string) =>
  readdirSync(dirname(path)).filter((name) => name.startsWith('JKM.citat.damaged-'));

describe('restoring a backup works exactly when it is needed', () => {
  const damage: Record<string, (path: string) => void> = {
    truncated: (path) => truncateSync(path, Math.floor(readFileSync(path).length / 2)),
    garbage: (path) => writeFileSync(path, Buffer.alloc(8192, 0x5a)),
    empty: (path) => writeFileSync(path, ''),
  };
  for (const [kind, spoil] of Object.entries(damage)) {
    it(`restores over a ${kind} project, moving the damaged file aside`, async () => {
      const { path, backup } = await withBackup();
      spoil(path);
      const result = await restoreBackup(path, backup);
      expect(result.previous.kind).toBe('moved-aside');
      expect(codeNames(path)).toEqual(['A', 'B']);
      expect(asideFiles(path)).toHaveLength(1);
      (await Project.open(path)).close();
    });
  }

  it('restores a missing project', async () => {
    const { path, backup } = await withBackup();
    rmSync(path);
    expect((await restoreBackup(path, backup)).previous).toEqual({ kind: 'missing' });
    expect(codeNames(path)).toEqual(['A', 'B']);
  });

  it('keeps a whole current file as a "before-restore" backup, and a stale journal never touches the restored file', async () => {
    const { path, backup } = await withBackup();
    const project = await Project.open(path);
    createCodePath(project, ['C']);
    project.close();
    writeFileSync(`${path}-journal`, Buffer.alloc(4096, 1));
    const result = await restoreBackup(path, backup);
    expect(result.previous.kind).toBe('backed-up');
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(codeNames(path)).toEqual(['A', 'B']);
    const kept = listBackups(path).find((b) => b.reason === 'before-restore')!;
    expect(codeNames(kept.path)).toEqual(['A', 'B', 'C']);
  });

  it('is refused while the project is open anywhere, and leaves the file as it was', async () => {
    const { path, backup } = await withBackup();
    const session = await acquireProjectLock(path, {
      program: 'Citat desktop app',
      kind: 'session',
    });
    try {
      const before = readFileSync(path);
      await expect(restoreBackup(path, backup)).rejects.toMatchObject({ code: 'project.locked' });
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      session.release();
    }
  });

  it('refuses a damaged backup and an unknown name without touching the project', async () => {
    const { path, backup } = await withBackup();
    const chosen = listBackups(path).find((b) => b.name === backup)!;
    writeFileSync(chosen.path, Buffer.alloc(4096, 7));
    const before = readFileSync(path);
    await expect(restoreBackup(path, backup)).rejects.toMatchObject({ code: 'backup.damaged' });
    await expect(restoreBackup(path, 'nope.citat')).rejects.toMatchObject({
      code: 'backup.not-found',
    });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dirname(path)).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });
});
