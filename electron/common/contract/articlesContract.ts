import { z } from 'zod';
import { ARTICLE_SORTS, articleDetail, articleRow, articleSummary } from '../shapes/articleShapes';
import { SORT_KEYS, type QuerySort } from '../query/queryTypes';
import { count, empty, id, ids, limit, offset, query } from '../shapes/fields';
import { emptiedTrash, shelfState, trashedArticle } from '../shapes/shelfShapes';
import { versionSummary, versionText } from '../shapes/versionShapes';
import { VERSIONS_KEPT_RANGE } from '../shapes/versionsKept';

/** A write to where articles are kept: how many changed, and where each of them now is. */
const shelved = z.object({ changed: count, articles: z.array(shelfState) });

const versionsKept = z.object({ kept: z.number().int().min(VERSIONS_KEPT_RANGE[0]).max(VERSIONS_KEPT_RANGE[1]) });

/** The order a query's results came in (relevance needs search words). */
const querySort = z.object({ key: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }) satisfies z.ZodType<QuerySort>;

export const articlesContract = {
  'articles.list': {
    request: z
      .object({ limit, offset, source: z.string().min(1).max(200).nullable().default(null), sort: z.enum(ARTICLE_SORTS).default('published-desc') })
      .strict(),
    response: z.object({ total: count, articles: z.array(articleSummary) }),
  },
  'articles.get': {
    request: z.object({ id }).strict(),
    response: z.object({ article: articleDetail }),
  },
  'articles.query': {
    request: z.object({ query, limit, offset }).strict(),
    /** `hints` say what in the query was not understood, and how it was read instead. */
    response: z.object({ total: count, rows: z.array(articleRow), hints: z.array(z.string()), sort: querySort }),
  },
  'articles.setRead': {
    request: z.object({ ids, read: z.boolean() }).strict(),
    response: z.object({ changed: count }),
  },
  'articles.setStarred': {
    request: z.object({ ids, starred: z.boolean() }).strict(),
    response: z.object({ changed: count }),
  },
  /** Out of the list (back with `is:archived`), or back into it. */
  'articles.setArchived': {
    request: z.object({ ids, archived: z.boolean() }).strict(),
    response: shelved,
  },
  /** Into the Trash with every annotation, or restored from it to where it was. */
  'articles.setTrashed': {
    request: z.object({ ids, trashed: z.boolean() }).strict(),
    response: shelved,
  },
  'articles.trash': {
    request: z.object({ limit, offset }).strict(),
    /** `highlights` and `notes`: what the whole Trash holds, which emptying it would delete. */
    response: z.object({ total: count, highlights: count, notes: count, articles: z.array(trashedArticle) }),
  },
  /** Deletes what is in the Trash for good: the one write that destroys articles and their annotations. */
  'articles.emptyTrash': {
    request: empty,
    response: emptiedTrash,
  },
  /** Every version of the article's text, oldest first, the current one last (an article changed once has two). */
  'articles.versions': {
    request: z.object({ id }).strict(),
    response: z.object({ versions: z.array(versionSummary) }),
  },
  /** One version with its text, for a comparison of two. */
  'articles.version': {
    request: z.object({ id, version: z.number().int().min(1) }).strict(),
    response: z.object({ version: versionText }),
  },
  /**
   * Makes an earlier version's text current, the current text kept as a version; highlights are placed again in it.
   * Answers the versions as they are then.
   */
  'articles.restoreVersion': {
    request: z.object({ id, version: z.number().int().min(1) }).strict(),
    response: z.object({ versions: z.array(versionSummary) }),
  },
  /** How many versions of each article are kept, the current one included. */
  'articles.versionsKept': {
    request: empty,
    response: versionsKept,
  },
  /** Lowering it lets go at once of the versions past the new bound. */
  'articles.setVersionsKept': {
    request: versionsKept.strict(),
    response: versionsKept,
  },
} as const;

export type QueryResult = z.infer<(typeof articlesContract)['articles.query']['response']>;
