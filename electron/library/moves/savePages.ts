import type { SaveResult } from '../../common/contract/libraryContract';
import type { Library } from '../Library';
import type { FetchedPictures } from '../net/remotePictures';
import type { ParsedArticle } from '../parse/types';
import { fetchedArticle, type FetchPage } from './fetchPage';
import { MovedArticles } from './MovedArticles';
import { movedItem } from './MovedExport';
import { httpUrl } from './readPocket';

/**
 * Saves web pages by address: each is fetched once, extracted as a saved page is (title, site, author and date from
 * its metadata) and kept offline with its pictures. One already here is not saved again; one that cannot be fetched is kept as an
 * article waiting for its page, with the reason.
 */
export async function savePages(library: Library, urls: readonly string[], fetchPage: FetchPage): Promise<SaveResult[]> {
  const articles = new MovedArticles(library.db, library);
  const results: SaveResult[] = [];
  const pictures: FetchedPictures = new Map();
  for (const given of urls) {
    const url = httpUrl(given);
    if (!url) {
      results.push({ url: given, status: 'error', error: 'not an http or https address' });
      continue;
    }
    const here = articles.find(movedItem({ key: url, url }));
    if (here !== null) {
      results.push({ url, status: 'duplicate', id: here, title: library.articles.get(here)!.title });
      continue;
    }
    let page: string | null = null;
    let article: ParsedArticle | null = null;
    let error: string | undefined;
    try {
      const fetched = await fetchPage(url);
      page = fetched.html;
      // A page with nothing to read leaves the article waiting, as one from an export does.
      article = await fetchedArticle(fetched, pictures).catch(() => null);
    } catch (err) {
      error = err instanceof Error ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message) : String(err);
    }
    const id = library.db.transaction(() => {
      const made = articles.create(movedItem({ key: url, url, page }), new Date().toISOString(), article);
      if (error !== undefined) library.waiting.failed(made.id, error);
      return made.id;
    })();
    const { title, waiting } = library.articles.get(id)!;
    results.push(
      waiting ? { url, status: 'waiting', id, title, error: waiting.lastError ?? 'the page has no text to read' } : { url, status: 'added', id, title },
    );
  }
  return results;
}
