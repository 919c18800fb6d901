/**
 * tables.regenerate: the core writes the table files itself, for every transport — each
 * changed file replaced in one step (a new file renamed over the old one), an unchanged
 * file left alone with its modification time, and a file changed outside Citat refused
 * before anything is written or recorded. Real files in a temp folder.
 */
import {
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { writeFileAtomically } from '../../../src/main/backend/services/tables/table-files';
import { serializeSnapshot, snapshotTables } from '../../helpers/table-snapshot';
import { tempDir } from '../../helpers/temp-project';
import { tablesFixture } from './fixture';

const RISK = 'Vi tør godt fejle.';
const TC_RISK = 'I Holstebro tør vi godt prøve ting af.';
const PRINCIPLES = {
  rowsRoot: ['Principper'],
  columns: { kind: 'speakers' as const },
  mode: 'quotes' as const,
  citation: 'located',
  language: 'da' as const,
};

const regenerate = (f: ReturnType<typeof tablesFixture>, names?: string[]) =>
  invoke(f.project, 'tables.regenerate', names ? { names } : {});

describe('tables.regenerate', () => {
  it('writes a new table, leaves an unchanged one alone and replaces a changed one whole', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save({ format: 'docx', file: 'thesis/bilag1.docx', options: PRINCIPLES });
    const path = join(f.folder, 'thesis', 'bilag1.docx');

    const [first] = await regenerate(f);
    expect(first).toMatchObject({ name: 'Bilag 1', status: 'new', written: true, path });
    // Reports only: the bytes stay in the core.
    expect(first).not.toHaveProperty('bytes');
    const direct = (await invoke(f.project, 'matrix.export', {
      options: PRINCIPLES,
      format: 'docx',
    })) as { bytes: Uint8Array };
    expect(readFileSync(path).equals(Buffer.from(direct.bytes))).toBe(true);

    const past = new Date(2021, 5, 1);
    utimesSync(path, past, past);
    const before = statSync(path);
    const [second] = await regenerate(f);
    expect(second).toMatchObject({ status: 'unchanged', written: false, fileState: 'as-exported' });
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(path).ino).toBe(before.ino);

    f.code('TC', 'Principper/V Ledelse', TC_RISK);
    const [third] = await regenerate(f, ['Bilag 1']);
    expect(third).toMatchObject({
      status: 'changed',
      written: true,
      added: [{ row: 'V Ledelse', column: 'TC', text: TC_RISK, citation: '(TC, 00:01:10)' }],
      removed: [],
      edited: [],
    });
    const after = statSync(path);
    expect(after.mtimeMs).toBeGreaterThan(before.mtimeMs);
    // Renamed over the old file, not rewritten in place: a reader never sees half a table.
    expect(after.ino).not.toBe(before.ino);
    expect(readdirSync(join(f.folder, 'thesis'))).toEqual(['bilag1.docx']);
    // Recorded: the next run has nothing to do.
    expect((await invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).status).toBe(
      'unchanged',
    );
  });

  it('writes a missing file again and records a table re-saved to a new file', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    const [first] = await regenerate(f);
    rmSync(first!.path);
    const [again] = await regenerate(f);
    expect(again).toMatchObject({ status: 'unchanged', fileState: 'missing', written: true });
    expect(readFileSync(first!.path, 'utf8')).toContain(`»${RISK}«`);

    await f.save({ file: 'thesis/appendix.md' });
    const [moved] = await regenerate(f);
    expect(moved).toMatchObject({ file: 'thesis/appendix.md', written: true });
    expect(readFileSync(join(f.folder, 'thesis', 'appendix.md'), 'utf8')).toBe(
      readFileSync(first!.path, 'utf8'),
    );
    expect((await regenerate(f))[0]).toMatchObject({ written: false, fileState: 'as-exported' });
  });

  it('refuses a file changed outside Citat, writing and recording nothing for any table', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save({ name: 'A', file: 'thesis/a.md' });
    await f.save({ name: 'B', file: 'thesis/b.md' });
    await regenerate(f);
    writeFileSync(join(f.folder, 'thesis', 'b.md'), 'mine rettelser');
    f.code('TC', 'Principper/III Risiko', TC_RISK);
    const a = readFileSync(join(f.folder, 'thesis', 'a.md'), 'utf8');
    const before = serializeSnapshot(snapshotTables(f.project));

    const error = await regenerate(f).catch((err: unknown) => err);
    expect(error).toMatchObject({
      code: 'tables.file-changed',
      details: { name: 'B', file: 'thesis/b.md' },
    });
    // A comes before B, yet was not written: every table is checked before any is.
    expect(readFileSync(join(f.folder, 'thesis', 'a.md'), 'utf8')).toBe(a);
    expect(readFileSync(join(f.folder, 'thesis', 'b.md'), 'utf8')).toBe('mine rettelser');
    expect(serializeSnapshot(snapshotTables(f.project))).toBe(before);
    // The other table alone can still be regenerated.
    expect((await regenerate(f, ['A']))[0]).toMatchObject({ status: 'changed', written: true });
  });

  it('refuses with the table named when its folder does not exist', async () => {
    const f = tablesFixture();
    await f.save({ name: 'A', file: 'gone/a.md' });
    await expect(regenerate(f)).rejects.toMatchObject({
      code: 'tables.folder-missing',
      details: { name: 'A', file: 'gone/a.md' },
    });
    expect(f.project.read('SELECT * FROM saved_table_exports')).toEqual([]);
  });

  it('is not an undo step', async () => {
    const f = tablesFixture();
    await f.save();
    const steps = f.project.history.list().length;
    await regenerate(f);
    expect(f.project.history.list()).toHaveLength(steps);
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file with the new bytes and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'bilag.tex');
    writeFileSync(path, 'old');
    writeFileAtomically(path, new TextEncoder().encode('ny æøå'));
    expect(readFileSync(path, 'utf8')).toBe('ny æøå');
    expect(readdirSync(dir)).toEqual(['bilag.tex']);
  });

  it('leaves the old file and no temporary file when it cannot write', () => {
    const dir = tempDir();
    const path = join(dir, 'bilag.tex');
    writeFileSync(path, 'old');
    // A folder where the file should be: the rename fails after the temporary file is written.
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(blocked, new TextEncoder().encode('x'))).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['bilag.tex', 'blocked']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('takes a file name as long as the folder allows', () => {
    const dir = tempDir();
    const path = join(dir, `${'b'.repeat(250)}.md`);
    writeFileAtomically(path, new TextEncoder().encode('x'));
    expect(readFileSync(path, 'utf8')).toBe('x');
  });
});
