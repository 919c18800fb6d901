// Electron security review with @doyensec/electronegativity, failing on any finding that is
// not explained below. It exits 0 whatever it finds, so its CSV is read here instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(
  dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);
const csv = 'out/electronegativity.csv';
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;

// Checks that do not apply, with the reason:
const EXCLUDED = [
  'RemoteModuleJSCheck', // the remote module was removed in Electron 14; there is nothing to disable
  'PreloadJSCheck', // "review the preload": src/preload/index.ts exposes call/app/onEvent only, all validated in main
];
const ACCEPTED = new Map([
  // Its CSP parser cannot read a policy from a constant; the same policy string is served by the
  // loopback host and exercised by the e2e suite in Chromium.
  ['CSP_GLOBAL_CHECK', 'TENTATIVE'],
]);

mkdirSync('out', { recursive: true });
// It appends into an existing file instead of replacing it.
rmSync(csv, { force: true });
const run = spawnSync(
  process.execPath,
  [cli, '-i', 'src/main/electron', '-e', electronVersion, '-x', EXCLUDED.join(','), '-o', csv],
  {
    encoding: 'utf8',
  },
);
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const findings = readFileSync(csv, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter(([id, , confidence]) => ACCEPTED.get(id) !== confidence?.replace(/"/g, ''));
if (findings.length > 0) {
  for (const finding of findings) process.stderr.write(`electronegativity: ${finding.join(' ')}\n`);
  process.exit(1);
}
console.log(`electronegativity: no findings in src/main/electron (Electron ${electronVersion})`);
