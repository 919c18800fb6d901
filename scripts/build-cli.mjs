// Bundles the `citat` command into one ESM file so it starts fast under plain Node
// (no TypeScript loader at run time). Runs on `npm install` and in `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  // Split so each command loads only its own code: start-up time is a goal (≤ 300 ms).
  entryPoints: { citat: resolve(root, 'src/main/cli/main.ts') },
  outdir: resolve(root, 'out/cli'),
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  splitting: true,
  sourcemap: 'linked',
  alias: { '@shared': resolve(root, 'src/shared') },
  logLevel: 'warning',
});
