/**
 * A table file that fails to write halfway through a regeneration (a full disk, a file
 * locked by Word): the run stops with the table named, the tables written before it are
 * recorded, and the failed one is left as it was — so the next run reports exactly what is
 * still to be written. The failure is injected into the rename (nothing else can be made
 * to fail deterministically after the checks pass, the tests running as root).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type * as Fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { tablesFixture } from './fixture';

const failing = vi.hoisted(() => ({ suffix: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (failing.suffix && String(to).endsWith(failing.suffix))
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

describe('tables.regenerate when a file cannot be written', () => {
  it('stops at that table, keeps its old file and records the tables written before it', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    await f.save({ name: 'A', file: 'thesis/a.md' });
    await f.save({ name: 'B', file: 'thesis/b.md' });
    await invoke(f.project, 'tables.regenerate', {});
    const oldB = readFileSync(join(f.folder, 'thesis', 'b.md'), 'utf8');
    f.code('TC', 'Principper/III Risiko', 'I Holstebro tør vi godt prøve ting af.');

    failing.suffix = 'b.md';
    await expect(invoke(f.project, 'tables.regenerate', {})).rejects.toMatchObject({
      kind: 'input',
      code: 'tables.write-failed',
      details: { name: 'B', file: 'thesis/b.md', reason: 'ENOSPC' },
    });
    expect(readFileSync(join(f.folder, 'thesis', 'b.md'), 'utf8')).toBe(oldB);
    expect(readdirSync(join(f.folder, 'thesis')).sort()).toEqual(['a.md', 'b.md']);
    expect((await invoke(f.project, 'tables.preview', { name: 'A' })).status).toBe('unchanged');
    expect((await invoke(f.project, 'tables.preview', { name: 'B' })).status).toBe('changed');

    failing.suffix = null;
    const results = await invoke(f.project, 'tables.regenerate', {});
    expect(results.map((r) => [r.name, r.status, r.written])).toEqual([
      ['A', 'unchanged', false],
      ['B', 'changed', true],
    ]);
  });
});
