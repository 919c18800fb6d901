/**
 * The loopback host: serves the renderer and the API contract over HTTP on 127.0.0.1, so
 * the same UI runs in any browser (and is tested end to end in Chromium). Every request
 * must carry the random token (URL on first load, then a SameSite cookie or a header);
 * the Host header is checked against DNS rebinding.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { decodeWire, encodeWire } from '@shared/api/wire';
import { call } from '../backend/api/dispatch';
import type { Project } from '../backend/project/project';

export interface HostOptions {
  project: Project;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 = any free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function cookieToken(req: IncomingMessage): string | undefined {
  return /(?:^|;\s*)citat_token=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '')?.[1];
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
    ...headers,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`request body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 300 * 1024 * 1024;
  const root = normalize(options.rendererDir);
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(
      new Error(
        `the app is not built (${join(root, 'index.html')} is missing); run "npm run build"`,
      ),
    );
  }
  let port = options.port ?? 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(res, 421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const headerToken = req.headers['x-citat-token'];
    const authorised =
      sameToken(queryToken, token) ||
      sameToken(typeof headerToken === 'string' ? headerToken : undefined, token) ||
      sameToken(cookieToken(req), token);
    if (!authorised)
      return send(
        res,
        403,
        'forbidden: open the address citat serve printed (it carries the access token)',
      );

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'use POST');
      let input: unknown;
      try {
        input = decodeWire(JSON.parse((await readBody(req, maxBody)) || '{}'));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return send(
          res,
          400,
          JSON.stringify({ ok: false, error: { kind: 'usage', code: 'http.bad-body', message } }),
          'application/json',
        );
      }
      const result = await call(options.project, decodeURIComponent(url.pathname.slice(5)), input);
      return send(res, 200, JSON.stringify(encodeWire(result)), 'application/json');
    }

    if (req.method !== 'GET') return send(res, 405, 'method not allowed');
    const relative =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
      return send(res, 404, 'not found');
    const cookie: Record<string, string> = queryToken
      ? { 'set-cookie': `citat_token=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : {};
    send(
      res,
      200,
      readFileSync(file),
      CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      cookie,
    );
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) =>
      send(res, 500, err instanceof Error ? err.message : String(err)),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
