/**
 * The trust promises of "Nothing is ever lost", attacked the way a careless or unlucky
 * user does, through the real `citat` process: damaged, cut, emptied and missing projects,
 * restores, the full check, read-only files and folders, and backups that must survive.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flipBtreePage, flipTextByte } from '../helpers/damage';
import { openToOthers, runCliAsNobody, runningAsRoot } from './support/as-user';
import { copyProject, fails, ok, okJson, readProject, runCli } from './support/cli';
import { projectCopies } from './support/thesis-project';

interface BackupJson {
  name: string;
  reason: string;
}

const project = projectCopies('coded');

/** A project with one "open" backup of its coded state. */
function projectWithBackup(): { here: string; path: string; backup: string } {
  const { here, path } = project();
  ok(here, ['codes', 'add', path, 'Temaer/Efter backup']);
  const [newest] = okJson<BackupJson[]>(here, ['backups', 'list', path]);
  return { here, path, backup: newest!.name };
}

const codeCount = (path: string) =>
  readProject(path, (db) => db.prepare('SELECT count(*) FROM codes').pluck().get()) as number;
const sidecars = (path: string) => ['-wal', '-shm', '-journal'].filter((s) => existsSync(path + s));

describe('citat backups restore, when the project is damaged, cut short, empty or gone', () => {
  const spoil: Record<string, (path: string) => void> = {
    truncated: (path) => truncateSync(path, 3000),
    garbage: (path) => writeFileSync(path, Buffer.alloc(64 * 1024, 0x42)),
    empty: (path) => writeFileSync(path, ''),
    missing: (path) => rmSync(path),
  };
  for (const [kind, damage] of Object.entries(spoil)) {
    it(`restores over a ${kind} project`, () => {
      const { here, path, backup } = projectWithBackup();
      const codes = codeCount(join(`${path}.backups`, backup));
      damage(path);
      const restored = ok(here, ['backups', 'restore', path, backup]).stdout;
      expect(restored).toMatch(
        kind === 'missing'
          ? /there was no project file to replace/
          : /the damaged file was moved aside to speciale\.citat\.damaged-/,
      );
      expect(codeCount(path)).toBe(codes);
      ok(here, ['check', path]);
      ok(here, ['codes', 'add', path, 'Temaer/Efter gendannelse']);
      const aside = readdirSync(here).filter((n) => n.startsWith('speciale.citat.damaged-'));
      expect(aside).toHaveLength(kind === 'missing' ? 0 : 1);
    });
  }

  it('says what is wrong with a damaged project and how to restore it, on any command', () => {
    const { here, path, backup } = projectWithBackup();
    truncateSync(path, 3000);
    const result = fails(
      here,
      ['codes', 'list', path],
      2,
      /speciale\.citat is damaged \(.+\); restore the newest good backup: citat backups restore/,
    );
    expect(result.errLines[0]).toContain(backup);
  });

  it('lists backups of a damaged or missing project, and refuses a file that is no project (exit 2)', () => {
    const { here, path, backup } = projectWithBackup();
    writeFileSync(path, 'not a database');
    expect(okJson<BackupJson[]>(here, ['backups', 'list', path])[0]!.name).toBe(backup);
    const notes = join(here, 'notes.txt');
    writeFileSync(notes, 'some notes');
    fails(here, ['backups', 'list', notes], 2, 'notes.txt is not a Citat project');
    fails(
      here,
      ['backups', 'list', join(here, 'none.citat')],
      2,
      'none.citat: no such project file',
    );
    mkdirSync(join(here, 'folder.citat'));
    fails(
      here,
      ['backups', 'list', join(here, 'folder.citat')],
      2,
      'folder.citat is a folder, not a Citat project file',
    );
  });
});

