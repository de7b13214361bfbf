import { z } from 'zod';
import { ARTICLE_SORTS, articleDetail, articleRow, articleSummary } from '../shapes/articleShapes';
import { SORT_KEYS, type QuerySort } from '../query/queryTypes';
import { count, empty, id, ids, limit, offset, query } from '../shapes/fields';
import { emptiedTrash, shelfState, trashedArticle } from '../shapes/shelfShapes';

/** A write to where articles are kept: how many changed, and where each of them now is. */
const shelved = z.object({ changed: count, articles: z.array(shelfState) });

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
} as const;

export type QueryResult = z.infer<(typeof articlesContract)['articles.query']['response']>;
