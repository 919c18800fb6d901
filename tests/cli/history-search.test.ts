/** citat search, undo / redo / history (kept in the project file) and backups. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, fails, makeTempDir, ok, okJson, readProject } from './support/cli';
import { ALL_CODINGS, thesisProjectAt } from './support/thesis-project';

let prepared: string;
beforeAll(() => {
  const temp = makeTempDir();
  prepared = thesisProjectAt('coded', temp.dir);
  return temp.remove;
});

const removals: (() => void)[] = [];
afterEach(() => {
  while (removals.length > 0) removals.pop()!();
});

function project(): { here: string; path: string } {
  const temp = makeTempDir();
  removals.push(temp.remove);
  return { here: temp.dir, path: copyProject(prepared, temp.dir) };
}

function codingCount(path: string): number {
  return readProject(path, (db) =>
    db.prepare('SELECT count(*) FROM codings').pluck().get(),
  ) as number;
}

describe('citat search', () => {
  it('finds a word in JKM.txt with its line number and context', () => {
    const { here, path } = project();
    const result = ok(here, ['search', path, 'dobbeltregistrering']);
    expect(result.stdout).toMatch(/^JKM\.txt:7: ….*\[dobbeltregistrering\].*…\n1 hit\n$/);
    const [hit, ...rest] = okJson<{ document: string; line: number; match: string }[]>(here, [
      'search',
      path,
      'dobbeltregistrering',
    ]);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ document: 'JKM.txt', line: 7, match: 'dobbeltregistrering' });
  });

  it('keeps æ, ø and å distinct and finds a quoted phrase', () => {
    const { here, path } = project();
    const frisør = okJson<{ document: string; line: number }[]>(here, ['search', path, 'frisør']);
    expect(frisør.map((h) => [h.document, h.line])).toEqual([['JW.txt', 10]]);
    const phrase = okJson<{ document: string; line: number }[]>(here, [
      'search',
      path,
      '"skal lære af"',
    ]);
    expect(phrase.map((h) => [h.document, h.line])).toEqual([
      ['JKM.txt', 33],
      ['JKM.txt', 81],
    ]);
    expect(ok(here, ['search', path, 'zyxwvut']).stdout).toBe('0 hits\n');
  });
});

describe('citat undo, redo, history', () => {
  it('undoes and redoes the last coding across separate processes', () => {
    const { here, path } = project();
    const before = codingCount(path);
    expect(before).toBe(ALL_CODINGS.length);

    const history = ok(here, ['history', path]).stdout.trimEnd().split('\n');
    expect(history[0]).toMatch(/^#\s+STATE\s+WHEN\s+ACTION$/);
    expect(history.at(-1)).toMatch(
      /^\d+\s+done\s+\S+\s+Code "Principper\/II Systematisk arbejde"$/,
    );
    expect(history.some((line) => line.includes('Import codebook "principper.csv"'))).toBe(true);
    expect(history.some((line) => line.includes('Describe speaker "JKM"'))).toBe(true);

    expect(ok(here, ['undo', path]).stdout).toBe(
      'undone: Code "Principper/II Systematisk arbejde"\n',
    );
    expect(codingCount(path)).toBe(before - 1);
    expect(ok(here, ['undo', path]).stdout).toBe('undone: Code "Principper/V Ledelse"\n');
    expect(codingCount(path)).toBe(before - 2);
    const undone = ok(here, ['history', path]).stdout.trimEnd().split('\n');
    expect(undone.filter((line) => /^\d+\s+undone\s/.test(line))).toHaveLength(2);

    expect(ok(here, ['redo', path]).stdout).toBe('redone: Code "Principper/V Ledelse"\n');
    expect(ok(here, ['redo', path]).stdout).toBe(
      'redone: Code "Principper/II Systematisk arbejde"\n',
    );
    expect(codingCount(path)).toBe(before);
    fails(here, ['redo', path], 2, 'nothing to redo');
  });

  it('says there is nothing to undo in a new project', () => {
    const temp = makeTempDir();
    removals.push(temp.remove);
    ok(temp.dir, ['new', 'tom']);
    fails(temp.dir, ['undo', 'tom.citat'], 2, 'nothing to undo');
    expect(ok(temp.dir, ['history', 'tom.citat']).stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

interface BackupJson {
  name: string;
  path: string;
  reason: string;
  takenAt: string;
  bytes: number;
}

describe('the project file after a command', () => {
  it('is complete on its own: nothing is left in a -wal file, reading or writing', () => {
    const { here, path } = project();
    const walBytes = () => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    ok(here, ['codings', path]);
    expect(walBytes()).toBe(0);
    ok(here, ['codes', 'add', path, 'Temaer/Politik']);
    expect(walBytes()).toBe(0);
    ok(here, ['matrix', path, '--format', 'json']);
    expect(walBytes()).toBe(0);
  });
});

describe('citat backups', () => {
  it('lists the backup taken when the CLI opened the project for a change', () => {
    const { here, path } = project();
    ok(here, ['codes', 'add', path, 'Temaer/Politik']);
    const backups = okJson<BackupJson[]>(here, ['backups', 'list', path]);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    const open = backups.filter((b) => b.reason === 'open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    for (const b of open) {
      expect(b.name).toMatch(/open\.citat$/);
      expect(b.bytes).toBeGreaterThan(0);
      expect(existsSync(`${path}.backups/${b.name}`)).toBe(true);
    }
    const table = ok(here, ['backups', 'list', path]).stdout;
    expect(table.split('\n')[0]).toMatch(/^NAME\s+TAKEN\s+REASON\s+BYTES$/);
  });

  it('restores a backup, first backing up the state it replaces', () => {
    const { here, path } = project();
    ok(here, ['codes', 'add', path, 'Temaer/Politik']);
    const [backup] = okJson<BackupJson[]>(here, ['backups', 'list', path]);
    const count = codingCount(path);
    ok(here, [
      'code',
      path,
      '--doc',
      'TC.txt',
      '--code',
      'Temaer/Økonomi',
      '--match',
      'Altså, den er stram.',
    ]);
    expect(codingCount(path)).toBe(count + 1);
    expect(ok(here, ['backups', 'restore', path, backup!.name]).stdout).toMatch(
      new RegExp(
        `^restored ${backup!.name}; the state it replaced is backup .*-before-restore\\.citat\n$`,
      ),
    );
    expect(codingCount(path)).toBe(count);
    const reasons = okJson<BackupJson[]>(here, ['backups', 'list', path]).map((b) => b.reason);
    expect(reasons).toContain('before-restore');
    fails(here, ['backups', 'restore', path, 'no-such-backup.citat'], 2, 'no-such-backup.citat');
  });

  it('keeps the newest 10 "open" backups', () => {
    const { here, path } = project();
    const folder = `${path}.backups`;
    mkdirSync(folder);
    const old = Array.from(
      { length: 10 },
      (_, i) => `2020-01-${String(i + 1).padStart(2, '0')}T00-00-00-000Z-000-open.citat`,
    );
    for (const name of old) copyFileSync(path, join(folder, name));
    ok(here, ['codes', 'add', path, 'Temaer/Politik']);
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.citat'))
      .sort();
    expect(names).toHaveLength(10);
    expect(names).not.toContain(old[0]);
    expect(names.slice(0, 9)).toEqual(old.slice(1));
    expect(names[9]).toMatch(/^20\d\d-.*-open\.citat$/);
  });
});
