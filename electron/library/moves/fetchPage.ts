import { decodeText } from '../parse/decodeText';
import { fetchResource } from '../net/fetchResource';
import { withRemotePictures, type FetchedPictures } from '../net/remotePictures';
import { parseHtml } from '../parse/parseHtml';
import type { ParsedArticle } from '../parse/types';

/** A page fetched for saving: the address it was answered from (after redirects) and its HTML. */
export interface FetchedPage {
  url: string;
  html: string;
}

/** How a page is fetched; tests and the desktop app may give their own. */
export type FetchPage = (url: string) => Promise<FetchedPage>;

/**
 * A page for `save` and for the articles waiting for theirs, through the library's one fetcher (http(s) only, at
 * most five redirects, a time limit, a size cap, two requests per host); only HTML is taken. Each failure's message
 * says why, for the article kept waiting.
 */
export const fetchPage: FetchPage = async (address) => {
  const fetched = await fetchResource(address, { accept: 'text/html,application/xhtml+xml' });
  if (fetched.status < 200 || fetched.status > 299) throw new Error(`${address}: the server answered ${fetched.status}; try again later`);
  if (fetched.contentType && !/html/i.test(fetched.contentType)) throw new Error(`the page is ${fetched.contentType.split(';')[0]}, not HTML`);
  return { url: fetched.url, html: decodeText(fetched.body) };
};

/** A fetched page's article as a saved page's is read, with its pictures fetched once, now (`fetched`: those of the pages before it). */
export function fetchedArticle(page: FetchedPage, fetched?: FetchedPictures): Promise<ParsedArticle> {
  return withRemotePictures(page.url, (resolve) => parseHtml(page.html, resolve), { fetched });
}
