/**
 * `citat serve` as a real process, attacked over raw sockets: the access token, the Host
 * header, paths that try to leave the renderer folder for the repository or the project
 * file, malformed requests, slow clients held off by the default timeouts, the API's error
 * shape, and a clean stop. The in-process details are in tests/unit/host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, fails, makeTempDir, ok } from './support/cli';
import {
  rawRequest,
  runCliAsync,
  slowClient,
  startServe,
  type RawResponse,
  type ServeProcess,
} from './support/serve';

const running: ServeProcess[] = [];
const removals: (() => void)[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()!.stop('SIGKILL');
  while (removals.length > 0) removals.pop()!();
});

async function serveNewProject(): Promise<{ here: string; path: string; serve: ServeProcess }> {
  const temp = makeTempDir();
  removals.push(temp.remove);
  ok(temp.dir, ['new', 'speciale']);
  const path = join(temp.dir, 'speciale.citat');
  const serve = await startServe(temp.dir, path);
  running.push(serve);
  return { here: temp.dir, path, serve };
}

const withToken = (serve: ServeProcess, headers: Record<string, string> = {}) => ({
  headers: { 'x-citat-token': serve.token, ...headers },
});

const api = (serve: ServeProcess, method: string, body: string, headers = {}) =>
  rawRequest(serve.port, `/api/${method}`, {
    method: 'POST',
    body,
    headers: { 'x-citat-token': serve.token, 'content-type': 'application/json', ...headers },
  });

const parsed = (response: RawResponse) => JSON.parse(response.body) as Record<string, unknown>;

describe('citat serve: who may use it', () => {
  it('opens the app with the printed address; the token is needed in the query, the header or the cookie it sets', async () => {
    const { serve } = await serveNewProject();
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const page = await rawRequest(serve.port, `/?token=${serve.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.body)![1]!;
    const cookie = page.headers['set-cookie']!.split(';')[0]!;
    expect(cookie).toBe(`citat_token_${serve.port}=${serve.token}`);

    expect((await rawRequest(serve.port, `/${script}`)).status).toBe(403);
    expect((await rawRequest(serve.port, `/${script}`, { headers: { cookie } })).status).toBe(200);
    expect((await rawRequest(serve.port, `/${script}`, withToken(serve))).status).toBe(200);
    const wrong = serve.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (const headers of [
      { 'x-citat-token': wrong } as Record<string, string>,
      { cookie: `citat_token_${serve.port}=${wrong}` },
      { 'x-citat-token': '' },
    ])
      expect((await rawRequest(serve.port, `/${script}`, { headers })).status).toBe(403);
    expect((await rawRequest(serve.port, `/?token=${wrong}`)).status).toBe(403);

    const refused = await rawRequest(serve.port, '/api/codes.createPath', {
      method: 'POST',
      body: '{"path":["Uden adgang"]}',
    });
    expect(refused.status).toBe(403);
    const byCookie = await api(serve, 'codes.list', '{}', { 'x-citat-token': '', cookie });
    expect(parsed(byCookie)).toEqual({ ok: true, value: [] });
  });

  it('answers 421 to a foreign Host header (DNS rebinding) and changes nothing', async () => {
    const { serve } = await serveNewProject();
    for (const host of [
      'evil.example',
      `evil.example:${serve.port}`,
      `127.0.0.1:${serve.port + 1}`,
    ]) {
      expect((await rawRequest(serve.port, '/', withToken(serve, { host }))).status).toBe(421);
      const write = await rawRequest(serve.port, '/api/codes.createPath', {
        method: 'POST',
        body: '{"path":["Rebound"]}',
        headers: { host, 'x-citat-token': serve.token },
      });
      expect(write.status).toBe(421);
    }
    expect(parsed(await api(serve, 'codes.list', '{}'))).toEqual({ ok: true, value: [] });
  });
});

describe('citat serve: what it serves', () => {
  it('never serves a file outside the renderer folder: not the repository, not the project file', async () => {
    const { serve, path } = await serveNewProject();
    const packageJson = readFileSync(resolve(ROOT, 'package.json'), 'utf8');
    expect(packageJson).toContain('"name": "citat"');
    const targets = [
      '/../../package.json',
      '/../package.json',
      '/assets/../../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2F..%2Fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..\\..\\package.json',
      '/..%5C..%5Cpackage.json',
      '/../cli/citat.mjs',
      '/%2e%2e/cli/citat.mjs',
      `/${resolve(ROOT, 'package.json')}`,
      `/%2F${resolve(ROOT, 'package.json').slice(1)}`,
      `/${encodeURIComponent(path)}`,
      `/%2e%2e${'/%2e%2e'.repeat(12)}${path}`,
      '/../../../../../../../../etc/passwd',
      `http://127.0.0.1:${serve.port}/../../package.json`,
      '/assets',
      '/assets/',
    ];
    for (const target of targets) {
      const response = await rawRequest(serve.port, target, withToken(serve));
      expect([400, 404], target).toContain(response.status);
      expect(response.body, target).not.toContain('"name": "citat"');
      expect(response.body, target).not.toContain('SQLite format 3');
      expect(response.body, target).not.toContain('root:');
      expect(response.body, target).not.toContain('citat.mjs');
    }
  });

  it('answers 400 to malformed escapes, 405 to wrong methods, and the API error shape to bad calls', async () => {
    const { serve } = await serveNewProject();
    for (const target of ['/%ZZ', '/assets/%E0%A4%A', '/%'])
      expect((await rawRequest(serve.port, target, withToken(serve))).status, target).toBe(400);
    const badMethodName = await api(serve, 'codes%ZZ', '{}');
    expect(badMethodName.status).toBe(400);
    expect(parsed(badMethodName)).toMatchObject({ ok: false, error: { code: 'http.bad-path' } });
    expect((await rawRequest(serve.port, '/api/codes.list', withToken(serve))).status).toBe(405);
    expect(
      (await rawRequest(serve.port, '/', { method: 'DELETE', ...withToken(serve) })).status,
    ).toBe(405);
    expect(parsed(await api(serve, 'codes.nope', '{}'))).toEqual({
      ok: false,
      error: { kind: 'usage', code: 'api.unknown-method', message: 'unknown method "codes.nope"' },
    });
    expect(parsed(await api(serve, 'codes.createPath', '{"path":[]}'))).toMatchObject({
      ok: false,
      error: { kind: 'usage', code: 'api.invalid-arguments' },
    });
    expect(parsed(await api(serve, 'codes.createPath', 'not json'))).toMatchObject({
      ok: false,
      error: { kind: 'usage', code: 'http.bad-body' },
    });
    const created = await api(serve, 'codes.createPath', '{"path":["Principper","Kode 1"]}');
    expect(parsed(created)).toMatchObject({ ok: true, value: { created: 2 } });
    // Still alive and well after all that.
    expect(serve.running()).toBe(true);
  });

  it('sends Referrer-Policy: no-referrer (the address carries the token) on every kind of answer', async () => {
    const { serve } = await serveNewProject();
    const answers = await Promise.all([
      rawRequest(serve.port, `/?token=${serve.token}`),
      rawRequest(serve.port, '/'),
      rawRequest(serve.port, '/missing', withToken(serve)),
      rawRequest(serve.port, '/%ZZ', withToken(serve)),
      rawRequest(serve.port, '/', withToken(serve, { host: 'evil.example' })),
      api(serve, 'codes.list', '{}'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 403, 404, 400, 421, 200]);
    for (const answer of answers) {
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });
});

describe('citat serve: slow clients and stopping', () => {
  it('disconnects a client that never finishes its headers, and one that sends nothing (default timeouts)', async () => {
    const { serve } = await serveNewProject();
    // The default header timeout is 10 s; 45 s leaves room for a busy machine, but not for
    // Node's own defaults (60 s, checked every 30 s).
    const [dripping, silent] = await Promise.all([
      slowClient(serve.port, {
        drip: `GET /?token=${serve.token} HTTP/1.1\r\nHost: 127.0.0.1:${serve.port}\r\nX-Slow: `,
        forever: true,
        byteEveryMs: 200,
        giveUpMs: 45_000,
      }),
      slowClient(serve.port, { giveUpMs: 45_000 }),
    ]);
    expect(dripping.closed).toBe(true);
    expect(dripping.received).not.toContain('<div id="root">');
    expect(silent.closed).toBe(true);
    // Other clients were served meanwhile and still are.
    expect(parsed(await api(serve, 'codes.list', '{}'))).toEqual({ ok: true, value: [] });
  }, 60_000);

  it('stops on SIGTERM even while a client holds a connection open, and releases the project', async () => {
    const { serve, path, here } = await serveNewProject();
    expect(existsSync(`${path}.lock`)).toBe(true);
    const stuck = slowClient(serve.port, {
      first: `GET / HTTP/1.1\r\nHost: 127.0.0.1:${serve.port}\r\n`,
      drip: 'X-Slow: ',
      forever: true,
      byteEveryMs: 100,
      giveUpMs: 30_000,
    });
    await new Promise((settle) => setTimeout(settle, 300));
    expect(await serve.stop('SIGTERM')).toBe(0);
    expect((await stuck).closed).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
    ok(here, ['codes', 'add', path, 'Efter serve']);
  });

  it('says in one line that the app is not built, before taking the project', async () => {
    const temp = makeTempDir();
    removals.push(temp.remove);
    ok(temp.dir, ['new', 'speciale']);
    const result = await runCliAsync(temp.dir, ['serve', 'speciale.citat'], {
      CITAT_RENDERER_DIR: join(temp.dir, 'no-renderer'),
    });
    expect(result.code, result.stderr).toBe(2);
    expect(result.errLines).toEqual([
      `citat: serve: the app is not built (${join(temp.dir, 'no-renderer', 'index.html')} is missing); run "npm run build"`,
    ]);
    expect(existsSync(join(temp.dir, 'speciale.citat.lock'))).toBe(false);
  });

  it('says in one line when the port is taken or not a port', async () => {
    const { serve } = await serveNewProject();
    const other = makeTempDir();
    removals.push(other.remove);
    ok(other.dir, ['new', 'andet']);
    const taken = await runCliAsync(other.dir, [
      'serve',
      join(other.dir, 'andet.citat'),
      '--port',
      String(serve.port),
    ]);
    expect(taken.code, taken.stderr).toBe(2);
    expect(taken.errLines).toEqual([
      `citat: serve: port ${serve.port} is already in use; choose another with --port, or leave --port out for any free port`,
    ]);
    expect(existsSync(join(other.dir, 'andet.citat.lock'))).toBe(false);
    for (const port of ['abc', '-1', '65536', '1e3', '', ' 80'])
      fails(
        other.dir,
        ['serve', join(other.dir, 'andet.citat'), `--port=${port}`],
        1,
        '--port must be 0–65535',
      );
  });
});
