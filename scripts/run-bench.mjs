// `npm run bench`: bundles bench/run.ts with esbuild (like the CLI, so the core runs as it
// ships) and runs it with this Node. The CLI bundle is rebuilt first, so the CLI start-up
// numbers measure the current source; for the UI scenario the renderer is rebuilt
// (electron-vite build) when out/renderer is missing or older than its sources. Extra
// arguments go to the bench (--quick, --keep, --only import|coded|ui); --profile also
// writes V8 CPU profiles (and the UI's Chromium profiles) to bench/results/profiles/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `run-bench: needs Node.js 22.12 or newer (this is ${process.version}); run it as \`npm run bench\`, which uses the Node from node_modules\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const benchArgs = args.filter((arg) => arg !== '--profile');

/** Newest modification time (ms) of the files under `paths` (folders walked recursively). */
function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory())
      newest = Math.max(newest, newestMtime(readdirSync(path).map((name) => join(path, name))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer when the UI scenario will run and the build is missing or stale.
 * Returns why the UI cannot be measured (the build failed), or null. Build output goes to
 * stderr: stdout carries only the bench's JSON.
 */
function ensureRenderer() {
  const onlyIndex = benchArgs.indexOf('--only');
  if (onlyIndex >= 0 && benchArgs[onlyIndex + 1] !== 'ui') return null;
  // Without Chromium the bench skips the UI and says why; no need to build for it.
  if (!existsSync(process.env.CITAT_CHROMIUM ?? '/usr/bin/chromium')) return null;
  const built = resolve(root, 'out/renderer/index.html');
  const sources = ['src/renderer', 'src/shared', 'electron.vite.config.ts', 'package-lock.json'];
  if (
    existsSync(built) &&
    statSync(built).mtimeMs >= newestMtime(sources.map((p) => resolve(root, p)))
  )
    return null;
  process.stderr.write('run-bench: building the renderer (electron-vite build)\n');
  const cli = resolve(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' });
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status === 0) return null;
  // The first few error lines, without colour codes and stack frames.
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /error|could not|cannot|failed/i.test(line) && !line.startsWith('at '));
  const tail = [...new Set(lines)].slice(0, 3);
  return `the renderer build (electron-vite build) failed: ${tail.join(' | ') || `exit code ${result.status}`}`;
}

const buildCli = spawnSync(process.execPath, [resolve(root, 'scripts/build-cli.mjs')], {
  stdio: 'inherit',
});
if (buildCli.status !== 0) process.exit(buildCli.status ?? 1);

const outfile = resolve(root, 'out/bench/run.mjs');
await build({
  entryPoints: [resolve(root, 'bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: 'linked',
  alias: { '@shared': resolve(root, 'src/shared') },
  logLevel: 'warning',
});

const nodeFlags = ['--expose-gc', '--enable-source-maps'];
if (profile)
  nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${resolve(root, 'bench/results/profiles')}`);
const rendererProblem = ensureRenderer();
const bench = spawnSync(process.execPath, [...nodeFlags, outfile, ...benchArgs], {
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    ...(rendererProblem ? { CITAT_BENCH_UI_SKIP: rendererProblem } : {}),
    ...(profile ? { CITAT_BENCH_PROFILE: '1' } : {}),
  },
});
process.exit(bench.status ?? 1);
