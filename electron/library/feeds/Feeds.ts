import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { FeedSummary, RefreshResult } from '../../common/contract/feedsContract';
import { RequestError } from '../../common/RequestError';
import { explainSqliteError } from '../db/LibraryError';
import { prepareParsed } from '../import/prepareArticle';
import { writeArticle, type ArticleToWrite } from '../import/writeArticle';
import type { ImportContext } from '../import/importPaths';
import { fetchResource, FetchError, type FetchedResource } from '../net/fetchResource';
import { withRemotePictures, type FetchedPictures } from '../net/remotePictures';
import { ParseError } from '../parse/types';
import { discoverFeeds } from './discoverFeeds';
import { carriesOnlySummary, entryArticle, pageArticle } from './feedItemArticle';
import { FeedStore, type FeedRow } from './FeedStore';
import { readOpml, writeOpml } from './opml';
import { FeedFormatError, readFeed, type FeedEntry, type ParsedFeed } from './readFeed';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
/** A 429 or 503 that does not say when to come back is asked again after this. */
const DEFAULT_BACKOFF_MS = 60 * 60 * 1000;

export interface FeedsContext extends Pick<ImportContext, 'articles' | 'pictures' | 'entities' | 'highlights'> {
  db: Database;
  dbFile: string;
  /** The fetcher; tests may count or slow its calls. */
  fetch?: typeof fetchResource;
}

/** A fetched item ready to write: what identifies it, and its article. */
interface ReadyItem {
  guid: string | null;
  url: string | null;
  contentHash: string;
  knownId: number | undefined;
  articleId: number | undefined;
  article: ArticleToWrite;
}

/**
 * Subscriptions and their refresh. Each item becomes an article stored offline, written as an import writes
 * one (entities extracted; highlights placed again when a changed item updates its article in place). A feed
 * that fails keeps its articles and says why in `lastError`.
 */
export class Feeds {
  readonly store: FeedStore;
  private readonly fetch: typeof fetchResource;

  constructor(private readonly ctx: FeedsContext) {
    this.store = new FeedStore(ctx.db);
    this.fetch = ctx.fetch ?? fetchResource;
  }

  list(): FeedSummary[] {
    return this.store.list();
  }

  /** One feed as listed; a refusal naming the id when there is none. */
  summary(id: number): FeedSummary {
    const feed = this.store.list().find((f) => f.id === id);
    if (!feed) throw new RequestError('not_found', `There is no feed ${id}.`);
    return feed;
  }

  /**
   * Subscribes to a feed, given its address or a page that advertises one, and fetches its items. Refused,
   * with the reason, when neither the address nor the page it gives leads to a readable feed.
   */
  async add(
    url: string,
    options: { folder?: string | null; fullText?: boolean } = {},
    now = new Date(),
  ): Promise<{ feed: FeedSummary; refresh: RefreshResult }> {
    let fetched = await this.fetchOrRefuse(url);
    let parsed = tryReadFeed(fetched);
    if (!parsed.ok) {
      const advertised = discoverFeeds(fetched.body.toString('utf8'), fetched.url)[0];
      if (!advertised) throw new RequestError('invalid', `${url}: ${parsed.error}, and the page advertises no feed.`);
      fetched = await this.fetchOrRefuse(advertised);
      parsed = tryReadFeed(fetched);
      if (!parsed.ok) throw new RequestError('invalid', `${advertised} (advertised by ${url}): ${parsed.error}.`);
    }
    const existing = this.store.findByUrl(fetched.url);
    if (existing !== undefined) throw new RequestError('invalid', `You already follow ${fetched.url} (feed ${existing}).`);
    const id = this.store.insert(
      { url: fetched.url, title: parsed.feed.title, siteUrl: parsed.feed.siteUrl, folder: options.folder ?? null, fullText: options.fullText ?? true },
      now.toISOString(),
    );
    const refresh = await this.writeItems(this.store.get(id)!, fetched, parsed.feed, now);
    return { feed: this.summary(id), refresh };
  }

