/**
 * The loopback host: serves the renderer and the API contract over HTTP on 127.0.0.1, so
 * the same UI runs in any browser (and is tested end to end in Chromium). Every request
 * must carry the random token (URL on first load, then a SameSite cookie or a header);
 * the Host header is checked against DNS rebinding, and a cross-site Origin is refused.
 * Static files come only from the renderer folder (no listings, no way out of it), and
 * slow clients are cut off by Node's header and request timeouts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path';
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
  /** A client must have sent all its headers within this time (default 10 s). */
  headersTimeoutMs?: number;
  /** …and its whole request, body included (default 5 min, for big uploads). */
  requestTimeoutMs?: number;
  /** An idle kept-alive connection is closed after this time (default 5 s). */
  keepAliveTimeoutMs?: number;
  /** On close, requests still running get this long before their connections are cut (default 2 s). */
  closeGraceMs?: number;
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
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Sent with every response: no caching, no sniffing, no framing, and no Referer carrying the token away. */
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': CSP,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function cookieToken(req: IncomingMessage, cookieName: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === cookieName) return value;
  }
  return undefined;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...headers });
  res.end(body);
}

const apiError = (code: string, message: string) =>
  JSON.stringify({ ok: false, error: { kind: 'usage', code, message } });

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`request body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** decodeURIComponent, or null for a malformed escape ("%ZZ", a lone "%", broken UTF-8). */
function decodePath(encoded: string): string | null {
  try {
    const decoded = decodeURIComponent(encoded);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The file under `root` that `relativePath` names, or null: never a folder, never outside. */
function staticFile(root: string, relativePath: string): string | null {
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  const file = resolvePath(root, relativePath);
  if (!inside(file)) return null;
  try {
    const real = realpathSync(file); // a link inside the folder must not lead out of it
    return inside(real) && statSync(real).isFile() ? real : null;
  } catch {
    return null; // not there (or removed by a rebuild meanwhile)
  }
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 300 * 1024 * 1024;
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 5 * 60_000, headersTimeout);
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    return Promise.reject(
      new Error(
        `the app is not built (${join(options.rendererDir, 'index.html')} is missing); run "npm run build"`,
      ),
    );
  }
  const root = realpathSync(options.rendererDir);
  let port = options.port ?? 0;
  // Named by port: cookies ignore ports, and two `citat serve` at once must not swap tokens.
  const cookieName = () => `citat_token_${port}`;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(res, 421, 'wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`)
      return send(res, 403, 'forbidden: cross-origin request');
    const target = req.url ?? '';
    // Only origin-form targets ("/path?query"): not "//other/path", "http://…" or "*".
    if (!target.startsWith('/') || target.startsWith('//')) return send(res, 400, 'bad request');
    let url: URL;
    try {
      url = new URL(`http://127.0.0.1:${port}${target}`);
    } catch {
      return send(res, 400, 'bad request: malformed URL');
    }
    const queryToken = url.searchParams.get('token') ?? undefined;
    const headerToken = req.headers['x-citat-token'];
    const authorised =
      sameToken(queryToken, token) ||
      sameToken(typeof headerToken === 'string' ? headerToken : undefined, token) ||
      sameToken(cookieToken(req, cookieName()), token);
    if (!authorised)
      return send(
        res,
        403,
        'forbidden: open the address citat serve printed (it carries the access token)',
      );
    const path = decodePath(url.pathname);

    if (url.pathname.startsWith('/api/')) {
      if (path === null)
        return send(
          res,
          400,
          apiError('http.bad-path', 'malformed escape in the method name'),
          'application/json',
        );
      if (req.method !== 'POST') return send(res, 405, 'use POST', undefined, { allow: 'POST' });
      const declared = Number(req.headers['content-length'] ?? 0);
      let input: unknown;
      try {
        if (declared > maxBody) throw new BodyTooLarge(`request body larger than ${maxBody} bytes`);
        input = decodeWire(JSON.parse((await readBody(req, maxBody)) || '{}'));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        // Past the limit the rest of the upload is not read: the connection goes with the answer.
        const tooLarge = err instanceof BodyTooLarge;
        return send(
          res,
          tooLarge ? 413 : 400,
          apiError(tooLarge ? 'http.body-too-large' : 'http.bad-body', message),
          'application/json',
          tooLarge ? { connection: 'close' } : {},
        );
      }
      const result = await call(options.project, path.slice(5), input);
      return send(res, 200, JSON.stringify(encodeWire(result)), 'application/json');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'method not allowed', undefined, { allow: 'GET, HEAD' });
    if (path === null) return send(res, 400, 'bad request: malformed escape in the path');
    const file = staticFile(root, path === '/' ? 'index.html' : path.slice(1));
    if (!file) return send(res, 404, 'not found');
    const cookie: Record<string, string> = queryToken
      ? { 'set-cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : {};
    send(
      res,
      200,
      readFileSync(file),
      CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      cookie,
    );
  };

  const server: Server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // How often Node looks for connections past those timeouts (its default is 30 s).
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        if (res.headersSent) res.destroy();
        else send(res, 500, err instanceof Error ? err.message : String(err));
      });
    },
  );
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 5_000;
  const closeGrace = options.closeGraceMs ?? 2_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            // Idle connections go at once; running requests get a grace period, then are cut.
            const cut = setTimeout(() => server.closeAllConnections(), closeGrace);
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
