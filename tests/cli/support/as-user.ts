/**
 * Runs `citat` as an unprivileged user. These tests run as root on CI, and root may write
 * any file: a read-only project is only read-only for someone else.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, type CliResult } from './cli';

const NOBODY = 65534;
const BIN = resolve(ROOT, 'bin/citat.mjs');

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** Lets `nobody` reach into `dir` (mkdtemp folders are private to their owner). */
export function openToOthers(dir: string, mode = 0o755): void {
  chmodSync(dir, mode);
}

export function runCliAsNobody(cwd: string, args: readonly string[]): CliResult {
  const { CITAT_DEBUG: _debug, ...env } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...env, HOME: cwd },
    uid: NOBODY,
    gid: NOBODY,
    stdio: ['ignore', 'pipe', 'pipe'],
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
    command: `citat ${args.join(' ')}`,
  };
}
