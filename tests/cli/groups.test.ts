/**
 * citat groups | group … on the coded thesis project, as real processes: each command is
 * one undo step; groups are matrix rows (--rows-group) and saved tables follow a renamed
 * group; they travel in .qdc and .qdpx, and a codebook table says it cannot hold them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, ok, okJson, readProject } from './support/cli';
import type { Matrix } from './support/matrix-json';
import { projectCopies } from './support/thesis-project';

const project = projectCopies('coded');
const ATLAS = '/work/shared/refi-qda/samples/atlasti-win-23.4_codebook.from-requal-test.qdc';

interface GroupJson {
  name: string;
  description: string | null;
  codes: string[];
}

const steps = (path: string) =>
  readProject(path, (db) =>
    db.prepare(`SELECT count(*) FROM undo_steps WHERE state = 'done'`).pluck().get(),
  ) as number;

describe('citat groups and citat group', () => {
  it('creates, lists, edits and deletes groups, each command one undo step', () => {
    const { here, path } = project();
    expect(ok(here, ['groups', path]).stdout).toMatch(/^no code groups/);
    expect(okJson<GroupJson[]>(here, ['groups', path])).toEqual([]);

    let before = steps(path);
    const created = ok(here, [
      'group',
      path,
      'create',
      'Kerne',
      '--description',
      'Det vigtigste',
      'Temaer/Økonomi',
      'Principper/III Risiko',
    ]);
    expect(created.stdout).toBe('created code group "Kerne" with 2 codes\n');
    expect(steps(path)).toBe(before + 1);
    expect(okJson<GroupJson[]>(here, ['groups', path])).toEqual([
      {
        name: 'Kerne',
        description: 'Det vigtigste',
        codes: ['Principper/III Risiko', 'Temaer/Økonomi'],
      },
    ]);

    before = steps(path);
    expect(
      ok(here, ['group', path, 'add', 'kerne', 'Principper/V Ledelse', 'Principper/III Risiko'])
        .stdout,
    ).toBe('added 1 code to code group "Kerne" (1 code already in it)\n');
    expect(ok(here, ['group', path, 'remove', 'Kerne', 'Temaer/Økonomi']).stdout).toBe(
      'removed 1 code from code group "Kerne"\n',
    );
    expect(ok(here, ['group', path, 'rename', 'KERNE', 'Kerneprincipper']).stdout).toBe(
      'renamed code group "Kerne" to "Kerneprincipper"\n',
    );
    expect(ok(here, ['group', path, 'describe', 'Kerneprincipper', 'Ny tekst']).stdout).toBe(
      'described code group "Kerneprincipper"\n',
    );
    expect(steps(path)).toBe(before + 4);
    // A code may be in several groups.
    ok(here, ['group', path, 'create', 'Risiko', 'Principper/III Risiko']);
    const listed = ok(here, ['groups', path]).stdout.split('\n');
    expect(listed[0]).toMatch(/^GROUP +CODES +DESCRIPTION$/);
    expect(listed.slice(2)).toEqual([
      'Kerneprincipper  Principper/III Risiko, Principper/V Ledelse  Ny tekst',
      'Risiko           Principper/III Risiko',
      '',
    ]);

    expect(ok(here, ['group', path, 'delete', 'risiko']).stdout).toBe(
      'deleted code group "Risiko" (its 1 code stay in the codebook; "citat undo" brings it back)\n',
    );
    expect(okJson<GroupJson[]>(here, ['groups', path]).map((g) => g.name)).toEqual([
      'Kerneprincipper',
    ]);
    ok(here, ['undo', path]);
    expect(okJson<GroupJson[]>(here, ['groups', path]).map((g) => g.name)).toEqual([
      'Kerneprincipper',
      'Risiko',
    ]);
  });

  it('refuses bad names, unknown groups and codes, writing nothing', () => {
    const { here, path } = project();
    ok(here, ['group', path, 'create', 'Kerne', 'Principper/III Risiko']);
    const before = steps(path);
    fails(here, ['group', path, 'create', 'KERNE'], 2, 'a code group "Kerne" already exists');
    fails(here, ['group', path, 'create', '  '], 1, 'a code group name cannot be empty');
    fails(
      here,
      ['group', path, 'create', 'Ny', 'Principper/III Risiko', 'Principper/Nej'],
      2,
      'no code "Principper/Nej" in the codebook',
    );
    fails(
      here,
      ['group', path, 'add', 'Andet', 'Principper/III Risiko'],
      2,
      'no code group "Andet" (groups: "Kerne")',
    );
    fails(here, ['group', path, 'add', 'Kerne'], 1, /usage: citat group add <group> <code path>/);
    fails(here, ['group', path, 'frobnicate'], 1, /usage: citat group <project> create <name>/);
    fails(here, ['group', path], 1, /^citat: usage: citat group <project> create/);
    expect(steps(path)).toBe(before);
    expect(okJson<GroupJson[]>(here, ['groups', path]).map((g) => g.name)).toEqual(['Kerne']);
  });
});

describe('code groups as matrix rows and in saved tables', () => {
  it('citat matrix --rows-group gives the group’s codes as rows; not with --rows', () => {
    const { here, path } = project();
    ok(here, ['group', path, 'create', 'Kerne', 'Temaer/Økonomi', 'Principper/III Risiko']);
    const matrix = JSON.parse(
      ok(here, ['matrix', path, '--rows-group', 'kerne', '--format', 'json']).stdout,
    ) as Matrix;
    expect(matrix.rows.map((r) => r.path.join('/'))).toEqual([
      'Principper/III Risiko',
      'Temaer/Økonomi',
    ]);
    const risk = JSON.parse(
      ok(here, ['matrix', path, '--rows', 'Principper', '--format', 'json']).stdout,
    ) as Matrix;
    const quotes = (m: Matrix, label: string) => {
      const row = m.rows.find((r) => r.label === label)!.id;
      return m.cells.filter((c) => c.row === row).flatMap((c) => c.quotes.map((q) => q.text));
    };
    expect(quotes(matrix, 'III Risiko')).toEqual(quotes(risk, 'III Risiko'));
    expect(quotes(matrix, 'III Risiko').length).toBeGreaterThan(0);
    fails(
      here,
      ['matrix', path, '--rows', 'Principper', '--rows-group', 'Kerne'],
      1,
      'matrix: give --rows (the codes below a code) or --rows-group (the codes of a group), not both',
    );
    fails(
      here,
      ['matrix', path, '--rows-group', 'Nej'],
      2,
      'no code group "Nej" (groups: "Kerne")',
    );
  });

  it('citat tables save --rows-group follows a renamed group; a deleted one is an error', () => {
    const { here, path } = project();
    ok(here, ['group', path, 'create', 'Kerne', 'Principper/III Risiko']);
    ok(here, [
      'tables',
      'save',
      path,
      'Bilag G',
      '--rows-group',
      'Kerne',
      '--title',
      'G',
      '-o',
      'g.md',
    ]);
    expect(ok(here, ['tables', 'export', path]).stdout).toBe('Bilag G → g.md: new\n');
    ok(here, ['group', path, 'rename', 'Kerne', 'Kerneprincipper']);
    const [listed] = okJson<{ options: { rowsGroup: string } }[]>(here, ['tables', 'list', path]);
    expect(listed!.options.rowsGroup).toBe('Kerneprincipper');
    expect(ok(here, ['tables', 'list', path]).stdout).toContain('--rows-group Kerneprincipper');
    expect(ok(here, ['tables', 'export', path]).stdout).toBe('Bilag G → g.md: unchanged\n');
    ok(here, ['group', path, 'delete', 'Kerneprincipper']);
    fails(
      here,
      ['tables', 'export', path],
      2,
      'table "Bilag G": its rows came from a code group that has been deleted (saved as "Kerne"); undo the deletion or save the table again with other rows',
    );
    ok(here, ['undo', path]);
    expect(ok(here, ['tables', 'export', path]).stdout).toBe('Bilag G → g.md: unchanged\n');
  });
});

describe('code groups in files', () => {
  it('the ATLAS.ti code group arrives with citat codebook import and goes out in .qdc and .qdpx', () => {
    const { here } = project();
    ok(here, ['new', 'atlas']);
    const path = join(here, 'atlas.citat');
    const imported = ok(here, ['codebook', 'import', path, ATLAS]);
    expect(imported.stdout).toContain('  code groups: 1 new; 1 code added to them\n');
    expect(okJson<GroupJson[]>(here, ['groups', path])).toEqual([
      { name: 'code group 1', description: 'kategorie 1', codes: ['code1'] },
    ]);
    ok(here, ['codebook', 'export', path, 'out.qdc']);
    expect(readFileSync(join(here, 'out.qdc'), 'utf8')).toContain(
      '<Set guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0" name="code group 1">',
    );
    const csv = ok(here, ['codebook', 'export', path, 'out.csv']);
    expect(csv.errLines).toEqual([
      'citat: warning: 1 code group is not in the .csv file (a codebook table has no place for groups); export a .qdc to keep them',
    ]);
    ok(here, ['exchange', 'export', path, 'atlas.qdpx']);
    ok(here, ['new', 'kopi']);
    const copy = join(here, 'kopi.citat');
    expect(ok(here, ['exchange', 'import', copy, 'atlas.qdpx']).stdout).toContain(
      '  code groups: 1 new; 1 code added to them\n',
    );
    expect(okJson<GroupJson[]>(here, ['groups', copy])).toEqual(
      okJson<GroupJson[]>(here, ['groups', path]),
    );
  });
});
