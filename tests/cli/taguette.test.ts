/**
 * `citat exchange import` of a Taguette project file, as a user runs it: recognised by
 * its content, the report on stdout (or as JSON), every highlight on the text truth.json
 * gives, one undo step, and files that are no Taguette project refused by name.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson, readProject, runCli } from './support/cli';

const DIR = '/work/shared/taguette';
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as {
  highlights: { document: string; text: string; tags: string[] }[];
};

let here: string;
let sample: string;

beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  // A name that says nothing: the file is recognised by what it holds.
  sample = join(here, 'eksport fra taguette.bin');
  copyFileSync(join(DIR, 'project.sqlite3'), sample);
  return temp.remove;
});

function freshProject(name: string): string {
  ok(here, ['new', name]);
  return join(here, `${name}.citat`);
}

interface CodingJson {
  code: string;
  document: string;
  text: string;
  coder: string;
}

describe('citat exchange import of a Taguette project', () => {
  it('imports the sample, prints what it did, and puts every highlight on its text', () => {
    const project = freshProject('taguette');
    ok(here, ['coder', project, 'Ane']);
    const result = ok(here, ['exchange', 'import', project, sample]);
    expect(result.stdout).toBe(
      'imported eksport fra taguette.bin (from Taguette (database revision db5e31a0233d))\n' +
        '  created: 2 documents, 6 codes, 16 codings, 0 coders, 0 cases, 0 attributes, 2 memos, 3 speakers\n' +
        '  already in the project: 0 documents, 0 codes, 1 coder, 0 cases, 0 attributes\n' +
        '  codings by: Ane (Taguette records no coders)\n' +
        "  positions read as UTF-8 bytes: Taguette counts highlight offsets in UTF-8 bytes of a document's text\n" +
        '  not imported:\n' +
        '    - 1 project description: Citat has no place for a project\'s description: "To interviews: en kommunal leder om velfærdsteknologi og an English school prin…"\n',
    );
    expect(result.stderr).toBe('');
    const codings = okJson<CodingJson[]>(here, ['codings', project]);
    const got = codings.map((c) => [c.document, c.code, c.text, c.coder].join(' | ')).sort();
    const expected = truth.highlights
      // A tag is one flat name: a slash in it is written "\/" in a code path.
      .flatMap((h) =>
        h.tags.map((tag) => [h.document, tag.replace(/\//g, '\\/'), h.text, 'Ane'].join(' | ')),
      )
      .sort();
    expect(got).toEqual(expected);

    expect(ok(here, ['history', project]).stdout).toContain(
      'Import Taguette project "eksport fra taguette.bin"',
    );
    ok(here, ['undo', project]);
    const counts = readProject(project, (db) =>
      ['documents', 'codes', 'codings', 'memos', 'speakers'].map(
        (table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives --coder to the codings, prints the report as JSON, and leaves the current coder', () => {
    const project = freshProject('json');
    ok(here, ['coder', project, 'Ane']);
    const report = okJson<{
      format: string;
      coder: string;
      created: { codings: number; coders: number };
    }>(here, ['exchange', 'import', project, sample, '--coder', 'Bo']);
    expect(report).toMatchObject({
      format: 'taguette',
      coder: 'Bo',
      created: { codings: 16, coders: 1 },
    });
    expect(ok(here, ['coder', project]).stdout).toBe('Ane\n');
    const again = ok(here, ['exchange', 'import', project, sample, '--coder', 'Bo']);
    expect(again.stdout).toMatch(/created: 0 documents, 0 codes, 0 codings/);
    expect(again.errLines).toEqual([
      'citat: warning: 16 coding(s) were already in the project (same document, code, passage and coder) and were not added again',
    ]);
  });

  it('refuses a Citat project, a codebook and an unknown file by name', () => {
    const project = freshProject('mål');
    const other = freshProject('anden');
    fails(
      here,
      ['exchange', 'import', project, other],
      2,
      /anden\.citat: this is a Citat project.*"citat merge"/,
    );
    fails(
      here,
      ['exchange', 'import', project, join(DIR, 'codebook.csv')],
      1,
      'codebook.csv is a codebook; import it with "citat codebook import"',
    );
    fails(
      here,
      ['exchange', 'import', project, join(DIR, 'document_1.html')],
      2,
      /document_1\.html: not a project Citat can import: expected a REFI-QDA project \(\.qdpx, a ZIP archive\) or a Taguette project file/,
    );
    const steps = readProject(project, (db) =>
      db.prepare('SELECT count(*) AS n FROM undo_steps').get(),
    );
    expect(steps).toEqual({ n: 0 });
    expect(runCli(here, ['exchange', 'import', project]).code).toBe(1);
  });
});
