import { fetchedArticle, fetchPage as libraryFetchPage, type FetchPage } from './fetchPage';
import type { FetchedPictures } from '../net/remotePictures';
import type { WaitingArticles } from './WaitingArticles';

/** After this many failed tries an article waits for a deliberate `save` of its address rather than the schedule's. */
export const MAX_ATTEMPTS = 5;

/**
 * One turn of fetching for the articles moved in by their address only (Pocket, Instapaper, Readwise): a few pages,
 * those tried least first, each filled in (its pictures fetched too) or its failure counted on the article. Runs with the feeds' schedule, in
 * the desktop app's main process and browser mode's server, never in the reader.
 */
export async function fetchWaiting(waiting: WaitingArticles, fetchPage: FetchPage = libraryFetchPage, limit = 20): Promise<{ filled: number; failed: number }> {
  const due = waiting
    .list(limit)
    .filter((w) => w.attempts < MAX_ATTEMPTS)
    .slice(0, limit);
  let filled = 0;
  let failed = 0;
  const pictures: FetchedPictures = new Map();
  await Promise.all(
    due.map(async ({ articleId, url }) => {
      try {
        const page = await fetchPage(url);
        waiting.fill(articleId, page.html, await fetchedArticle(page, pictures));
        filled++;
      } catch (err) {
        // Gone meanwhile (put in the Trash and emptied): nothing is left to count the failure on.
        if (waiting.get(articleId)) waiting.failed(articleId, err instanceof Error ? err.message : String(err));
        failed++;
      }
    }),
  );
  return { filled, failed };
}
