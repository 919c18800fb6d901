/** citat serve: the app in a browser, from a loopback host bound to 127.0.0.1. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from '../../backend/project/project';
import { readOnlyError } from '../../backend/project/read-only-error';
import { noteProjectPath } from '../invocation';
import { dataError, usageError } from '../../backend/errors';
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

/** The port taken or not allowed: the user's to fix, not an internal error. */
function listenError(err: unknown, port: number): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return dataError(
      'serve.port-in-use',
      `serve: port ${port} is already in use; choose another with --port, or leave --port out for any free port`,
      { port },
    );
  if (code === 'EACCES')
    return dataError(
      'serve.port-not-allowed',
      `serve: port ${port} may not be used by this user; choose a port above 1023`,
      { port },
    );
  return err;
}

export async function serveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'serve',
    args,
    { port: { type: 'string' } },
    { min: 1, max: 1, names: '<project> [--port N]' },
  );
  const port =
    values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : -1;
  if (port < 0 || port > 65535) throw usageError('cli.bad-port', `serve: --port must be 0–65535`);
  noteProjectPath(positionals[0]!);
  const renderer = process.env.CITAT_RENDERER_DIR ?? rendererDir();
  if (!existsSync(join(renderer, 'index.html')))
    throw dataError(
      'serve.not-built',
      `serve: the app is not built (${join(renderer, 'index.html')} is missing); run "npm run build"`,
    );
  // The session lock: CLI commands that would change the project are refused meanwhile.
  const project = await Project.open(positionals[0]!, {
    holder: { program: 'citat serve', kind: 'session' },
  });
  const host = await startHost({
    project,
    rendererDir: renderer,
    port,
  }).catch((err: unknown) => {
    project.close();
    throw listenError(err, port);
  });
  if (project.access.mode === 'read-only')
    io.err(
      `citat: ${readOnlyError(project.name, project.access).message}; it is served for reading\n`,
    );
  io.out(`Citat is serving ${project.name} at\n  ${host.url}\nPress Ctrl+C to stop.\n`);
  // Ctrl+C, a kill, or the terminal closing: stop serving and release the project.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  await new Promise<void>((resolve) => {
    const stop = () => {
      for (const signal of signals) process.off(signal, stop);
      resolve();
    };
    for (const signal of signals) process.on(signal, stop);
  });
  await host.close();
  project.close();
  return EXIT_OK;
}
