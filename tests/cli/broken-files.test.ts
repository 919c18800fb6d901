/**
 * Importing the odd and broken files in fixtures/broken/, a file too large to read, hostile
 * files made on the fly (XML nested 100,000 deep, PDF decompression bombs, too many pages),
 * and a document whose features are partly left out.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepDocx, hostilePdf } from '../unit/import/hostile-files';
import { BROKEN, DA, ROOT, fails, ok, readProject, runCli, storedText } from './support/cli';
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

/**
 * Runs `citat import` as its own process and reads its peak memory (resourceUsage().maxRSS,
 * written at exit by a preloaded module, so the CLI's own output stays as it is).
 */
function importMeasured(
  here: string,
  args: readonly string[],
): { code: number | null; errLines: string[]; maxRssMiB: number; ms: number } {
  const report = join(here, 'maxrss.txt');
  const hook = `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`;
  const started = Date.now();
  const { CITAT_DEBUG: _debug, ...env } = process.env;
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(hook)}`,
      resolve(ROOT, 'bin/citat.mjs'),
      'import',
      ...args,
    ],
    { cwd: here, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  return {
    code: result.status,
    errLines: result.stderr
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== ''),
    maxRssMiB: Number(readFileSync(report, 'utf8')) / 1024,
    ms: Date.now() - started,
  };
}

describe('citat import of a hostile file', () => {
  it('refuses a .docx with 100,000 nested elements within seconds', () => {
    const { here, path } = project();
    const file = join(here, 'Dyb.docx');
    writeFileSync(file, deepDocx(100_000));
    const before = contents(path);
    const started = Date.now();
    fails(
      here,
      ['import', path, file],
      2,
      /^citat: Dyb\.docx \(word\/document\.xml\): XML elements are nested more than 256 deep \(at line 1, column \d+\); refused as a possibly hostile file$/,
    );
    expect(Date.now() - started).toBeLessThan(20_000); // measured: about 0.4 s (was 105–210 s)
    expect(contents(path)).toEqual(before);
  });

  it.each([
    [
      'one FlateDecode stream, 1 MB → 1 GiB',
      { bombMebibytes: 1024 },
      /stream 5 0 unpacks to more than 64 MiB/,
    ],
    [
      'two chained FlateDecode filters, 5 KB → 1.5 GiB',
      { bombMebibytes: 1536, chained: true },
      /stream 5 0 unpacks/,
    ],
    [
      'an object stream, 1 MB → 1 GiB',
      { bombMebibytes: 1024, inObjectStream: true },
      /stream 3 0 unpacks/,
    ],
  ])('refuses a PDF bomb (%s) within seconds and bounded memory', (_name, options, detail) => {
    const { here, path } = project();
    const file = join(here, 'Bombe.pdf');
    writeFileSync(file, hostilePdf(options));
    const before = contents(path);
    const result = importMeasured(here, [path, file]);
    expect(result.code).toBe(2);
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(
      /^citat: Bombe\.pdf: .*; refused as a possible decompression bomb \(the limit is 64 MiB per stream and 256 MiB in all\)$/,
    );
    expect(result.errLines[0]).toMatch(detail);
    // Measured: 0.5–0.7 s and 150–190 MiB peak (before: 19–31 s and 2.2–4.9 GB).
    expect(result.ms).toBeLessThan(20_000);
    expect(result.maxRssMiB).toBeLessThan(400);
    expect(contents(path)).toEqual(before);
  });

  it('refuses a PDF with more pages than the limit', () => {
    const { here, path } = project();
    const file = join(here, 'Lang.pdf');
    writeFileSync(file, hostilePdf({ pages: 2001 }));
    fails(
      here,
      ['import', path, file],
      2,
      'citat: Lang.pdf: the PDF has 2001 pages; the limit is 2000',
    );
  });
});

describe('citat import of a document with features it leaves out', () => {
  it('imports notes, comments, list labels and text boxes, and warns about the rest', () => {
    const { here, path } = project();
    const file = resolve(ROOT, 'fixtures/import-features/interview-features.docx');
    const result = ok(here, ['import', path, file]);
    expect(result.stdout).toBe(
      'imported interview-features.docx: 148 words, 6 turns, speakers I, MH\n',
    );
    expect(result.errLines).toEqual([
      'citat: warning: interview-features.docx: 1 image, 1 header and 1 footer were not imported',
      'citat: warning: interview-features.docx: hidden text in 3 paragraphs was left out',
      'citat: warning: interview-features.docx: tracked changes were imported as if accepted',
    ]);
    const text = storedText(path, 'interview-features.docx');
    expect(text).toContain('I: Og hvordan ser det ud i praksis[Comment 1]?');
    expect(
      text.endsWith('Comments\n[Comment 1] Anna Berg: Følg op: bed om et konkret eksempel.'),
    ).toBe(true);
  });
});
