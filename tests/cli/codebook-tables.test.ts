/**
 * `citat codebook export` to .csv and .xlsx (full, or Taguette's flat shape with --flat),
 * tried as a new user would: a small codebook made with `citat codes add`, sent out as
 * CSV and .qdc, and both brought into a fresh project give the same codes, none doubled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson } from './support/cli';

let here: string;
let project: string;

interface CodeJson {
  path: string;
  name: string;
  color: string;
  definition: string | null;
}

beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  ok(here, ['new', 'vejleder']);
  project = join(here, 'vejleder.citat');
  ok(here, ['codes', 'add', project, 'Principper/I Social værdi']);
  ok(here, ['codes', 'add', project, 'Principper/III Risiko']);
  ok(here, ['codes', 'add', project, 'Temaer/Ja\\/nej']);
  ok(here, ['codes', 'color', project, 'Principper/III Risiko', '#FFB74D']);
  ok(here, [
    'codes',
    'describe',
    project,
    'Principper/III Risiko',
    '--definition',
    'At turde fejle, også "politisk".',
    '--when-to-use',
    'Når fejl nævnes',
    '--example',
    '"Man skal turde fejle"',
  ]);
  return temp.remove;
});

const shape = (codes: CodeJson[]) =>
  codes.map(({ path, name, color, definition }) => ({ path, name, color, definition }));

describe('citat codebook export to tables', () => {
  it("writes .csv and .xlsx, and --flat in Taguette's shape", () => {
    for (const name of ['kodebog.csv', 'kodebog.xlsx']) {
      const file = join(here, name);
      expect(ok(here, ['codebook', 'export', project, file]).stdout).toBe(`wrote ${file}\n`);
    }
    const csv = readFileSync(join(here, 'kodebog.csv'), 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFpath,name,description,colour,when to use,when not to use,example',
      'Principper,Principper,,#E57373,,,',
      'Principper/I Social værdi,I Social værdi,,#64B5F6,,,',
    ]);
    expect(readFileSync(join(here, 'kodebog.xlsx')).subarray(0, 2).toString()).toBe('PK');

    const flat = join(here, 'taguette.csv');
    ok(here, ['codebook', 'export', project, flat, '--flat']);
    expect(readFileSync(flat, 'utf8')).toBe(
      '\uFEFFtag,description\r\n' +
        'Principper,\r\n' +
        'Principper/I Social værdi,\r\n' +
        'Principper/III Risiko,"At turde fejle, også ""politisk"".\n\nWhen to use: Når fejl nævnes\n\nExample: ""Man skal turde fejle"""\r\n' +
        'Temaer,\r\n' +
        'Temaer/Ja/nej,\r\n',
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'k.qdc'), '--flat'],
      1,
      /--flat .* \.csv or \.xlsx/,
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'k.pdf')],
      1,
      /must end in \.qdc, \.csv, \.xlsx, \.md or \.docx/,
    );
  });

  it('warns when two codes would give Taguette the same tag', () => {
    const temp = makeTempDir();
    try {
      ok(temp.dir, ['new', 'dobbelt']);
      const other = join(temp.dir, 'dobbelt.citat');
      ok(temp.dir, ['codes', 'add', other, 'A/B']);
      ok(temp.dir, ['codes', 'add', other, 'A\\/B']);
      const result = ok(temp.dir, ['codebook', 'export', other, join(temp.dir, 't.csv'), '--flat']);
      expect(result.errLines).toEqual([
        'citat: warning: the codes "A/B" and "A\\/B" both give the tag "A/B"; only the first was written',
      ]);
    } finally {
      temp.remove();
    }
  });

  it('a codebook sent out as CSV and .qdc comes back into a fresh project unchanged, nothing doubled', () => {
    const csv = join(here, 'ud.csv');
    const qdc = join(here, 'ud.qdc');
    ok(here, ['codebook', 'export', project, csv]);
    ok(here, ['codebook', 'export', project, qdc]);
    const original = okJson<CodeJson[]>(here, ['codes', 'list', project]);
    expect(original).toHaveLength(5);

    const temp = makeTempDir();
    try {
      ok(temp.dir, ['new', 'frisk']);
      const fresh = join(temp.dir, 'frisk.citat');
      expect(ok(temp.dir, ['codebook', 'import', fresh, csv]).stdout).toBe(
        'imported ud.csv: 5 new codes, 0 already present\n',
      );
      expect(ok(temp.dir, ['codebook', 'import', fresh, qdc]).stdout).toBe(
        'imported ud.qdc: 0 new codes, 5 already present\n',
      );
      const flat = join(here, 'taguette.csv');
      ok(here, ['codebook', 'export', project, flat, '--flat']);
      expect(ok(temp.dir, ['codebook', 'import', fresh, flat]).stdout).toBe(
        'imported taguette.csv: 0 new codes, 5 already present\n',
      );
      const imported = okJson<CodeJson[]>(temp.dir, ['codes', 'list', fresh]);
      expect(shape(imported)).toEqual(shape(original));
    } finally {
      temp.remove();
    }
  });
});
