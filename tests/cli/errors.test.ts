/** Usage errors (exit 1) and input/data errors (exit 2): one stderr line each, starting "citat: ". */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fails, ok, readProject, runCli } from './support/cli';
import { projectCopies } from './support/thesis-project';

const project = projectCopies('described');

const CODE = ['--doc', 'JKM.txt', '--code', 'Principper/III Risiko'];

describe('usage errors (exit 1)', () => {
  it('an unknown command', () => {
    const { here } = project();
    fails(
      here,
      ['frobnicate'],
      1,
      'citat: unknown command "frobnicate"; run "citat help" for the list',
    );
  });

  it('no command prints the help with exit 1; help and --version exit 0', () => {
    const { here } = project();
    const bare = runCli(here, []);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('Usage:');
    const help = ok(here, ['help']);
    expect(help.stdout).toBe(bare.stdout);
    for (const line of [
      'citat new <project>',
      'citat codebook import <project> <file.qdc|.csv|.xlsx>',
    ])
      expect(help.stdout).toContain(line);
    expect(ok(here, ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('missing arguments', () => {
    const { here, path } = project();
    fails(here, ['import'], 1, 'usage: citat import <project> <file>...');
    fails(here, ['import', path], 1, 'usage: citat import <project> <file>...');
    fails(here, ['speaker', path], 1, 'usage: citat speaker <project> <label>');
    fails(here, ['codes', 'add', path], 1, 'usage: citat codes add <project> <path>');
    fails(here, ['codes'], 1, 'usage: citat codes add');
    fails(here, ['code', path, '--match', 'noget'], 1, 'code: --doc and --code are required');
    fails(
      here,
      ['code', path, ...CODE],
      1,
      'code: give either --match <text> or both --start and --end',
    );
    fails(here, ['curate', path, 'id'], 1, 'curate: give --text or --clear');
  });

  it('a bad option', () => {
    const { here, path } = project();
    fails(here, ['speakers', path, '--bogus'], 1, /^citat: speakers: .*'--bogus'/);
    fails(here, ['matrix', path, '--cols'], 1, /^citat: matrix: .*--cols/);
    fails(here, ['matrix', path, '--format', 'pdf'], 1, 'unknown format "pdf"');
  });

  it('--match together with --start, half a range, --occurrence without --match', () => {
    const { here, path } = project();
    const both = ['code', path, ...CODE, '--match', 'Det er jo det', '--start', '1', '--end', '5'];
    fails(here, both, 1, 'give either --match <text> or both --start and --end');
    fails(here, ['code', path, ...CODE, '--start', '1'], 1, 'both --start and --end');
    fails(
      here,
      ['code', path, ...CODE, '--start', '1', '--end', '5', '--occurrence', '1'],
      1,
      '--occurrence goes with --match',
    );
  });
});

describe('input and data errors (exit 2)', () => {
  it('an unknown document name lists the documents', () => {
    const { here, path } = project();
    fails(
      here,
      ['code', path, '--doc', 'JKM.docx', '--code', 'Principper/III Risiko', '--match', 'x'],
      2,
      'citat: no document named "JKM.docx" (documents: JKM.txt, JW.txt, PFL.docx, TC.txt)',
    );
  });

  it('an unknown code path', () => {
    const { here, path } = project();
    const args = ['--doc', 'JKM.txt', '--code', 'Principper/VI Økonomi', '--match', 'Ja.'];
    fails(
      here,
      ['code', path, ...args],
      2,
      'citat: no code "Principper/VI Økonomi" in the codebook',
    );
    fails(here, ['codings', path, '--code', 'Temaer/Ingen'], 2, 'no code "Temaer/Ingen"');
    fails(here, ['matrix', path, '--rows', 'Ingen'], 2, 'no code "Ingen"');
  });

  it('--match text that does not occur', () => {
    const { here, path } = project();
    fails(
      here,
      ['code', path, ...CODE, '--match', 'Det er jo det, vi skal glemme.'],
      2,
      'citat: "Det er jo det, vi skal glemme." does not occur in JKM.txt',
    );
    // The sentence is in JW.txt, not in JKM.txt.
    fails(
      here,
      ['code', path, ...CODE, '--match', 'Jeg prøver at gå foran.'],
      2,
      'does not occur in JKM.txt',
    );
  });

  it('a project file that does not exist', () => {
    const { here } = project();
    fails(here, ['speakers', 'mangler.citat'], 2, 'citat: mangler.citat: no such project file');
    expect(existsSync(join(here, 'mangler.citat'))).toBe(false);
  });

  it('a file that is not a Citat project, text or SQLite, is refused and left alone', () => {
    const { here } = project();
    const text = join(here, 'noter.citat');
    writeFileSync(text, 'JKM: ikke et projekt\n');
    fails(here, ['speakers', text], 2, 'citat: noter.citat is not a Citat project');
    expect(readFileSync(text, 'utf8')).toBe('JKM: ikke et projekt\n');

    const foreign = join(here, 'andet.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const bytes = readFileSync(foreign);
    fails(
      here,
      ['codes', 'add', foreign, 'A'],
      2,
      'citat: andet.db is an SQLite database but not a Citat project',
    );
    expect(readFileSync(foreign).equals(bytes)).toBe(true);
    expect(existsSync(`${foreign}.backups`)).toBe(false);
  });

  it('a project written by a newer Citat is refused and not touched', () => {
    const { here, path } = project();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const bytes = readFileSync(path);
    fails(
      here,
      ['speakers', path],
      2,
      /^citat: speciale\.citat was written by a newer Citat \(project format 99/,
    );
    fails(here, ['codes', 'add', path, 'Ny'], 2, 'newer Citat');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readProject(path, (d) => d.pragma('user_version', { simple: true }))).toBe(99);
  });

  it('a new project in a folder that does not exist names the folder', () => {
    const { here } = project();
    const result = runCli(here, ['new', join('mangler', 'speciale')]);
    expect(result.code).toBe(2);
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).not.toContain('internal error');
    expect(result.errLines[0]).toMatch(/^citat: .*mangler/);
  });
});
