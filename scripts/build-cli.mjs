// Bundles the `citat` command for plain Node (no TypeScript loader at run time). Split so
// each command loads only its own code: start-up time is a goal (≤ 300 ms). Chunks are
// written first and the entry last (by rename), so a `citat` started during a rebuild
// never meets an entry that points at chunks not yet written.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'out/cli');

const result = await build({
  entryPoints: { citat: resolve(root, 'src/main/cli/main.ts') },
  outdir,
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
  write: false,
});

const entry = join(outdir, 'citat.mjs');
const written = new Set();
const ordered = [...result.outputFiles].sort(
  (a, b) => Number(a.path === entry) - Number(b.path === entry),
);
for (const file of ordered) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written.add(relative(outdir, file.path));
}
// Chunks of earlier builds are no longer referenced.
for (const name of readdirSync(join(outdir, 'chunks'))) {
  if (!written.has(join('chunks', name))) rmSync(join(outdir, 'chunks', name), { force: true });
}
