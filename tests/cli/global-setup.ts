/**
 * Before the suite: brings the `citat` bundle up to date, so the CLI tests run the current
 * source, and makes a directory where CLI test files share the thesis projects they prepare.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where tests/cli/support/thesis-project.ts keeps prepared projects for this run. */
    citatCliCache: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'out/cli/citat.mjs');
const SOURCES = ['src/main', 'src/shared', 'scripts/build-cli.mjs', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/**
 * Rebuilds only when a source is newer than the bundle: a rebuild replaces files under
 * out/cli, which would disturb any other run spawning the CLI at that moment.
 */
function bringBundleUpToDate(): void {
  const sources = Math.max(...SOURCES.map((p) => newestChange(join(ROOT, p))));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sources) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building the CLI bundle failed:\n${result.stderr}${result.stdout}`);
  }
}

export default function setup(project: TestProject): () => void {
  bringBundleUpToDate();
  const cache = mkdtempSync(join(tmpdir(), 'citat-cli-cache-'));
  project.provide('citatCliCache', cache);
  return () => rmSync(cache, { recursive: true, force: true });
}
