/**
 * Runs `citat` as an unprivileged user. These tests run as root on CI, and root may write
 * any file: a read-only project is only read-only for someone else.
 */
import { chmodSync } from 'node:fs';
import { runCli, type CliResult } from './cli';

const NOBODY = 65534;

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** Lets `nobody` reach into `dir` (mkdtemp folders are private to their owner). */
export function openToOthers(dir: string, mode = 0o755): void {
  chmodSync(dir, mode);
}

export function runCliAsNobody(cwd: string, args: readonly string[]): CliResult {
  return runCli(cwd, args, { asUser: NOBODY });
}
