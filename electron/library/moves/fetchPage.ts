/** A page fetched for saving: the address it was answered from (after redirects) and its HTML. */
export interface FetchedPage {
  url: string;
  html: string;
}

/** How a page is fetched; a stand-in until the library's shared fetcher (with per-host limits and back-off) takes its place. */
export type FetchPage = (url: string) => Promise<FetchedPage>;

const TIMEOUT_MS = 20_000;
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The minimal fetch `save` uses: http(s) only, redirects followed (by fetch, at most 20), a time limit, a size cap,
 * and only HTML accepted. Each failure's message says why, for the article kept waiting.
 */
export function minimalFetchPage(userAgent: string): FetchPage {
  return async (address) => {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`only http and https addresses can be fetched, not ${url.protocol}`);
    const response = await fetch(url, {
      headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) throw new Error(`the page is ${type.split(';')[0]}, not HTML`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      size += part.value.length;
      if (size > MAX_BYTES) {
        await reader!.cancel();
        throw new Error(`the page is larger than ${MAX_BYTES / 1024 / 1024} MB`);
      }
      chunks.push(part.value);
    }
    return { url: response.url || url.href, html: Buffer.concat(chunks).toString('utf8') };
  };
}