  /**
   * Asks the server for a feed's news, with the validators of the copy held: a 304 rewrites nothing. `manual`
   * asks whatever the back-off; the schedule leaves a feed alone until the server's `Retry-After` has passed.
   */
  async refresh(id: number, { manual = true, now = new Date() }: { manual?: boolean; now?: Date } = {}): Promise<RefreshResult> {
    const feed = this.store.get(id);
    if (!feed) throw new RequestError('not_found', `There is no feed ${id}.`);
    const none = { feedId: id, added: 0, updated: 0, skipped: 0 };
    if (!manual && feed.nextAllowed && Date.parse(feed.nextAllowed) > now.getTime()) return { ...none, status: 'backoff' };
    const checked = now.toISOString();
    let fetched: FetchedResource;
    try {
      fetched = await this.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, accept: FEED_ACCEPT });
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      this.store.recordCheck(id, { lastChecked: checked, lastError: err.message, nextAllowed: null });
      return { ...none, status: 'error', error: err.message };
    }
    if (fetched.status === 304) {
      this.store.recordCheck(id, { lastChecked: checked, lastError: null, nextAllowed: null });
      return { ...none, status: 'unchanged' };
    }
    if (fetched.status === 429 || fetched.status === 503) {
      const until = new Date(now.getTime() + (fetched.retryAfterMs ?? DEFAULT_BACKOFF_MS)).toISOString();
      const error = `${feed.url}: answered ${fetched.status} (${fetched.status === 429 ? 'too many requests' : 'unavailable'}); asked again after ${until}`;
      this.store.recordCheck(id, { lastChecked: checked, lastError: error, nextAllowed: until });
      return { ...none, status: 'backoff', error };
    }
    const parsed = tryReadFeed(fetched);
    if (!parsed.ok) {
      const error = `${fetched.url}: ${parsed.error}`;
      this.store.recordCheck(id, { lastChecked: checked, lastError: error, nextAllowed: null });
      return { ...none, status: 'error', error };
    }
    return this.writeItems(feed, fetched, parsed.feed, now);
  }

  /**
   * Refreshes several feeds, `parallel` at a time (each host still gets at most two requests at once). A feed that
   * cannot be refreshed at all (removed meanwhile) is passed to `onError` and the others go on.
   */
  async refreshMany(
    ids: readonly number[],
    options: { manual?: boolean; now?: () => Date; parallel?: number; onError?: (err: unknown) => void } = {},
  ): Promise<RefreshResult[]> {
    const queue = [...ids];
    const results: RefreshResult[] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          results.push(await this.refresh(id, { manual: options.manual, now: options.now?.() }));
        } catch (err) {
          if (!options.onError) throw err;
          options.onError(err);
        }
      }
    };
    await Promise.all(Array.from({ length: options.parallel ?? 4 }, worker));
    return results.sort((a, b) => ids.indexOf(a.feedId) - ids.indexOf(b.feedId));
  }

  /** Every feed the schedule may ask now: its minimum interval passed since it was last asked, and no back-off pending. */
  due(now: Date): number[] {
    const time = now.getTime();
    return this.store
      .rows()
      .filter((f) => !f.nextAllowed || Date.parse(f.nextAllowed) <= time)
      .filter((f) => !f.lastChecked || Date.parse(f.lastChecked) + f.intervalMinutes * 60_000 <= time)
      .map((f) => f.id);
  }

  remove(id: number): void {
    if (!this.store.delete(id)) throw new RequestError('not_found', `There is no feed ${id}.`);
  }

  configure(id: number, changes: { title?: string; folder?: string | null; fullText?: boolean; intervalMinutes?: number }): FeedSummary {
    this.summary(id);
    this.store.update(id, changes);
    return this.summary(id);
  }

  /** Subscribes to an OPML file's feeds, in their folders, without fetching them (the next refresh does). */
  importOpml(bytes: Uint8Array, now = new Date()): { added: number; existing: number; feeds: FeedSummary[] } {
    let subscriptions;
    try {
      subscriptions = readOpml(bytes);
    } catch (err) {
      if (err instanceof FeedFormatError) throw new RequestError('invalid', err.message);
      throw err;
    }
    let added = 0;
    this.ctx.db.transaction(() => {
      for (const s of subscriptions) {
        if (!/^https?:\/\//i.test(s.url) || this.store.findByUrl(s.url) !== undefined) continue;
        this.store.insert({ ...s, fullText: true }, now.toISOString());
        added++;
      }
    })();
    return { added, existing: subscriptions.length - added, feeds: this.list() };
  }

  exportOpml(): string {
    return writeOpml(this.store.rows());
  }

  private async fetchOrRefuse(url: string): Promise<FetchedResource> {
    try {
      const fetched = await this.fetch(url, { accept: FEED_ACCEPT });
      if (fetched.status !== 200 && fetched.status !== 203) throw new FetchError(url, `answered ${fetched.status}; try again later`);
      return fetched;
    } catch (err) {
      if (err instanceof FetchError) throw new RequestError('invalid', err.message);
      throw err;
    }
  }

  /** Writes the new and changed items of a fetched feed in one transaction, then what the server said. */
  private async writeItems(feed: FeedRow, fetched: FetchedResource, parsed: ParsedFeed, now: Date): Promise<RefreshResult> {
    const result: RefreshResult = { feedId: feed.id, status: 'updated', added: 0, updated: 0, skipped: 0 };
    const feedTitle = feed.title ?? parsed.title;
    const pending: Promise<ReadyItem | null>[] = [];
    const seen = new Set<string>();
    const pictures: FetchedPictures = new Map();
    for (const entry of parsed.entries) {
      const contentHash = hashEntry(entry);
      const identity = { guid: entry.guid, url: entry.url, contentHash };
      const key = entry.guid ? `g:${entry.guid}` : entry.url ? `u:${entry.url}` : `h:${contentHash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = this.store.findItem(feed.id, identity);
      // Unchanged, or its article deleted for good: the item is not brought back.
      if (known && (known.contentHash === contentHash || known.articleId === null)) continue;
      const file = `feed:${feed.id}/${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
      // Items are prepared together: their pages, when fetched, wait their turn per host in the fetcher.
      pending.push(
        this.itemArticle(feed, feedTitle, entry, pictures).then(
          (parsedArticle) => ({
            ...identity,
            knownId: known?.id,
            articleId: known?.articleId ?? undefined,
            article: { ...prepareParsed(parsedArticle), file, contentHash },
          }),
          (err: unknown) => {
            if (!(err instanceof ParseError)) throw err;
            result.skipped++;
            result.error ??= `an item${entry.title ? ` ("${entry.title}")` : ''} could not be read: ${err.message}`;
            return null;
          },
        ),
      );
    }
    const ready = (await Promise.all(pending)).filter((item) => item !== null);
    const iso = now.toISOString();
    try {
      this.ctx.db.transaction(() => {
        for (const item of ready) {
          const written = writeArticle(this.ctx, item.article, item.articleId, iso);
          if (item.knownId === undefined) this.store.addItem({ feedId: feed.id, ...item, articleId: written.id }, iso);
          else this.store.updateItemContent(item.knownId, item, iso);
          result[written.status === 'added' ? 'added' : 'updated']++;
        }
        this.store.recordCheck(feed.id, {
          lastChecked: iso,
          lastError: null,
          nextAllowed: null,
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          title: parsed.title,
          siteUrl: parsed.siteUrl,
        });
      })();
    } catch (err) {
      throw explainSqliteError(this.ctx.dbFile, err);
    }
    if (result.added + result.updated === 0) result.status = 'unchanged';
    return result;
  }

  /**
   * The item's own content, or, when it carries only a summary and the feed asks for full text, its page's article;
   * either with its pictures, fetched now (relative addresses read against the item's link, else the feed's), each
   * address once in a refresh.
   */
  private async itemArticle(feed: FeedRow, feedTitle: string | null, entry: FeedEntry, fetched: FetchedPictures) {
    if (feed.fullText && entry.url && carriesOnlySummary(entry)) {
      try {
        const page = await this.fetch(entry.url, { accept: PAGE_ACCEPT });
        if (page.status === 200 && /html/i.test(page.contentType ?? 'text/html'))
          return await withRemotePictures(page.url, (resolve) => pageArticle(entry, feedTitle, page.body, resolve), { fetch: this.fetch, fetched });
      } catch (err) {
        // The page could not be had (offline, gone, not an article): the item is kept as the feed gives it.
        if (!(err instanceof FetchError) && !(err instanceof ParseError)) throw err;
      }
    }
    return withRemotePictures(entry.url ?? feed.url, (resolve) => entryArticle(entry, feedTitle, resolve), { fetch: this.fetch, fetched });
  }
}

function tryReadFeed(fetched: FetchedResource): { ok: true; feed: ParsedFeed } | { ok: false; error: string } {
  try {
    return { ok: true, feed: readFeed(fetched.body, fetched.url) };
  } catch (err) {
    if (!(err instanceof FeedFormatError)) throw err;
    const type = fetched.contentType?.split(';')[0]?.trim();
    return { ok: false, error: `${err.message}${type ? ` (it was sent as ${type})` : ''}` };
  }
}

function hashEntry(entry: FeedEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([entry.title, entry.url, entry.author, entry.published, entry.content, entry.summary]))
    .digest('hex');
}
