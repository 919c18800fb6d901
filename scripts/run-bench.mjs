// `npm run bench`: bundles bench/run.ts with esbuild (like the CLI, so the core runs as it
// ships) and runs it with this Node. The CLI bundle is rebuilt first, so the CLI start-up
// numbers measure the current source. Extra arguments go to the bench (--quick, --keep,
// --only import|coded); --profile also writes V8 CPU profiles to bench/results/profiles/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

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
const bench = spawnSync(process.execPath, [...nodeFlags, outfile, ...benchArgs], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(bench.status ?? 1);
