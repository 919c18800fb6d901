/**
 * The loopback host in-process (startHost on a real project, a small renderer folder of its
 * own): access token, Host and Origin checks, the renderer folder as the only thing served,
 * malformed requests, methods, the API's error shape, security headers and timeouts.
 * Requests go over raw sockets, so paths reach the host exactly as written.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startHost,
  type HostOptions,
  type RunningHost,
} from '../../../src/main/host/loopback-host';
import { newProject, tempDir } from '../../helpers/temp-project';
import { rawHttp, rawRequest, slowClient, type RawResponse } from '../../cli/support/serve';

const SECRET = 'secret-outside-the-renderer-folder';
const INDEX = '<!doctype html><title>Citat</title>';
const APP_JS = 'console.log("app");';

const hosts: RunningHost[] = [];
afterEach(async () => {
  while (hosts.length > 0) await hosts.pop()!.close();
});

/** A renderer folder with a secret beside it and a link inside it that points at the secret. */
function rendererFolder(): { rendererDir: string; secretPath: string } {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets', 'sub'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  const secretPath = join(dir, 'secret.txt');
  writeFileSync(secretPath, SECRET);
  writeFileSync(join(dir, 'renderer-secret.txt'), SECRET); // shares the folder's name as a prefix
  symlinkSync(secretPath, join(rendererDir, 'assets', 'link.txt'));
  return { rendererDir, secretPath };
}

async function host(
  options: Partial<HostOptions> = {},
): Promise<RunningHost & { secretPath: string }> {
  const { rendererDir, secretPath } = rendererFolder();
  const running = await startHost({ project: newProject(), rendererDir, ...options });
  hosts.push(running);
  return { ...running, secretPath };
}

const get = (h: RunningHost, target: string, headers: Record<string, string> = {}) =>
  rawRequest(h.port, target, { headers: { 'x-citat-token': h.token, ...headers } });

