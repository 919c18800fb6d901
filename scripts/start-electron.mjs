// `npm start`: builds and launches the desktop app. Electron's own install script (which
// downloads its binary) is not run by `npm install` (see allowScripts in package.json), so
// that installs succeed where the binary cannot be fetched; it is fetched here on first start.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Fetching the Electron binary (first start only)…');
  run(process.execPath, [join(electronDir, 'install.js')]);
}
run(process.execPath, [
  require.resolve('electron-vite/bin/electron-vite.js'),
  'preview',
  ...process.argv.slice(2),
]);
