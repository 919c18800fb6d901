/**
 * Real processes for the data-safety and host tests: `citat` commands started without
 * waiting for them (so several run at once, or one is killed mid-run), `citat serve` as a
 * child whose URL is read from its stdout, and raw HTTP over a socket (for requests a
 * well-behaved client would never send: a wrong Host, `/../`, a malformed escape).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { ROOT, type CliResult } from './cli';

const BIN = resolve(ROOT, 'bin/citat.mjs');

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { CITAT_DEBUG: _debug, ...env } = process.env;
  return { ...env, ...extra };
}

const describeCommand = (args: readonly string[]) =>
  `citat ${args.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`;

export interface RunningCommand {
  child: ChildProcess;
  /** Settles when the process has exited (and been reaped); `code` is null after a signal. */
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** Starts `citat <args>` and returns at once. */
export function startCli(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): RunningCommand {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((settle, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => {
      const stdoutBytes = Buffer.concat(out);
      const stderr = Buffer.concat(err).toString('utf8');
      settle({
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr,
        errLines: stderr.split('\n').filter((line) => line.length > 0),
        command: describeCommand(args),
      });
    });
  });
  return { child, done };
}

/** Runs `citat <args>` to the end without blocking the test's event loop. */
export function runCliAsync(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): RunningCommand['done'] {
  return startCli(cwd, args, env).done;
}

export interface ApiAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { kind: string; code: string; message: string } };
}

export interface ServeProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  token: string;
  /** The address `citat serve` printed, with the token. */
  url: string;
  stdout(): string;
  stderr(): string;
  /** POST /api/<method> with the token in the x-citat-token header. */
  call(method: string, input?: unknown): Promise<ApiAnswer>;
  /** Sends `signal` and waits for the process to exit; resolves with its exit code or signal. */
  stop(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>;
  /** True until the process has exited. */
  running(): boolean;
}

/** Starts `citat serve <project>` and waits until it prints its address. */
export async function startServe(
  cwd: string,
  project: string,
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', project], {
    cwd,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let exited = false;
  const exit = new Promise<number | NodeJS.Signals>((settle) =>
    child.once('exit', (code, signal) => {
      exited = true;
      settle(signal ?? code ?? -1);
    }),
  );
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (err += chunk));
  const url = await new Promise<string>((settle, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`citat serve printed no address within 20 s\nstdout: ${out}\nstderr: ${err}`));
    }, 20_000);
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(out);
      if (found) {
        clearTimeout(timer);
        settle(found[0]);
      }
    });
    void exit.then((how) => {
      clearTimeout(timer);
      fail(new Error(`citat serve exited (${how}) before serving\nstdout: ${out}\nstderr: ${err}`));
    });
  });
  const parsed = new URL(url);
  const port = Number(parsed.port);
  const token = parsed.searchParams.get('token')!;
  return {
    child,
    pid: child.pid!,
    port,
    token,
    url,
    stdout: () => out,
    stderr: () => err,
    async call(method, input = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-citat-token': token },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
    },
    async stop(signal = 'SIGTERM') {
      if (!exited) child.kill(signal);
      return exit;
    },
    running: () => !exited,
  };
}

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `request` as written (no normalisation of the path, any Host) and reads the answer
 * until the server closes the connection (requests should say "Connection: close").
 */
export function rawHttp(port: number, request: string, timeoutMs = 15_000): Promise<RawResponse> {
  return new Promise((settle, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      fail(new Error(`no complete answer within ${timeoutMs} ms to ${JSON.stringify(request)}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the answer still counts as the end
    socket.on('close', () => {
      clearTimeout(timer);
      settle(parseResponse(Buffer.concat(chunks).toString('latin1')));
    });
    socket.write(request);
  });
}

function parseResponse(text: string): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  if (!text.startsWith('HTTP/1.1 ') || end === -1) return { status: 0, headers: {}, body: text };
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status: Number(statusLine!.split(' ')[1]), headers, body };
}

function unchunk(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    if (lineEnd === -1) return out;
    const size = parseInt(text.slice(at, lineEnd), 16);
    if (!size) return out;
    out += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** A GET (or other method) request line and headers, ending the connection after the answer. */
export function rawRequest(
  port: number,
  target: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const body = options.body ?? '';
  const headers = {
    host: options.host ?? `127.0.0.1:${port}`,
    connection: 'close',
    ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...options.headers,
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return rawHttp(port, `${options.method ?? 'GET'} ${target} HTTP/1.1\r\n${head}\r\n${body}`);
}

export interface SlowClientResult {
  /** The server closed the connection. */
  closed: boolean;
  /** What the server sent before closing (Node answers 408 to a request that timed out). */
  received: string;
  /** Bytes this client had managed to send. */
  sent: number;
}

export interface SlowClientPlan {
  /** Sent at once on connecting. */
  first?: string;
  /** Then sent one character every `byteEveryMs`… */
  drip?: string;
  /** …and after it, an "x" every `byteEveryMs` for ever (headers or a body that never end). */
  forever?: boolean;
  byteEveryMs?: number;
  /** Stop waiting for the server to close the connection after this long. */
  giveUpMs: number;
}

/**
 * A client that is slow on purpose. Resolves when the server closes the connection, or
 * after `giveUpMs` with closed: false.
 */
export function slowClient(port: number, plan: SlowClientPlan): Promise<SlowClientResult> {
  const drip = plan.drip ?? '';
  return new Promise((settle) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    let dripped = 0;
    let closed = false;
    socket.on('connect', () => {
      if (plan.first) {
        socket.write(plan.first);
        sent += plan.first.length;
      }
    });
    const ticker = setInterval(() => {
      if (socket.destroyed || !socket.writable || socket.connecting) return;
      if (dripped < drip.length) socket.write(drip[dripped++]!);
      else if (plan.forever) socket.write('x');
      else return clearInterval(ticker);
      sent += 1;
    }, plan.byteEveryMs ?? 100);
    const finish = () => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      socket.destroy();
      settle({ closed, received, sent });
    };
    const giveUp = setTimeout(finish, plan.giveUpMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      finish();
    });
  });
}

/** SQLite's companions of the project file that exist right now (-wal, -shm, -journal). */
export function sidecars(projectPath: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(projectPath + suffix));
}
