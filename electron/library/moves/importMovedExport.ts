import type { MovedCounts } from '../../common/contract/importsContract';
import { validTags } from '../../common/tagNames';
import { stableUuid } from '../export/formats/stableUuid';
import type { Library } from '../Library';
import type { MovedExport, MovedHighlight, MovedItem } from './MovedExport';
import { MovedArticles } from './MovedArticles';
import { placeExcerpt } from './WaitingArticles';

/**
 * Brings another app's entries into the library, in one transaction. Each entry becomes an article, or is matched
 * to the one already here; its tags, read state and place are added, and its highlights placed in the text by their
 * quotes. A highlight whose text is not there (or not fetched yet) is kept orphaned, with its quote and note, on
 * its article, where a fetch or a later version of the text places it. Nothing is dropped, and ids derived from
 * the export make a second import of the same file add nothing.
 */
export function importMovedExport(library: Library, moved: MovedExport): MovedCounts {
  const counts: MovedCounts = { app: moved.app, entries: moved.items.length, added: 0, waiting: 0, matched: 0, highlights: 0, existing: 0, orphaned: 0 };
  const articles = new MovedArticles(library.db, library);
  library.db.transaction(() => {
    const now = new Date().toISOString();
    for (const item of moved.items) {
      let id = articles.find(item);
      if (id === null) {
        const made = articles.create(item, now);
        id = made.id;
        counts.added++;
        if (made.waiting) counts.waiting++;
      } else counts.matched++;
      const tags = validTags(item.tags);
      if (tags.length > 0) library.annotations.tags.addToArticles([id], tags);
      articles.keepReading(id, item, now);
      for (const h of item.highlights) count(counts, putHighlight(library, id, moved.app, h, item.added ?? now));
      if (item.excerpt) keepExcerpt(library, articles, id, item, now, counts);
    }
  })();
  return counts;
}

type Outcome = { created: boolean; orphaned: boolean };

function count(counts: MovedCounts, { created, orphaned }: Outcome): void {
  if (!created) counts.existing++;
  else if (orphaned) counts.orphaned++;
  else counts.highlights++;
}

function putHighlight(library: Library, articleId: number, app: string, h: MovedHighlight, fallbackTime: string): Outcome {
  const created = h.created ?? fallbackTime;
  const { highlight, created: added } = library.annotations.highlights.put({
    uuid: stableUuid(`${app}:${h.key}`),
    articleId,
    quote: h.quote,
    prefix: '',
    suffix: '',
    start: null,
    end: null,
    color: h.color,
    note: h.note,
    tags: validTags(h.tags),
    created,
    modified: created,
  });
  return { created: added, orphaned: highlight.orphaned };
}

/**
 * Instapaper's selection: a highlight when the article has its text here; kept as the waiting article's excerpt
 * otherwise, which becomes a highlight once the page is fetched.
 */
function keepExcerpt(library: Library, articles: MovedArticles, id: number, item: MovedItem, now: string, counts: MovedCounts): void {
  const waiting = library.waiting.get(id);
  if (waiting || !item.url) {
    library.waiting.keepExcerpt(id, item.excerpt);
    return;
  }
  if (articles.body(id).trim() === '') return;
  count(counts, placeExcerpt(library.annotations.highlights, id, item.url, item.excerpt, item.added ?? now));
}
