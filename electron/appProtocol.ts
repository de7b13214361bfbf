import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentTypeOf } from './contentTypes';
import { PICTURE_PATH, pictureHeaders, type PictureSource } from './pictureRoute';

/**
 * The reader is served from app://dossier/ rather than file://: 'self' in the CSP then means the bundle only,
 * the page gets none of file://'s reach into the disk, and IPC can tell the app's own frames by their URL.
 * Nothing here imports Electron, so the rules are unit-tested in Node.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Whether a URL is one of the app's own pages. Scheme and host are compared one by one: Node gives URLs of
 * non-special schemes an opaque origin ("null"), so comparing `origin` with APP_ORIGIN would refuse everything.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The file inside `root` (the built renderer) that an app:// request names, or null for other hosts, escapes, bad escapes and NUL bytes. */
export function appFile(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const requested = new URL(url).pathname;
  let pathname: string;
  try {
    pathname = decodeURIComponent(requested === '/' ? '/index.html' : requested);
  } catch {
    return null;
  }
  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  return !pathname.includes('\0') && file.startsWith(base + path.sep) ? file : null;
}

/**
 * The answer to an app:// request: a picture from the library, or the file, typed as browser mode types it, under
 * the CSP; 404 for a file that is not there, where a thrown error would reach the page as a bare network error with no status to tell why.
 */
export async function appResponse(root: string, url: string, pictures?: PictureSource): Promise<Response> {
  const picture = isAppUrl(url) ? PICTURE_PATH.exec(new URL(url).pathname) : null;
  if (picture) {
    const found = pictures?.get(picture[1]!);
    return found ? new Response(new Uint8Array(found.bytes), { headers: pictureHeaders(found.type) }) : notFound();
  }
  const file = appFile(root, url);
  const body = file === null ? null : await readIfThere(file);
  if (file === null || body === null) return notFound();
  return new Response(body, {
    headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  });
}

function notFound(): Response {
  return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

async function readIfThere(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (err) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return null;
    throw err;
  }
}

function parse(url: string | null | undefined): URL | null {
  try {
    return new URL(url ?? '');
  } catch {
    return null;
  }
}
