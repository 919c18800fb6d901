/**
 * `citat codebook import` with a file that cannot be used: missing, a folder, unreadable,
 * not a regular file, empty, too large, of an unsupported type, or broken. Each is an input
 * error: exit 2 with one line naming the file and the problem, and the project unchanged.
 * Exit 1 stays for malformed command lines. And a large codebook goes through the real
 * command in seconds.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, truncateSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODEBOOK_CSV, fails, makeTempDir, ok, readProject } from './support/cli';

let here: string;
let project: string;

beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  ok(here, ['new', 'kodebog']);
  project = join(here, 'kodebog.citat');
  ok(here, ['codebook', 'import', project, CODEBOOK_CSV]);
  return temp.remove;
});

function contents(): unknown {
  return readProject(project, (db) => ({
    codes: db.prepare('SELECT * FROM codes ORDER BY id').all(),
    steps: db.prepare('SELECT id, label, state FROM undo_steps ORDER BY id').all(),
  }));
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(here, name);
  writeFileSync(path, content);
  return path;
}

const isRoot = process.getuid?.() === 0;

describe('citat codebook import of a file that cannot be used', () => {
  const cases: [label: string, make: () => string, message: string | RegExp][] = [
    ['a missing file', () => join(here, 'findes-ikke.qdc'), 'citat: findes-ikke.qdc: no such file'],
    [
      'a file in a missing folder',
      () => join(here, 'ingen-mappe', 'kodebog.csv'),
      'citat: kodebog.csv: no such file',
    ],
    [
      'a folder',
      () => {
        mkdirSync(join(here, 'mappe.qdc'), { recursive: true });
        return join(here, 'mappe.qdc');
      },
      'citat: mappe.qdc: this is a folder, not a codebook file',
    ],
    [
      'a folder written with a trailing slash',
      () => {
        mkdirSync(join(here, 'mappe2.csv'), { recursive: true });
        return `${join(here, 'mappe2.csv')}/`;
      },
      'citat: mappe2.csv: this is a folder, not a codebook file',
    ],
    ['an empty file', () => file('tom.qdc', ''), 'citat: tom.qdc: the file is empty'],
    [
      'a file that is too large',
      () => {
        const path = join(here, 'kæmpe.csv');
        closeSync(openSync(path, 'w'));
        truncateSync(path, 60 * 1024 * 1024); // sparse: nothing is written
        return path;
      },
      'citat: kæmpe.csv: the file is 60.0 MiB; the limit for a codebook is 50.0 MiB',
    ],
    [
      'an unsupported file type',
      () => file('kodebog.doc', 'Principper'),
      'citat: kodebog.doc: codebooks are imported from .qdc, .csv or .xlsx files',
    ],
    [
      'a .qdc that is not XML',
      () => file('itu.qdc', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="A">'),
      /^citat: itu\.qdc: malformed XML at line 1/,
    ],
    [
      'a .qdc that is a project, not a codebook',
      () => file('projekt.qdc', '<Project xmlns="urn:QDA-XML:project:1.0"/>'),
      /^citat: projekt\.qdc: not a REFI-QDA codebook: .*import the \.qdpx project instead/,
    ],
    [
      'a .csv without a code column',
      () => file('tal.csv', 'a,b\n1,2\n'),
      /^citat: tal\.csv: no code column found/,
    ],
    [
      'a .csv with an unterminated quote',
      () => file('citat.csv', 'code,description\nRisiko,"at turde\n'),
      'citat: citat.csv: a quoted field that starts on line 2 is never closed',
    ],
    [
      'an .xlsx that is not a workbook',
      () => file('ark.xlsx', 'code\nRisiko\n'),
      'citat: ark.xlsx: not a valid .xlsx workbook (it is not a ZIP archive)',
    ],
    [
      'a .csv nesting codes more than 100 levels deep',
      () => file('dyb.csv', `path\n${Array.from({ length: 101 }, (_, i) => `N${i}`).join('/')}\n`),
      'citat: dyb.csv, row 2: codes are nested more than 100 levels deep',
    ],
  ];

  it.each(cases)('refuses %s with exit 2, naming the file', (_label, make, message) => {
    const before = contents();
    const result = fails(here, ['codebook', 'import', project, make()], 2, message);
    expect(result.stdout).toBe('');
    expect(contents()).toEqual(before);
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'refuses an unreadable file with exit 2',
    () => {
      const path = file('hemmelig.qdc', '<CodeBook/>');
      chmodSync(path, 0o000);
      const before = contents();
      fails(
        here,
        ['codebook', 'import', project, path],
        2,
        'citat: hemmelig.qdc: cannot read the file (permission denied)',
      );
      expect(contents()).toEqual(before);
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a named pipe without opening it', () => {
    const path = join(here, 'rør.csv');
    const made = spawnSync('mkfifo', [path]);
    if (made.status !== 0) return; // no mkfifo here: nothing to check
    const started = Date.now();
    fails(
      here,
      ['codebook', 'import', project, path],
      2,
      'citat: rør.csv: this is not a regular file',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('keeps exit 1 for a malformed command line', () => {
    fails(
      here,
      ['codebook', 'import', project],
      1,
      'usage: citat codebook import <project> <file.qdc|.csv|.xlsx>',
    );
    fails(here, ['codebook', 'frobnicate', project], 1, /^citat: usage: citat codebook export/);
  });
});

describe('citat codebook import of a large codebook', () => {
  it('imports 60,000 codes in one command, undone in one step', () => {
    const lines = ['path,description'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`Stor/Tema ${Math.floor(i / 1000)}/Kode ${i},Kode nummer ${i}`);
    const path = file('stor.csv', lines.join('\n'));
    const started = Date.now();
    const result = ok(here, ['codebook', 'import', project, path]);
    const seconds = (Date.now() - started) / 1000;
    console.info(`citat codebook import stor.csv (60,000 rows): ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(30);
    expect(result.stdout).toBe('imported stor.csv: 60061 new codes, 0 already present\n');
    expect(ok(here, ['undo', project]).stdout).toContain('Import codebook "stor.csv"');
  }, 120_000);
});
