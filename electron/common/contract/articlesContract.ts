import { z } from 'zod';
import { ARTICLE_SORTS, articleDetail, articleRow, articleSummary } from '../shapes/articleShapes';
import { SORT_KEYS, type QuerySort } from '../query/queryTypes';
import { count, id, ids, limit, offset, query } from '../shapes/fields';

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
} as const;

export type QueryResult = z.infer<(typeof articlesContract)['articles.query']['response']>;
