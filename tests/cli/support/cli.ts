/** Runs `citat` as a real process (bin/citat.mjs under the Node running vitest) and reads its results. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = resolve(ROOT, 'bin/citat.mjs');

export const DA = resolve(ROOT, 'fixtures/interviews/da');
export const EN = resolve(ROOT, 'fixtures/interviews/en');
export const BROKEN = resolve(ROOT, 'fixtures/broken');
export const CODEBOOK_CSV = resolve(ROOT, 'fixtures/codebook/principper.csv');
export const SPEAKERS_JSON = resolve(ROOT, 'fixtures/speakers.json');

export interface CliResult {
  code: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  /** Non-empty stderr lines. */
  errLines: string[];
  /** The command as typed, for failure messages. */
  command: string;
}

export interface RunOptions {
  /** Run as this user (uid = gid), e.g. to meet a read-only file as someone who is not root. */
  asUser?: number;
}

export function runCli(cwd: string, args: readonly string[], options: RunOptions = {}): CliResult {
  const { CITAT_DEBUG: _debug, ...env } = process.env;
  const user = options.asUser;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: user === undefined ? env : { ...env, HOME: cwd },
    ...(user === undefined ? {} : { uid: user, gid: user }),
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  const stderr = result.stderr.toString('utf8');
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stdoutBytes: result.stdout,
    stderr,
    errLines: stderr.split('\n').filter((line) => line.length > 0),
    command: `citat ${args.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`,
  };
}

/** Runs a command that must succeed; returns its result. */
export function ok(cwd: string, args: readonly string[]): CliResult {
  const result = runCli(cwd, args);
  expect(result.code, `${result.command}\nstderr: ${result.stderr}`).toBe(0);
  return result;
}

/** Runs a command that must fail with `code` and exactly one stderr line matching `message`. */
export function fails(
  cwd: string,
  args: readonly string[],
  code: 1 | 2,
  message: RegExp | string,
): CliResult {
  const result = runCli(cwd, args);
  expect(result.code, `${result.command}\nstderr: ${result.stderr}`).toBe(code);
  expect(result.errLines, result.command).toHaveLength(1);
  expect(result.errLines[0]).toMatch(/^citat: /);
  if (typeof message === 'string') expect(result.errLines[0]).toContain(message);
  else expect(result.errLines[0]).toMatch(message);
  return result;
}

export function okJson<T>(cwd: string, args: readonly string[]): T {
  return JSON.parse(ok(cwd, [...args, '--json']).stdout) as T;
}

const liveTempDirs = new Set<string>();
// A hook that fails before it hands back its cleanup must not leave its directory behind.
process.on('exit', () => {
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp directory and the function that removes it (removed at exit at the latest). */
export function makeTempDir(prefix = 'citat-cli-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  liveTempDirs.add(dir);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      liveTempDirs.delete(dir);
    },
  };
}

/** Copies a closed project (the CLI checkpoints and removes the -wal on close) into `dir`. */
export function copyProject(from: string, dir: string, name = 'speciale.citat'): string {
  const target = join(dir, name);
  copyFileSync(from, target);
  return target;
}

/** Reads the project file directly, read-only, outside the CLI. */
export function readProject<T>(projectPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(projectPath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function storedText(projectPath: string, documentName: string): string {
  const row = readProject(projectPath, (db) =>
    db.prepare('SELECT text FROM documents WHERE name = ?').get(documentName),
  ) as { text: string } | undefined;
  if (!row) throw new Error(`no document ${documentName} in ${projectPath}`);
  return row.text;
}

/** Code-point offsets [start, end) of the k-th occurrence of `needle` in `text`. */
export function codePointRange(text: string, needle: string, occurrence = 1): [number, number] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const start = [...text.slice(0, at)].length;
  return [start, start + [...needle].length];
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** 1-based line of a UTF-16 index, lines as the transcript view counts them. */
export function lineOf(text: string, utf16Index: number): number {
  return text.slice(0, utf16Index).split('\n').length;
}
