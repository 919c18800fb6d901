// Bundles the `citat` command into one ESM file so it starts fast under plain Node
// (no TypeScript loader at run time). Runs on `npm install` and in `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [resolve(root, 'src/main/cli/main.ts')],
  outfile: resolve(root, 'out/cli/citat.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  splitting: false,
  sourcemap: 'linked',
  alias: { '@shared': resolve(root, 'src/shared') },
  logLevel: 'warning',
});