describe('damage is caught', () => {
  it('a broken B-tree page: writes are refused with the way back, reads warn and exit 2, nothing is backed up', () => {
    const { here, path, backup } = projectWithBackup();
    const backupsBefore = okJson<BackupJson[]>(here, ['backups', 'list', path]);
    flipBtreePage(path, 'codings');
    const refused = fails(
      here,
      ['codes', 'add', path, 'Temaer/Ny'],
      2,
      /^citat: this project is read-only \(speciale\.citat is damaged: .*; restore the newest good backup: citat backups restore \S+ \S+\)$/,
    );
    expect(refused.errLines[0]).toContain(backup);
    const read = runCli(here, ['codes', 'list', path]);
    expect(read.code).toBe(2);
    expect(read.stderr).toMatch(/speciale\.citat is damaged/);
    expect(okJson<BackupJson[]>(here, ['backups', 'list', path])).toEqual(backupsBefore);
    const check = runCli(here, ['check', path]);
    expect(check.code).toBe(2);
    expect(check.stdout).toMatch(/speciale\.citat is damaged:\n {2}- /);
    expect(check.stdout).toContain(`The newest good backup is ${backup}`);
  });

  it("a changed letter in a transcript passes SQLite's checks but not the checksum", () => {
    const { here, path } = projectWithBackup();
    flipTextByte(path, 'Men hvis man aldrig tør fejle');
    const check = runCli(here, ['check', path, '--json']);
    expect(check.code).toBe(2);
    const report = JSON.parse(check.stdout) as { ok: boolean; problems: string[] };
    expect(report.problems).toEqual(['the text of document "JKM.txt" does not match its checksum']);
    fails(
      here,
      ['code', path, '--doc', 'JKM.txt', '--code', 'Temaer/Økonomi', '--start', '0', '--end', '5'],
      2,
      /read-only \(speciale\.citat is damaged: the text of document "JKM\.txt" does not match its checksum/,
    );
  });

  it('citat check passes a whole project (exit 0)', () => {
    const { here, path } = project();
    expect(ok(here, ['check', path]).stdout).toMatch(
      /^speciale\.citat is whole: pages, indexes, references and the texts of 4 documents checked\n$/,
    );
    expect(sidecars(path)).toEqual([]);
  });
});

describe.skipIf(!runningAsRoot())('read-only projects open read-only', () => {
  it('a read-only file: reading, searching and exporting work; writes are refused; nothing is left beside it', () => {
    const { here, path } = project();
    openToOthers(here, 0o777);
    chmodSync(path, 0o444);
    const list = runCliAsNobody(here, ['codes', 'list', path]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/Principper/);
    expect(runCliAsNobody(here, ['search', path, 'risiko']).code).toBe(0);
    const table = join(here, 'tabel.docx');
    const matrix = runCliAsNobody(here, ['matrix', path, '--rows', 'Principper', '-o', table]);
    expect(matrix.code, matrix.stderr).toBe(0);
    expect(readFileSync(table).subarray(0, 2).toString()).toBe('PK');
    const add = runCliAsNobody(here, ['codes', 'add', path, 'Temaer/Ny']);
    expect(add.code).toBe(2);
    expect(add.errLines).toEqual([
      'citat: this project is read-only (speciale.citat cannot be written: the file is read-only)',
    ]);
    expect(sidecars(path)).toEqual([]);
  });

  it('a folder one cannot write: the same, and no lock or journal is attempted', () => {
    const { here, path } = project();
    const shared = join(here, 'share');
    mkdirSync(shared);
    const inside = copyProject(path, shared);
    chmodSync(inside, 0o666);
    openToOthers(here, 0o755);
    chmodSync(shared, 0o555);
    expect(runCliAsNobody(shared, ['codes', 'list', inside]).code).toBe(0);
    const add = runCliAsNobody(shared, ['codes', 'add', inside, 'Temaer/Ny']);
    expect(add.errLines).toEqual([
      'citat: this project is read-only (the folder holding speciale.citat cannot be written)',
    ]);
    expect(add.code).toBe(2);
    expect(readdirSync(shared)).toEqual(['speciale.citat']);
  });

  it('a project one may not read at all: permission denied, exit 2', () => {
    const { here, path } = project();
    openToOthers(here);
    chmodSync(path, 0o600);
    const result = runCliAsNobody(here, ['codes', 'list', path]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual(['citat: cannot open speciale.citat: permission denied']);
  });
});

describe('backups that matter survive ordinary work', () => {
  it('keeps both before-delete backups after 50 ordinary commands', () => {
    const { here, path } = project();
    ok(here, ['codes', 'add', path, 'Slet/En']);
    ok(here, ['codes', 'add', path, 'Slet/To']);
    ok(here, ['codes', 'delete', path, 'Slet/En', '--yes']);
    ok(here, ['codes', 'delete', path, 'Slet/To', '--yes']);
    for (let i = 0; i < 50; i++) ok(here, ['codes', 'add', path, `Temaer/Tema ${i}`]);
    const reasons = okJson<BackupJson[]>(here, ['backups', 'list', path]).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'before-delete-code')).toHaveLength(2);
    expect(reasons.filter((r) => r === 'open')).toHaveLength(10);
  }, 120_000);
});

describe('no "internal error" for a foreseeable condition', () => {
  it('a folder given as the project', () => {
    const { here } = project();
    mkdirSync(join(here, 'mappe.citat'));
    fails(
      here,
      ['codes', 'list', join(here, 'mappe.citat')],
      2,
      'mappe.citat is a folder, not a Citat project file',
    );
    fails(
      here,
      ['codes', 'add', join(here, 'mappe.citat'), 'A'],
      2,
      'mappe.citat is a folder, not a Citat project file',
    );
  });

  it('an output file in a folder that does not exist, or that is a folder', () => {
    const { here, path } = project();
    const missing = runCli(here, ['matrix', path, '-o', join(here, 'nowhere', 'tabel.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/internal error/);
    mkdirSync(join(here, 'tabel.docx'));
    const folder = runCli(here, ['matrix', path, '-o', join(here, 'tabel.docx')]);
    expect(folder.code).toBe(2);
    expect(folder.errLines).toEqual(['citat: tabel.docx is a folder, not a file']);
  });
});
