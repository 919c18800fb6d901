import { describe, expect, it } from 'vitest';
import {
  BACKUP_FOLDER_CAP_BYTES,
  OPEN_BACKUPS_KEPT,
  SAFETY_BACKUPS_KEPT,
  backupsToPrune,
  type RetainedBackup,
} from '../../../../src/main/backend/db/backup-retention';
import { listBackups } from '../../../../src/main/backend/db/backups';
import { Project } from '../../../../src/main/backend/project/project';
import { createCodePath } from '../../../../src/main/backend/services/codes';
import { deleteCode } from '../../../../src/main/backend/services/code-removal';
import { newProject } from '../../../helpers/temp-project';

const NOW = new Date('2026-12-03T12:00:00.000Z');

function backup(daysAgo: number, reason: string, seq = 0, bytes = 1000): RetainedBackup {
  const taken = new Date(NOW.getTime() - daysAgo * 86_400_000 - seq * 1000);
  const stamp = taken.toISOString().replace(/[:.]/g, '-');
  return { name: `${stamp}-000-${reason}.citat`, reason, takenAt: taken.toISOString(), bytes };
}

describe('which backups are kept', () => {
  it('rotates "open" backups, keeping the newest OPEN_BACKUPS_KEPT', () => {
    const backups = Array.from({ length: OPEN_BACKUPS_KEPT + 5 }, (_, i) => backup(0, 'open', i));
    const pruned = backupsToPrune(backups, NOW);
    expect(pruned).toHaveLength(5);
    expect(pruned.every((b) => backups.indexOf(b) >= OPEN_BACKUPS_KEPT)).toBe(true);
  });

  it('keeps every "before …" backup younger than 30 days, however many "open" ones follow', () => {
    const safety = Array.from({ length: 40 }, (_, i) => backup(i * 0.5, 'before-delete-code', i));
    const opens = Array.from({ length: 60 }, (_, i) => backup(0, 'open', i));
    const pruned = backupsToPrune([...safety, ...opens], NOW);
    expect(pruned.filter((b) => b.reason !== 'open')).toEqual([]);
  });

  it('keeps the newest SAFETY_BACKUPS_KEPT "before …" backups whatever their age, and drops older ones past 30 days', () => {
    const old = Array.from({ length: 25 }, (_, i) => backup(100 + i, 'before-merge-codes', i));
    const pruned = backupsToPrune(old, NOW);
    expect(pruned).toHaveLength(25 - SAFETY_BACKUPS_KEPT);
    expect(pruned.every((b) => old.indexOf(b) >= SAFETY_BACKUPS_KEPT)).toBe(true);
  });

  it('meets the size cap by dropping the oldest "open" backups first, never the guaranteed ones', () => {
    const big = BACKUP_FOLDER_CAP_BYTES / 4;
    const opens = Array.from({ length: 6 }, (_, i) => backup(0, 'open', i, big));
    const safety = [
      backup(1, 'before-delete-document', 0, big),
      backup(2, 'before-text-edit', 0, big),
    ];
    const pruned = backupsToPrune([...opens, ...safety], NOW);
    expect(pruned.every((b) => b.reason === 'open')).toBe(true);
    const keptBytes = [...opens, ...safety]
      .filter((b) => !pruned.includes(b))
      .reduce((s, b) => s + b.bytes, 0);
    expect(keptBytes).toBeLessThanOrEqual(BACKUP_FOLDER_CAP_BYTES);
    expect(pruned).not.toContain(opens[0]);
  });

  it('keeps the before-delete backups of a project through 50 ordinary commands after two deletions', async () => {
    const created = newProject('JKM.citat');
    createCodePath(created, ['Principper', 'Gammel']);
    createCodePath(created, ['Principper', 'Forældet']);
    created.close();
    for (const name of ['Gammel', 'Forældet']) {
      const project = await Project.open(created.path);
      const [row] = project.read<{ id: string }>('SELECT id FROM codes WHERE name = ?', name);
      await deleteCode(project, row!.id);
      project.close();
    }
    for (let i = 0; i < 50; i++) {
      const project = await Project.open(created.path);
      createCodePath(project, ['Temaer', `Tema ${i}`]);
      project.close();
    }
    const reasons = listBackups(created.path).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'before-delete-code')).toHaveLength(2);
    expect(reasons.filter((r) => r === 'open')).toHaveLength(OPEN_BACKUPS_KEPT);
  });
});