const post = (h: RunningHost, target: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest(h.port, target, {
    method: 'POST',
    body,
    headers: { 'x-citat-token': h.token, 'content-type': 'application/json', ...headers },
  });

const json = (response: RawResponse) => JSON.parse(response.body) as Record<string, unknown>;

describe('the access token', () => {
  it('is required: none, a wrong one or one of another length is refused with 403', async () => {
    const h = await host();
    const wrong = h.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const cases: [string, Record<string, string>][] = [
      ['/', {}],
      [`/?token=${wrong}`, {}],
      [`/?token=${h.token}x`, {}],
      ['/?token=', {}],
      ['/', { 'x-citat-token': wrong }],
      ['/', { 'x-citat-token': h.token.slice(1) }],
      ['/', { cookie: `citat_token_${h.port}=${wrong}` }],
      // A cookie of another `citat serve` (another port) is not this host's.
      ['/', { cookie: `citat_token_${h.port + 1}=${h.token}` }],
      ['/', { cookie: `citat_token=${h.token}` }],
    ];
    for (const [target, headers] of cases) {
      const response = await rawRequest(h.port, target, { headers });
      expect(response.status, `${target} ${JSON.stringify(headers)}`).toBe(403);
      expect(response.body).not.toContain(INDEX);
    }
    const api = await rawRequest(h.port, '/api/codes.list', { method: 'POST', body: '{}' });
    expect(api.status).toBe(403);
  });

  it('is accepted in the query (which sets the cookie), in the header and in the cookie', async () => {
    const h = await host();
    const byQuery = await rawRequest(h.port, `/?token=${h.token}`);
    expect(byQuery.status).toBe(200);
    expect(byQuery.body).toBe(INDEX);
    const cookie = byQuery.headers['set-cookie']!;
    expect(cookie).toMatch(new RegExp(`^citat_token_${h.port}=${h.token}; `));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const byHeader = await get(h, '/assets/app.js');
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toBe(APP_JS);
    expect(byHeader.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(byHeader.headers['set-cookie']).toBeUndefined();

    const byCookie = await rawRequest(h.port, '/assets/app.js', {
      headers: { cookie: `other=1; ${cookie.split(';')[0]}; more=2` },
    });
    expect(byCookie.status).toBe(200);
    const apiByCookie = await rawRequest(h.port, '/api/codes.list', {
      method: 'POST',
      body: '{}',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(json(apiByCookie)).toEqual({ ok: true, value: [] });
    const apiByQuery = await rawRequest(h.port, `/api/codes.list?token=${h.token}`, {
      method: 'POST',
      body: '{}',
    });
    expect(json(apiByQuery)).toEqual({ ok: true, value: [] });
  });
});

describe('the Host and Origin headers', () => {
  it('answer 421 to any Host but 127.0.0.1:<port> or localhost:<port> (DNS rebinding), token or not', async () => {
    const h = await host();
    for (const wrongHost of [
      'evil.example',
      `evil.example:${h.port}`,
      `127.0.0.1:${h.port + 1}`,
      '127.0.0.1',
      `127.0.0.1.evil.example:${h.port}`,
      `[::1]:${h.port}`,
      `0.0.0.0:${h.port}`,
    ]) {
      const response = await get(h, '/', { host: wrongHost });
      expect(response.status, wrongHost).toBe(421);
      expect(response.body).not.toContain(INDEX);
      const api = await post(h, '/api/codes.createPath', '{"path":["Rebound"]}', {
        host: wrongHost,
      });
      expect(api.status, wrongHost).toBe(421);
    }
    // No Host at all (HTTP/1.0 allows it).
    const bare = await rawHttp(h.port, `GET /?token=${h.token} HTTP/1.0\r\n\r\n`);
    expect(bare.status).toBe(421);
    expect((await get(h, '/', { host: `localhost:${h.port}` })).status).toBe(200);
    const codes = await post(h, '/api/codes.list', '{}');
    expect(json(codes)).toEqual({ ok: true, value: [] }); // nothing was created above
  });

  it('refuses a request whose Origin is another site, and serves its own origin', async () => {
    const h = await host();
    for (const origin of ['http://evil.example', 'null', `http://localhost:${h.port + 1}`]) {
      const response = await post(h, '/api/codes.createPath', '{"path":["CSRF"]}', { origin });
      expect(response.status, origin).toBe(403);
    }
    const same = await post(h, '/api/codes.list', '{}', { origin: `http://127.0.0.1:${h.port}` });
    expect(json(same)).toEqual({ ok: true, value: [] });
  });
});

describe('static files', () => {
  it('come only from the renderer folder: no traversal, encoded or not, no absolute paths, no links out', async () => {
    const h = await host();
    const targets = [
      '/../secret.txt',
      '/../../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/.%2e/secret.txt',
      '/..%2Fsecret.txt',
      '/assets%2F..%2F..%2Fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..\\secret.txt',
      '/assets\\..\\..\\secret.txt',
      '/..%5Csecret.txt',
      '/%5C..%5Csecret.txt',
      '/../renderer-secret.txt',
      `/${h.secretPath}`,
      `/%2F${h.secretPath.slice(1)}`,
      `/${encodeURIComponent(h.secretPath)}`,
      '/assets/link.txt',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/../../../../../../etc/passwd',
      `http://127.0.0.1:${h.port}/../secret.txt`,
    ];
    for (const target of targets) {
      const response = await get(h, target);
      expect([400, 404], target).toContain(response.status);
      expect(response.body, target).not.toContain(SECRET);
      expect(response.body, target).not.toContain('root:');
    }
  });

  it('list no folders: the folder itself, a subfolder and the folder with a slash are 404', async () => {
    const h = await host();
    for (const target of ['/assets', '/assets/', '/assets/sub', '/assets/sub/', '/assets/.']) {
      const response = await get(h, target);
      expect(response.status, target).toBe(404);
      expect(response.body).not.toContain('app.js');
    }
    expect((await get(h, '/')).body).toBe(INDEX);
    expect((await get(h, '/index.html')).body).toBe(INDEX);
    expect((await get(h, '/assets/./app.js')).body).toBe(APP_JS);
    expect((await get(h, '/assets/sub/../app.js')).body).toBe(APP_JS);
    expect((await get(h, '/assets/%61pp.js')).body).toBe(APP_JS);
  });

  it('answer 400 to a malformed URL or escape, in a file path and in an API method', async () => {
    const h = await host();
    for (const target of ['/%ZZ', '/%', '/assets/%E0%A4%A', '/%C0%AF', '/index.html%00', '//x']) {
      const response = await get(h, target);
      expect(response.status, target).toBe(400);
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    for (const target of ['/api/codes%ZZ', '/api/%', '/api/codes.list%00']) {
      const response = await post(h, target, '{}');
      expect(response.status, target).toBe(400);
      expect(json(response)).toMatchObject({
        ok: false,
        error: { kind: 'usage', code: 'http.bad-path' },
      });
    }
  });
});

describe('methods and the API', () => {
  it('allow POST only for the API and GET/HEAD only for files, with an Allow header', async () => {
    const h = await host();
    const apiGet = await get(h, '/api/codes.list');
    expect(apiGet.status).toBe(405);
    expect(apiGet.headers['allow']).toBe('POST');
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const response = await rawRequest(h.port, '/index.html', {
        method,
        headers: { 'x-citat-token': h.token },
      });
      expect(response.status, method).toBe(405);
      expect(response.headers['allow']).toBe('GET, HEAD');
    }
    const head = await rawRequest(h.port, '/', {
      method: 'HEAD',
      headers: { 'x-citat-token': h.token },
    });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answer with the documented error shape: unknown method, invalid arguments, a bad body, a body too large', async () => {
    const h = await host({ maxBodyBytes: 2_000 });
    const unknown = await post(h, '/api/codes.nope', '{}');
    expect(unknown.status).toBe(200);
    expect(json(unknown)).toEqual({
      ok: false,
      error: { kind: 'usage', code: 'api.unknown-method', message: 'unknown method "codes.nope"' },
    });
    const proto = await post(h, '/api/__proto__', '{}');
    expect(json(proto)).toMatchObject({ ok: false, error: { code: 'api.unknown-method' } });
    const invalid = await post(h, '/api/codes.createPath', '{"path":5}');
    expect(invalid.status).toBe(200);
    expect(json(invalid)).toMatchObject({
      ok: false,
      error: {
        kind: 'usage',
        code: 'api.invalid-arguments',
        message: expect.stringMatching(/^invalid arguments for codes\.createPath: path: /),
      },
    });
    const badJson = await post(h, '/api/codes.list', '{"path":');
    expect(badJson.status).toBe(400);
    expect(json(badJson)).toMatchObject({
      ok: false,
      error: { kind: 'usage', code: 'http.bad-body' },
    });
    const large = await post(
      h,
      '/api/codes.createPath',
      JSON.stringify({ path: ['x'.repeat(3_000)] }),
    );
    expect(large.status).toBe(413);
    expect(json(large)).toMatchObject({ ok: false, error: { code: 'http.body-too-large' } });
    const created = await post(h, '/api/codes.createPath', '{"path":["Principper","Kode 1"]}');
    expect(json(created)).toMatchObject({
      ok: true,
      value: { created: 2, code: { name: 'Kode 1' } },
    });
    const escaped = await post(h, '/api/codes%2Elist', '{}');
    expect(json(escaped)).toMatchObject({
      ok: true,
      value: [{ name: 'Principper' }, { name: 'Kode 1' }],
    });
  });

  it('send Referrer-Policy: no-referrer and the other security headers on every response', async () => {
    const h = await host();
    const responses = [
      await get(h, '/'),
      await get(h, '/assets/app.js'),
      await get(h, '/missing.js'),
      await get(h, '/%ZZ'),
      await rawRequest(h.port, '/'),
      await get(h, '/', { host: 'evil.example' }),
      await post(h, '/api/codes.list', '{}'),
      await post(h, '/api/nope', '{}'),
      await post(h, '/api/codes.list', '{'),
      await get(h, '/api/codes.list'),
    ];
    for (const response of responses) {
      expect(response.headers['referrer-policy'], String(response.status)).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    expect(responses.map((r) => r.status)).toEqual([
      200, 200, 404, 400, 403, 421, 200, 200, 400, 405,
    ]);
  });
});

describe('slow clients', () => {
  // Short timeouts; the bounds below are generous, as the machine may be busy.
  const timeouts = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 300 };

  it('are cut off when their headers come byte by byte and never end', async () => {
    const h = await host(timeouts);
    const slow = await slowClient(h.port, {
      drip: `GET /?token=${h.token} HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Slow: `,
      forever: true,
      byteEveryMs: 20,
      giveUpMs: 10_000,
    });
    expect(slow.closed).toBe(true);
    expect(slow.received).not.toContain(INDEX);
    expect(slow.received === '' || slow.received.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('are cut off when they connect and send nothing', async () => {
    const h = await host(timeouts);
    const silent = await slowClient(h.port, { giveUpMs: 10_000 });
    expect(silent.closed).toBe(true);
    expect(silent.sent).toBe(0);
  });

  it('are cut off when the body of their request never ends, and nothing of it is acted on', async () => {
    const h = await host(timeouts);
    const first =
      `POST /api/codes.createPath HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n` +
      `x-citat-token: ${h.token}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n`;
    const slow = await slowClient(h.port, {
      first,
      drip: '{"path":["Slow',
      forever: true,
      byteEveryMs: 20,
      giveUpMs: 10_000,
    });
    expect(slow.sent).toBeGreaterThan(first.length); // the headers were through; the body stalled
    expect(slow.closed).toBe(true);
    const codes = await post(h, '/api/codes.list', '{}');
    expect(json(codes)).toEqual({ ok: true, value: [] });
  });

  it('do not keep an idle kept-alive connection open, and do not hold up close()', async () => {
    const h = await host({
      headersTimeoutMs: 60_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 300,
      closeGraceMs: 100,
    });
    // One whole request on a kept-alive connection, then silence: closed after keepAliveTimeout.
    const idle = await slowClient(h.port, {
      first: `GET /assets/app.js HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nx-citat-token: ${h.token}\r\n\r\n`,
      giveUpMs: 10_000,
    });
    expect(idle.received).toContain(APP_JS);
    expect(idle.closed).toBe(true);
    // A connection stuck in its headers (long timeouts) does not keep close() waiting.
    const stuck = slowClient(h.port, {
      first: `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n`,
      drip: 'X-Slow: ',
      forever: true,
      byteEveryMs: 50,
      giveUpMs: 20_000,
    });
    await new Promise((settle) => setTimeout(settle, 300));
    await hosts.pop()!.close();
    expect((await stuck).closed).toBe(true);
  });
});
