/**
 * citat tables save | list | export | show | delete on the coded thesis project: a saved
 * table is regenerated with a report of what changed since its last export, which survives
 * between commands (each opens and closes the project); files are found relative to the
 * project's folder, so project and thesis folder can move together.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyProject, fails, ok, okJson, readProject } from './support/cli';
import { projectCopies } from './support/thesis-project';

const project = projectCopies('coded');

const ADDED = 'Og social værdi handler for mig om, at folk får et bedre liv.';
const BILAG = ['--rows', 'Principper', '--citation', 'located', '--lang', 'da'];

interface ReportJson {
  name: string;
  file: string;
  status: 'new' | 'unchanged' | 'changed';
  added: { row: string; column: string; text: string; citation: string }[];
  removed: { row: string; column: string; text: string; citation: string }[];
  edited: { row: string; column: string; text: string; citation: string }[];
}

/** The thesis layout: speciale/speciale.citat beside thesis/, commands run from elsewhere. */
function thesisLayout() {
  const { here, path } = project();
  const root = join(here, 'arbejde');
  mkdirSync(join(root, 'speciale'), { recursive: true });
  mkdirSync(join(root, 'thesis'));
  const citat = copyProject(path, join(root, 'speciale'));
  return { here, root, citat };
}

describe('citat tables', () => {
  it('new → unchanged (same bytes and mtime) → a coding added → changed → undo → removed', () => {
    const { here, path } = project();
    const saved = ok(here, ['tables', 'save', path, 'Bilag 1', ...BILAG, '-o', 'bilag1.docx']);
    expect(saved.stdout).toBe('saved table "Bilag 1" → bilag1.docx\n');
    ok(here, ['tables', 'save', path, 'Bilag 2', ...BILAG, '--counts', '-o', 'bilag2.tex']);

    const first = ok(here, ['tables', 'export', path]);
    expect(first.stdout).toBe('Bilag 1 → bilag1.docx: new\nBilag 2 → bilag2.tex: new\n');
    const docx = join(here, 'bilag1.docx');
    const bytes = readFileSync(docx);
    // Written by the core's atomic writer (temp file + rename): no temp file is left behind.
    expect(readdirSync(here).filter((name) => name.includes('.citat-'))).toEqual([]);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // The table is the same file `citat matrix` writes for the same options.
    ok(here, ['matrix', path, ...BILAG, '-o', join(here, 'direct.docx')]);
    expect(readFileSync(join(here, 'direct.docx')).equals(bytes)).toBe(true);
    const past = new Date(2024, 0, 1);
    utimesSync(docx, past, past);
    const mtime = statSync(docx).mtimeMs;

    const second = ok(here, ['tables', 'export', path]);
    expect(second.stdout).toBe(
      'Bilag 1 → bilag1.docx: unchanged\nBilag 2 → bilag2.tex: unchanged\n',
    );
    expect(readFileSync(docx).equals(bytes)).toBe(true);
    expect(statSync(docx).mtimeMs).toBe(mtime);

    ok(here, [
      'code',
      path,
      '--doc',
      'TC.txt',
      '--code',
      'Principper/I Social værdi',
      '--match',
      ADDED,
    ]);
    // The report is kept in the project: a new process shows it, and showing writes nothing.
    const shown = ok(here, ['tables', 'show', path, 'Bilag 1']);
    expect(shown.stdout).toBe(
      'Bilag 1 → bilag1.docx: changed: 1 quote added\n' +
        '  added:   I Social værdi × TC: "Og social værdi handler for mig om, at folk får et bedre li…"\n',
    );
    expect(ok(here, ['tables', 'show', path, 'Bilag 1']).stdout).toBe(shown.stdout);
    expect(statSync(docx).mtimeMs).toBe(mtime);

    const quote = { row: 'I Social værdi', column: 'TC', text: ADDED, citation: '(TC, 00:02:10)' };
    const third = okJson<ReportJson[]>(here, ['tables', 'export', path]);
    expect(third).toEqual([
      {
        name: 'Bilag 1',
        file: 'bilag1.docx',
        status: 'changed',
        added: [quote],
        removed: [],
        edited: [],
      },
      {
        name: 'Bilag 2',
        file: 'bilag2.tex',
        status: 'changed',
        added: [quote],
        removed: [],
        edited: [],
      },
    ]);
    expect(readFileSync(docx).equals(bytes)).toBe(false);
    const tex = readFileSync(join(here, 'bilag2.tex'), 'utf8');
    expect(tex).toContain('\\citatcode{0}{0}{I Social værdi} & 1 & \\citatempty & 1 & 1 &');

    ok(here, ['undo', path]);
    const fourth = ok(here, ['tables', 'export', path, 'Bilag 1']);
    expect(fourth.stdout).toBe(
      'Bilag 1 → bilag1.docx: changed: 1 quote removed\n' +
        '  removed: I Social værdi × TC: "Og social værdi handler for mig om, at folk får et bedre li…"\n',
    );
    // Back to the first export's bytes: the same matrix renders to the same bytes.
    expect(readFileSync(docx).equals(bytes)).toBe(true);
    // Bilag 2 was not exported since: it still reports the removal, as one object.
    expect(okJson<ReportJson>(here, ['tables', 'show', path, 'Bilag 2'])).toEqual({
      name: 'Bilag 2',
      file: 'bilag2.tex',
      status: 'changed',
      added: [],
      removed: [quote],
      edited: [],
    });
  });

  it('lists saved tables, replaces one of the same name and deletes one as an undoable step', () => {
    const { here, path } = project();
    expect(ok(here, ['tables', 'list', path]).stdout).toMatch(/^no saved tables/);
    ok(here, ['tables', 'save', path, 'Bilag 1', ...BILAG, '-o', 'bilag1.docx']);
    ok(here, ['tables', 'save', path, 'Bilag 2', '--rows', 'Temaer', '--fold', '-o', 'b2.md']);
    const replaced = ok(here, [
      'tables',
      'save',
      path,
      'Bilag 2',
      '--rows',
      'Temaer',
      '--counts',
      '-o',
      'b2.xlsx',
    ]);
    expect(replaced.stdout).toBe('replaced table "Bilag 2" → b2.xlsx\n');
    ok(here, ['tables', 'export', path, 'Bilag 2']);
    const list = ok(here, ['tables', 'list', path]).stdout.split('\n');
    expect(list[0]).toMatch(/^name\s+file\s+last exported\s+matrix$/);
    expect(list[2]).toMatch(
      /^Bilag 1\s+bilag1\.docx\s+never\s+--rows Principper --citation located --lang da --format docx$/,
    );
    expect(list[3]).toMatch(
      /^Bilag 2\s+b2\.xlsx\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\s+--rows Temaer --counts --format xlsx$/,
    );
    const json = okJson<
      { name: string; file: string; format: string; lastExported: string | null }[]
    >(here, ['tables', 'list', path]);
    expect(json.map((t) => [t.name, t.file, t.format, t.lastExported === null])).toEqual([
      ['Bilag 1', 'bilag1.docx', 'docx', true],
      ['Bilag 2', 'b2.xlsx', 'xlsx', false],
    ]);

    const deleted = ok(here, ['tables', 'delete', path, 'bilag 2']);
    expect(deleted.stdout).toBe('deleted table "Bilag 2" (its file b2.xlsx is left as it is)\n');
    expect(statSync(join(here, 'b2.xlsx')).isFile()).toBe(true);
    expect(okJson<unknown[]>(here, ['tables', 'list', path])).toHaveLength(1);
    expect(ok(here, ['undo', path]).stdout).toBe('undone: Delete table "Bilag 2"\n');
    // Its last export came back with it.
    expect(ok(here, ['tables', 'show', path, 'Bilag 2']).stdout).toBe(
      'Bilag 2 → b2.xlsx: unchanged\n',
    );
  });

  it('stores -o relative to the project folder: project and thesis folder move together', () => {
    const { here, root, citat } = thesisLayout();
    const elsewhere = join(here, 'andet');
    mkdirSync(elsewhere);
    // Run from a third folder: -o is read relative to it...
    ok(elsewhere, [
      'tables',
      'save',
      citat,
      'Bilag 1',
      ...BILAG,
      '-o',
      '../arbejde/thesis/bilag1.tex',
    ]);
    // ...and stored relative to the project's folder.
    const stored = readProject(citat, (db) =>
      db.prepare('SELECT file FROM saved_tables').pluck().get(),
    );
    expect(stored).toBe('../thesis/bilag1.tex');
    expect(ok(join(root, 'speciale'), ['tables', 'export', 'speciale.citat']).stdout).toBe(
      'Bilag 1 → ../thesis/bilag1.tex: new\n',
    );
    const written = readFileSync(join(root, 'thesis', 'bilag1.tex'));
    // Move both folders; the table is found and is unchanged in its new place.
    const moved = join(here, 'flyttet');
    renameSync(root, moved);
    const movedProject = join(moved, 'speciale', 'speciale.citat');
    expect(ok(here, ['tables', 'export', movedProject]).stdout).toBe(
      'Bilag 1 → flyttet/thesis/bilag1.tex: unchanged\n',
    );
    expect(readFileSync(join(moved, 'thesis', 'bilag1.tex')).equals(written)).toBe(true);
  });

  it('writes a missing file again and refuses to overwrite one changed outside Citat', () => {
    const { here, path } = project();
    ok(here, ['tables', 'save', path, 'Bilag 1', ...BILAG, '-o', 'bilag1.md']);
    ok(here, ['tables', 'export', path]);
    writeFileSync(join(here, 'bilag1.md'), 'egne rettelser');
    expect(ok(here, ['tables', 'show', path, 'Bilag 1']).stdout).toBe(
      'Bilag 1 → bilag1.md: unchanged (its file was changed since the last export)\n',
    );
    fails(
      here,
      ['tables', 'export', path],
      2,
      'citat: table "Bilag 1": bilag1.md was changed outside Citat since it was last exported; rename or delete it to export the table again',
    );
    expect(readFileSync(join(here, 'bilag1.md'), 'utf8')).toBe('egne rettelser');
    renameSync(join(here, 'bilag1.md'), join(here, 'mine-rettelser.md'));
    expect(ok(here, ['tables', 'export', path]).stdout).toBe(
      'Bilag 1 → bilag1.md: unchanged (the file was missing: written again)\n',
    );
  });

  it('refuses what it cannot do with one line and the right exit code', () => {
    const { here, path } = project();
    fails(here, ['tables'], 1, 'usage: citat tables save');
    fails(here, ['tables', 'rename', path], 1, 'usage: citat tables save');
    fails(
      here,
      ['tables', 'save', path, 'Bilag 1', ...BILAG],
      1,
      'tables save: give the file to write with -o <file>',
    );
    fails(
      here,
      ['tables', 'save', path, 'Bilag 1', '-o', 'x.pdf'],
      1,
      'tables save: unknown format "pdf"',
    );
    fails(
      here,
      ['tables', 'save', path, 'Bilag 1', '--rows', 'Ingen', '-o', 'x.md'],
      2,
      'no code "Ingen"',
    );
    fails(
      here,
      ['tables', 'show', path, 'Bilag 9'],
      2,
      'no table "Bilag 9" (no tables are saved yet)',
    );
    ok(here, ['tables', 'save', path, 'Bilag 1', ...BILAG, '-o', join(here, 'mangler', 'b.md')]);
    fails(
      here,
      ['tables', 'export', path, 'Bilag 9'],
      2,
      'no table "Bilag 9" (saved tables: "Bilag 1")',
    );
    fails(
      here,
      ['tables', 'export', path],
      2,
      /table "Bilag 1": cannot write mangler\/b\.md: the folder .* does not exist/,
    );
    const listed = okJson<{ lastExported: string | null }[]>(here, ['tables', 'list', path]);
    expect(listed[0]!.lastExported).toBeNull();
  });

  it('prints [] for --json and a hint otherwise when no table is saved', () => {
    const { here, path } = project();
    expect(okJson<unknown[]>(here, ['tables', 'export', path])).toEqual([]);
    expect(ok(here, ['tables', 'export', path]).stdout).toMatch(/^no saved tables/);
  });
});

describe('citat tables in a project made before saved tables existed', () => {
  it('upgrades it (schema version 2 → 4) on the first command that writes', () => {
    const { here, path } = project();
    const db = new Database(path);
    db.exec(
      'DROP TABLE saved_table_exports; DROP TABLE saved_tables; ' +
        'DROP TABLE coding_anchors; DROP TABLE code_group_members; DROP TABLE code_groups;',
    );
    db.pragma('user_version = 2');
    db.close();
    expect(ok(here, ['tables', 'list', path]).stdout).toMatch(/^no saved tables/);
    ok(here, ['tables', 'save', path, 'Bilag 1', '-o', 'b.md']);
    expect(ok(here, ['tables', 'export', path]).stdout).toBe('Bilag 1 → b.md: new\n');
    expect(readProject(path, (d) => d.pragma('user_version', { simple: true }))).toBe(4);
  });
});
