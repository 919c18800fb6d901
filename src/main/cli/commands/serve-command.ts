/** citat serve: the app in a browser, from a loopback host bound to 127.0.0.1. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from '../../backend/project/project';
import { readOnlyError } from '../../backend/project/read-only-error';
import { noteProjectPath } from '../invocation';
import { usageError } from '../../backend/errors';
import { startHost } from '../../host/loopback-host';
import { EXIT_OK, parseCommand, type CliIo } from '../cli-io';

/** The built renderer: out/renderer, found by walking up from this module (bundled or not). */
function rendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 6; level++) {
    for (const candidate of [join(dir, 'renderer'), join(dir, 'out', 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

export async function serveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'serve',
    args,
    { port: { type: 'string' } },
    { min: 1, max: 1, names: '<project> [--port N]' },
  );
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError('cli.bad-port', `serve: --port must be 0–65535`);
  noteProjectPath(positionals[0]!);
  // The session lock: CLI commands that would change the project are refused meanwhile.
  const project = await Project.open(positionals[0]!, {
    holder: { program: 'citat serve', kind: 'session' },
  });
  const host = await startHost({
    project,
    rendererDir: process.env.CITAT_RENDERER_DIR ?? rendererDir(),
    port,
  }).catch((err: unknown) => {
    project.close();
    throw err;
  });
  if (project.access.mode === 'read-only')
    io.err(
      `citat: ${readOnlyError(project.name, project.access).message}; it is served for reading\n`,
    );
  io.out(`Citat is serving ${project.name} at\n  ${host.url}\nPress Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  project.close();
  return EXIT_OK;
}
