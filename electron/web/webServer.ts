import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers/Handlers';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { contentTypeOf } from '../contentTypes';
import { PICTURE_PATH, pictureHeaders, type PictureSource } from '../pictureRoute';
import { refuseRequest } from './refuseRequest';

export interface WebServerOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The library's pictures, asked for by the articles shown. */
  pictures?: PictureSource;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Room for one 20 MB article uploaded as base64 in browser mode.
const MAX_BODY_BYTES = 40 * 1024 * 1024;

/**
 * Browser mode: the renderer and the API over HTTP, on 127.0.0.1 only. The API needs the per-run token
 * (header `x-dossier-token`); Host and Origin must be this server's own, which defeats DNS rebinding and
 * cross-site requests; a non-loopback peer is refused outright.
 */
export async function startWebServer({
  handlers,
  staticDir,
  pictures,
  port = 0,
  token = randomBytes(24).toString('base64url'),
}: WebServerOptions): Promise<RunningWebServer> {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[dossier web]', err);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } });
    });
  });
  let actualPort = 0;
  const expectedToken = Buffer.from(token);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refusal = refuseRequest(req, actualPort);
    if (refusal) return send(res, 403, { ok: false, error: { code: 'invalid', message: refusal } });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${actualPort}`);
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(req.headers['x-dossier-token'], expectedToken)) {
        return send(res, 401, { ok: false, error: { code: 'invalid', message: 'Missing or wrong access token.' } });
      }
      if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith('application/json')) {
        return send(res, 405, { ok: false, error: { code: 'invalid', message: 'Use POST with a JSON body.' } });
      }
      const payload = await readJson(req);
      if (payload === INVALID) return send(res, 400, { ok: false, error: { code: 'invalid', message: 'The request body is not JSON or is too large.' } });
      const envelope = await dispatch(handlers, safeDecode(url.pathname.slice(5)) ?? '', payload);
      return send(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'invalid', message: 'Method not allowed.' } });
    const picture = PICTURE_PATH.exec(url.pathname);
    if ((url.pathname === '/' || picture) && !tokenMatches(url.searchParams.get('token') ?? undefined, expectedToken)) {
      return sendText(res, 401, 'Open the full address printed by "npm run web": it includes the access token.');
    }
    if (picture) {
      const found = pictures?.get(picture[1]!);
      if (!found) return sendText(res, 404, 'Not found.');
      res.writeHead(200, pictureHeaders(found.type));
      return void res.end(req.method === 'HEAD' ? undefined : found.bytes);
    }
    serveStatic(res, staticDir, url.pathname === '/' ? '/index.html' : url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${encodeURIComponent(token)}`,
    port: actualPort,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buf = Buffer.from(given);
  return buf.length === expected.length && timingSafeEqual(buf, expected);
}

const INVALID = Symbol('invalid');

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is read to its end (and dropped) so the client gets the answer rather than a reset.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) return INVALID;
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return INVALID;
  }
}

function statusOf(code: string): number {
  return code === 'invalid' ? 400 : code === 'not_found' ? 404 : code === 'library' ? 409 : 500;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  const decoded = safeDecode(pathname);
  const file = path.resolve(root, `.${path.posix.normalize(decoded ?? '/')}`);
  if (decoded === null || !file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return sendText(res, 404, 'Not found.');
  }
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  fs.createReadStream(file).pipe(res);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
