import { hostSlot } from './hostSlots';
import { userAgent } from './userAgent';

export interface FetchOptions {
  /** The validator of the copy already held: a 304 answers that it is still current. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** For each request of the chain (a redirect starts its own), from when it is sent to its body's last byte. */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedResource {
  /** 2xx, 304 (the copy held is current; no body), or 429 and 503 (come back later: `retryAfterMs` when the server said when). */
  status: number;
  /** The address the body came from, after redirects. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  retryAfterMs?: number;
}

/** Why a resource could not be fetched, naming its address. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly url: string,
    cause: string,
    readonly status?: number,
  ) {
    super(`${url}: ${cause}`);
  }
}

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const COME_BACK_LATER = new Set([429, 503]);

/**
 * Fetches an http(s) address for the library: any host the user names (an intranet's, loopback, private networks),
 * with an honest User-Agent, conditional validators, at most `MAX_REDIRECTS` redirects, a time limit, a size cap
 * enforced while the body streams in, and at most two requests at once to one host. Any other status than those
 * `FetchedResource.status` lists, and every failure to connect, is thrown as a `FetchError`.
 */
export async function fetchResource(address: string, options: FetchOptions = {}): Promise<FetchedResource> {
  let url = httpUrl(address, address);
  for (let hop = 0; ; hop++) {
    const res = await hostSlot(url.host, () => request(url, options));
    if ('location' in res) {
      if (hop === MAX_REDIRECTS) throw new FetchError(address, `more than ${MAX_REDIRECTS} redirects (the last to ${res.location})`);
      url = httpUrl(res.location, address);
      continue;
    }
    return res;
  }
}

/** One request; a redirect is answered with where it leads, read against the address that gave it. */
async function request(url: URL, options: FetchOptions): Promise<FetchedResource | { location: string }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let why: string | null = null;
  const timer = setTimeout(() => {
    why = `no complete answer within ${timeoutMs / 1000} s`;
    controller.abort();
  }, timeoutMs);
  const fail = (err: unknown): never => {
    if (err instanceof FetchError) throw err;
    throw new FetchError(url.href, why ?? networkCause(err));
  };
  try {
    const headers: Record<string, string> = { 'user-agent': userAgent(), accept: options.accept ?? '*/*' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal }).catch(fail);
    const location = res.headers.get('location');
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel();
      if (!location) throw new FetchError(url.href, `answered ${res.status} without saying where to go`, res.status);
      return { location: new URL(location, url).href };
    }
    const ok = (res.status >= 200 && res.status < 300) || res.status === 304 || COME_BACK_LATER.has(res.status);
    if (!ok) {
      await res.body?.cancel();
      throw new FetchError(url.href, `answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status);
    }
    const body = res.status >= 200 && res.status < 300 ? await readCapped(res, maxBytes, url, controller).catch(fail) : await discard(res);
    const retryAfterMs = COME_BACK_LATER.has(res.status) ? parseRetryAfter(res.headers.get('retry-after'), Date.now()) : undefined;
    return {
      status: res.status,
      url: url.href,
      headers: headerRecord(res.headers),
      body,
      contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, refused as soon as it is known to pass `maxBytes`: from its declared length, else as it streams. */
async function readCapped(res: Response, maxBytes: number, url: URL, controller: AbortController): Promise<Buffer> {
  const tooLarge = () => new FetchError(url.href, `the answer is larger than ${formatBytes(maxBytes)}`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      throw tooLarge();
    }
    chunks.push(Buffer.from(next.value));
  }
  return Buffer.concat(chunks, size);
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  return record;
}

async function discard(res: Response): Promise<Buffer> {
  await res.body?.cancel();
  return Buffer.alloc(0);
}

/** An http(s) address, else a refusal naming it; `from` is what was asked for, named in the message. */
function httpUrl(address: string, from: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError(from, `"${address}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(from, `only http and https addresses are fetched, not ${url.protocol}`);
  return url;
}

/** `Retry-After` in milliseconds from `now`: seconds, or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Node's fetch says "fetch failed" and keeps the reason (refused, not found, reset) in its cause. */
function networkCause(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const known: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'no such host',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    EAI_AGAIN: 'the host name could not be looked up (offline?)',
  };
  if (cause?.code && known[cause.code]) return known[cause.code]!;
  return cause?.message ?? (err instanceof Error ? err.message : String(err));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
