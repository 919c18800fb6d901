#!/usr/bin/env node
// Entry point of the `citat` command: the bundled CLI is built by `npm install` (postinstall).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  // better-sqlite3's prebuilt binary needs a current Node; an old one crashes instead of failing cleanly.
  process.stderr.write(
    `citat: needs Node.js 22.12 or newer (this is ${process.version}); run it as \`npx citat\` inside the project, which uses the Node from node_modules\n`,
  );
  process.exit(2);
}
const bundle = new URL('../out/cli/citat.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'citat: the CLI is not built yet; run `npm install` or `npm run build:cli`\n',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
