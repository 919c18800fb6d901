/**
 * Saved tables in the core: saving and deleting as undo steps, the file relative to the
 * project's folder, regeneration with a report of exactly what changed, and the last
 * export kept in the project file.
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { CitatError } from '../../../src/main/backend/errors';
import { snapshotTables, serializeSnapshot } from '../../helpers/table-snapshot';
import { openProject } from '../../helpers/temp-project';
import { tablesFixture } from './fixture';

const RISK = 'Vi tør godt fejle.';
const TC_RISK = 'I Holstebro tør vi godt prøve ting af.';
const PRINCIPLES = {
  rowsRoot: ['Principper'],
  columns: { kind: 'speakers' as const },
  citation: 'short',
};

describe('tables.save, tables.list, tables.delete', () => {
  it('keeps a named table with its file relative to the project folder', async () => {
    const f = tablesFixture();
    const saved = (await f.save()) as { replaced: boolean };
    expect(saved.replaced).toBe(false);
    const [table, ...rest] = await invoke(f.project, 'tables.list', {});
    expect(rest).toEqual([]);
    expect(table).toMatchObject({
      name: 'Bilag 1',
      file: 'thesis/bilag1.md',
      path: join(f.folder, 'thesis', 'bilag1.md'),
      format: 'md',
      standalone: false,
      lastExport: null,
    });
    expect(table!.options).toMatchObject({ rowsRoot: ['Principper'], citation: 'located' });
    // Stored relative, with "/" separators, also for a file outside the project's folder.
    await f.save({
      name: 'Bilag 2',
      file: join(f.folder, '..', 'andet', 'b2.docx'),
      format: 'docx',
    });
    const stored = f.project.read<{ file: string }>(
      'SELECT file FROM saved_tables ORDER BY position',
    );
    expect(stored.map((row) => row.file)).toEqual(['thesis/bilag1.md', '../andet/b2.docx']);
  });

  it('replaces a table of the same name (in any case), and each save is one undo step', async () => {
    const f = tablesFixture();
    await f.save();
    const before = serializeSnapshot(snapshotTables(f.project));
    const replaced = (await f.save({ name: 'bilag 1', format: 'tex', file: 'thesis/b.tex' })) as {
      replaced: boolean;
    };
    expect(replaced.replaced).toBe(true);
    const tables = await invoke(f.project, 'tables.list', {});
    expect(tables.map((t) => [t.name, t.format, t.file])).toEqual([
      ['bilag 1', 'tex', 'thesis/b.tex'],
    ]);
    expect(f.project.history.undo()).toBe('Save table "bilag 1"');
    expect(serializeSnapshot(snapshotTables(f.project))).toBe(before);
    expect(f.project.history.undo()).toBe('Save table "Bilag 1"');
    expect(await invoke(f.project, 'tables.list', {})).toEqual([]);
    f.project.history.redo();
    expect((await invoke(f.project, 'tables.list', {})).map((t) => t.name)).toEqual(['Bilag 1']);
  });

  it('refuses a table that cannot be built, saving nothing', async () => {
    const f = tablesFixture();
    await expect(
      f.save({ options: { ...PRINCIPLES, rowsRoot: ['Ingen'], mode: 'quotes' } }),
    ).rejects.toThrow('no code "Ingen"');
    await expect(
      f.save({ options: { ...PRINCIPLES, mode: 'quotes', citation: '{nope}' } }),
    ).rejects.toThrow(/citation template/);
    await expect(f.save({ name: '  ' })).rejects.toThrow(/invalid arguments for tables.save/);
    expect(await invoke(f.project, 'tables.list', {})).toEqual([]);
  });

  it('deletes a table in one undo step that also brings back its last export', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    await f.exportAll();
    await invoke(f.project, 'tables.delete', { name: 'BILAG 1' });
    expect(await invoke(f.project, 'tables.list', {})).toEqual([]);
    await expect(invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).rejects.toThrow(
      'no table "Bilag 1" (no tables are saved yet)',
    );
    expect(f.project.history.undo()).toBe('Delete table "Bilag 1"');
    const report = await invoke(f.project, 'tables.preview', { name: 'Bilag 1' });
    expect(report.status).toBe('unchanged');
  });

  it('follows the rows code when it is renamed', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    const root = f.project.readOne<{ id: string }>(
      `SELECT id FROM codes WHERE name = 'Principper'`,
    )!;
    await invoke(f.project, 'codes.rename', { id: root.id, name: 'Innovationsprincipper' });
    const [table] = await invoke(f.project, 'tables.list', {});
    expect(table!.options.rowsRoot).toEqual(['Innovationsprincipper']);
    const [exported] = await f.exportAll();
    expect(readFileSync(exported!.path, 'utf8')).toContain(
      '# Innovationsprincipper × interviewpersoner',
    );
  });
});

describe('tables.export and tables.preview', () => {
  it('new → unchanged (no bytes, file untouched) → changed with exactly the added quote → undo → removed', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    const [first] = await f.exportAll();
    expect(first).toMatchObject({
      status: 'new',
      added: [],
      removed: [],
      edited: [],
      fileState: 'missing',
    });
    expect(first!.bytes).not.toBeNull();
    const path = first!.path;
    utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = statSync(path).mtimeMs;

    const [second] = await f.exportAll();
    expect(second).toMatchObject({ status: 'unchanged', bytes: null, fileState: 'as-exported' });
    expect(statSync(path).mtimeMs).toBe(mtime);

    const codingId = f.code('TC', 'Principper/V Ledelse', TC_RISK);
    const preview = await invoke(f.project, 'tables.preview', { name: 'Bilag 1' });
    const added = { row: 'V Ledelse', column: 'TC', text: TC_RISK, citation: '(TC, 00:01:10)' };
    expect(preview).toMatchObject({ status: 'changed', added: [added], removed: [], edited: [] });
    const [third] = await f.exportAll();
    expect(third).toMatchObject({ status: 'changed', added: [added], removed: [], edited: [] });
    expect(readFileSync(path, 'utf8')).toContain(`»${TC_RISK}« (TC, 00:01:10)`);

    await invoke(f.project, 'codings.remove', { id: codingId });
    f.project.history.undo(); // the removal
    expect((await invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).status).toBe(
      'unchanged',
    );
    f.project.history.undo(); // the coding itself
    const [fourth] = await f.exportAll();
    expect(fourth).toMatchObject({ status: 'changed', added: [], removed: [added], edited: [] });
    expect(readFileSync(path, 'utf8')).not.toContain(TC_RISK);
  });

  it('reports an edited quote when its printed text or citation changes, memos only when printed', async () => {
    const f = tablesFixture();
    const id = f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    await f.save({
      name: 'Med memoer',
      file: 'thesis/memo.md',
      options: { ...PRINCIPLES, mode: 'quotes', memos: true },
    });
    await f.exportAll();
    await invoke(f.project, 'codings.setMemo', { id, memo: 'vigtig til kap. 5' });
    let [plain, memos] = await f.exportAll();
    expect(plain!.status).toBe('unchanged');
    expect(memos).toMatchObject({
      status: 'changed',
      edited: [{ row: 'III Risiko', column: 'JKM', text: RISK }],
    });
    await invoke(f.project, 'codings.curate', { id, displayText: 'Vi tør […] fejle.' });
    [plain, memos] = await f.exportAll();
    const edited = {
      row: 'III Risiko',
      column: 'JKM',
      text: 'Vi tør […] fejle.',
      citation: '(JKM, l. 3)',
    };
    expect(plain).toMatchObject({ status: 'changed', added: [], removed: [], edited: [edited] });
    expect(plain!.edited[0]!.previous).toEqual({
      text: RISK,
      citation: '(JKM, l. 3)',
      memo: null,
      note: null,
    });
    expect(memos!.edited).toHaveLength(1);
  });

  it('a count table changes with quotes added or removed, not with their wording', async () => {
    const f = tablesFixture();
    const id = f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save({
      options: { ...PRINCIPLES, mode: 'counts' },
      format: 'csv',
      file: 'thesis/t.csv',
    });
    await f.exportAll();
    await invoke(f.project, 'codings.curate', { id, displayText: 'Vi tør […]' });
    expect((await f.exportAll())[0]!.status).toBe('unchanged');
    f.code('TC', 'Principper/III Risiko', TC_RISK);
    const [report] = await f.exportAll();
    expect(report).toMatchObject({
      status: 'changed',
      added: [{ row: 'III Risiko', column: 'TC', text: TC_RISK }],
    });
    expect(readFileSync(report!.path, 'utf8')).toContain('III Risiko,1,1,2');
  });

  it('writes a missing file again, and refuses to overwrite one changed outside Citat', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    const [first] = await f.exportAll();
    rmSync(first!.path);
    const [again] = await f.exportAll();
    expect(again).toMatchObject({ status: 'unchanged', fileState: 'missing' });
    expect(again!.bytes).not.toBeNull();
    writeFileSync(first!.path, 'my own edits');
    const before = serializeSnapshot(snapshotTables(f.project));
    await expect(f.exportAll()).rejects.toThrow(
      'table "Bilag 1": thesis/bilag1.md was changed outside Citat since it was last exported; rename or delete it to export the table again',
    );
    expect(serializeSnapshot(snapshotTables(f.project))).toBe(before);
    expect(readFileSync(first!.path, 'utf8')).toBe('my own edits');
    expect((await invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).fileState).toBe(
      'different',
    );
  });

  it("refuses, recording nothing, when a table's folder is gone", async () => {
    const f = tablesFixture();
    await f.save({ name: 'A', file: 'thesis/a.md' });
    await f.save({ name: 'B', file: 'gone/b.md' });
    const error = await f.exportAll().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CitatError);
    expect((error as CitatError).message).toMatch(
      /^table "B": cannot write gone\/b\.md: the folder .* does not exist/,
    );
    expect(f.project.read('SELECT * FROM saved_table_exports')).toEqual([]);
    await expect(f.exportAll(['Nope'])).rejects.toThrow('no table "Nope" (saved tables: "A", "B")');
  });

  it('keeps the last export in the project: the report survives closing and reopening', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    await f.save();
    await f.exportAll();
    f.code('TC', 'Principper/III Risiko', TC_RISK);
    const path = f.project.path;
    f.project.close();
    const reopened = await openProject(path);
    const report = await invoke(reopened, 'tables.preview', { name: 'Bilag 1' });
    expect(report).toMatchObject({
      status: 'changed',
      added: [{ row: 'III Risiko', column: 'TC', text: TC_RISK }],
    });
    // Previewing wrote nothing.
    const before = serializeSnapshot(snapshotTables(reopened));
    await invoke(reopened, 'tables.preview', { name: 'Bilag 1' });
    expect(serializeSnapshot(snapshotTables(reopened))).toBe(before);
    // Recording an export is not an undo step.
    const steps = reopened.history.list().length;
    await invoke(reopened, 'tables.export', {});
    expect(reopened.history.list()).toHaveLength(steps);
  });

  it('renders exactly the bytes of matrix.export for the same definition', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', RISK);
    for (const format of ['docx', 'xlsx', 'tex', 'csv'] as const) {
      for (const mode of ['quotes', 'counts'] as const) {
        const options = { ...PRINCIPLES, mode, citation: 'located', language: 'da' as const };
        await f.save({
          name: `${format}-${mode}`,
          options,
          format,
          file: `thesis/${mode}.${format}`,
        });
        const direct = (await invoke(f.project, 'matrix.export', { options, format })) as {
          bytes: Uint8Array;
        };
        const [exported] = await invoke(f.project, 'tables.export', {
          names: [`${format}-${mode}`],
        });
        expect(Buffer.from(exported!.bytes!).equals(Buffer.from(direct.bytes))).toBe(true);
      }
    }
  });
});
