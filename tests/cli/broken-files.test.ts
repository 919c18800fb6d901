/** Importing the odd and broken files in fixtures/broken/, and a file too large to read. */
import { closeSync, openSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, DA, fails, ok, readProject, runCli } from './support/cli';
import { projectCopies } from './support/thesis-project';

const project = projectCopies('imported');

/** Everything an import can add: documents, their turns and speakers. */
function contents(path: string): unknown {
  return readProject(path, (db) => ({
    documents: db.prepare('SELECT name, content_hash FROM documents ORDER BY name').all(),
    turns: db.prepare('SELECT count(*) FROM speaker_turns').pluck().get(),
    speakers: db.prepare('SELECT label FROM speakers ORDER BY label').pluck().all(),
  }));
}

const REFUSED: [file: string, problem: RegExp][] = [
  ['empty.txt', /the file is empty/],
  ['binary.txt', /binary file, not text/],
  ['not-a-docx.docx', /not a Word \.docx document .*not a ZIP archive/],
  ['corrupt.docx', /damaged or truncated/],
  ['zip-bomb.docx', /zip bomb/],
  ['encrypted.pdf', /password-protected/],
  ['corrupt.pdf', /PDF is damaged/],
];

describe('citat import of a broken file', () => {
  it.each(REFUSED)(
    'refuses %s with exit 2, naming the file, and changes nothing',
    (file, problem) => {
      const { here, path } = project();
      const before = contents(path);
      const started = Date.now();
      const result = fails(here, ['import', path, join(BROKEN, file)], 2, problem);
      expect(result.errLines[0]!.startsWith(`citat: ${file}: `)).toBe(true);
      expect(result.stdout).toBe('');
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(contents(path)).toEqual(before);
      ok(here, ['codings', path]);
    },
  );

  it('imports the good files of a batch and refuses the broken ones', () => {
    const { here } = project();
    ok(here, ['new', 'ny']);
    const fresh = join(here, 'ny.citat');
    const result = runCli(here, [
      'import',
      fresh,
      join(BROKEN, 'empty.txt'),
      join(DA, 'TC.txt'),
      join(BROKEN, 'corrupt.pdf'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^\[2\/3\] imported TC\.txt: /);
    expect(result.errLines).toEqual([
      'citat: [1/3] empty.txt: the file is empty',
      expect.stringMatching(/^citat: \[3\/3\] corrupt\.pdf: the PDF is damaged/),
      'citat: 2 of 3 files were not imported',
    ]);
    expect((contents(fresh) as { documents: { name: string }[] }).documents).toEqual([
      expect.objectContaining({ name: 'TC.txt' }),
    ]);
  });

  it('refuses a 200 MB file by its size, without reading it', () => {
    const { here, path } = project();
    const big = join(here, 'kæmpe.txt');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 200 * 1024 * 1024); // sparse: no data is written
    const before = contents(path);
    const started = Date.now();
    fails(
      here,
      ['import', path, big],
      2,
      'citat: kæmpe.txt: the file is 200.0 MiB; the limit is 100.0 MiB',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(contents(path)).toEqual(before);
  });

  it('names a file that does not exist', () => {
    const { here, path } = project();
    fails(
      here,
      ['import', path, join(here, 'mangler.txt')],
      2,
      /^citat: mangler\.txt: file not found/,
    );
  });
});

describe('citat import of legacy encodings', () => {
  it('decodes latin1.txt as Windows-1252 with a warning', () => {
    const { here, path } = project();
    const result = ok(here, ['import', path, join(BROKEN, 'latin1.txt')]);
    expect(result.stdout).toMatch(/^imported latin1\.txt: \d+ words, \d+ turns, speakers I, TC\n$/);
    expect(result.errLines).toEqual([
      'citat: warning: latin1.txt: not valid UTF-8; decoded as Windows-1252 (Western European)',
    ]);
    const text = readProject(path, (db) =>
      db.prepare("SELECT text FROM documents WHERE name = 'latin1.txt'").pluck().get(),
    ) as string;
    expect(text).toMatch(/[æøå]/);
    expect(text).toContain('§');
  });

  it('decodes UTF-16 LE and BE to the same text, so the second is a duplicate', () => {
    const { here, path } = project();
    ok(here, ['import', path, join(BROKEN, 'utf16le.txt')]);
    fails(
      here,
      ['import', path, join(BROKEN, 'utf16be.txt')],
      2,
      'citat: utf16be.txt: already imported (same text as "utf16le.txt")',
    );
  });

  it('warns about double-encoded text in mojibake.txt', () => {
    const { here, path } = project();
    const result = ok(here, ['import', path, join(BROKEN, 'mojibake.txt')]);
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(/^citat: warning: mojibake\.txt: .*double-encoded/);
  });
});
