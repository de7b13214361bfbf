import { z } from 'zod';
import { count, empty, id } from '../shapes/fields';

const webAddress = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .refine((s) => /^https?:\/\//i.test(s), 'must be an http or https address');
const folder = z.string().trim().min(1).max(200).nullable();

/** A subscription as the feed list shows it. Times are ISO 8601; `nextAllowed` is a back-off the server asked for. */
export const feedSummary = z.object({
  id,
  url: z.string(),
  title: z.string().nullable(),
  siteUrl: z.string().nullable(),
  folder: z.string().nullable(),
  /** An item that carries only a summary is replaced by its page's article. */
  fullText: z.boolean(),
  intervalMinutes: count,
  lastChecked: z.string().nullable(),
  nextAllowed: z.string().nullable(),
  /** Why the last refresh failed; null once one succeeds. */
  lastError: z.string().nullable(),
  /** Its articles in the list (neither archived nor in the Trash), and how many of them are unread. */
  articles: count,
  unread: count,
});

/** One feed's refresh: new and changed items written, or why nothing was (not modified, backing off, failed). */
export const refreshResult = z.object({
  feedId: id,
  status: z.enum(['updated', 'unchanged', 'backoff', 'error']),
  added: count,
  updated: count,
  /** Items that could not become articles (no text at all), with the reason of the first. */
  skipped: count,
  error: z.string().optional(),
});

export const feedsContract = {
  'feeds.list': {
    request: empty,
    response: z.object({ feeds: z.array(feedSummary) }),
  },
  /** Subscribes to a feed's address, or to the feed a page advertises; its items are fetched at once. */
  'feeds.add': {
    request: z.object({ url: webAddress, folder: folder.optional(), fullText: z.boolean().optional() }).strict(),
    response: z.object({ feed: feedSummary, refresh: refreshResult }),
  },
  /** Asks the server now (with conditional headers) for one feed, or for every feed. */
  'feeds.refresh': {
    request: z.object({ id: id.optional() }).strict(),
    response: z.object({ results: z.array(refreshResult) }),
  },
  /** Unsubscribes; the feed's articles stay in the library. */
  'feeds.remove': {
    request: z.object({ id }).strict(),
    response: empty,
  },
  'feeds.rename': {
    request: z.object({ id, title: z.string().trim().min(1).max(300) }).strict(),
    response: z.object({ feed: feedSummary }),
  },
  /** The folder, the full-text choice and the schedule's minimum interval of one feed. */
  'feeds.configure': {
    request: z
      .object({ id, folder: folder.optional(), fullText: z.boolean().optional(), intervalMinutes: z.number().int().min(5).max(10_080).optional() })
      .strict(),
    response: z.object({ feed: feedSummary }),
  },
  /** Subscribes to every feed of an OPML file's text, in its folders; the new feeds are fetched by the next refresh. */
  'feeds.importOpml': {
    request: z.object({ opml: z.string().min(1).max(10_000_000) }).strict(),
    response: z.object({ added: count, existing: count, feeds: z.array(feedSummary) }),
  },
  'feeds.exportOpml': {
    request: empty,
    response: z.object({ opml: z.string() }),
  },
} as const;

export type FeedSummary = z.infer<typeof feedSummary>;
export type RefreshResult = z.infer<typeof refreshResult>;
