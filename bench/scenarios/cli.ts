/**
 * CLI start-up as a user sees it: a fresh `node bin/citat.mjs …` process per run, with the
 * Node that runs the bench (the project's Node 22 under `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureSimple, type Metric, type Repetitions } from '../lib/timing';

export interface CliResults {
  version: Metric;
  codesList: Metric;
  node: string;
}

/** Runs the CLI once; `expect` must appear in its output, so a broken command cannot pass. */
function runCli(root: string, args: readonly string[], expect: string): void {
  const result = spawnSync(process.execPath, [join(root, 'bin/citat.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`citat ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  if (!result.stdout.includes(expect)) {
    throw new Error(
      `citat ${args.join(' ')} printed no "${expect}": ${result.stdout.slice(0, 200)}`,
    );
  }
}

export async function runCliScenario(
  root: string,
  projectPath: string,
  reps: Repetitions,
  expectInCodesList: string,
): Promise<CliResults> {
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    version: await measureSimple(reps, () => runCli(root, ['--version'], version), { cpu: false }),
    codesList: await measureSimple(
      reps,
      () => runCli(root, ['codes', 'list', projectPath], expectInCodesList),
      { cpu: false },
    ),
    node: process.execPath,
  };
}
