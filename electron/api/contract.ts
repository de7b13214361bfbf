/**
 * The one API contract between the reader and the library: each channel's request and response schema.
 * Electron's IPC handlers and the browser-mode HTTP API are both registered from it, and every request is
 * validated against it at the boundary. The renderer imports only its types.
 */
import { z } from 'zod';
import { annotationContract } from './annotationContract';
import { exportContract } from './exportContract';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const limit = z.number().int().min(1).max(500).default(100);
const offset = z.number().int().min(0).max(10_000_000).default(0);

const articleSummary = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDate.nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int(),
  file: z.string(),
  excerpt: z.string(),
});

const inlineMark = z.object({
  start: z.number().int(),
  end: z.number().int(),
  style: z.enum(['em', 'strong', 'code', 'link']),
  href: z.string().optional(),
});

const block = z.object({
  kind: z.enum(['p', 'h', 'li', 'quote']),
  text: z.string(),
  level: z.number().int().optional(),
  marks: z.array(inlineMark).optional(),
});

const articleDetail = articleSummary.extend({
  dateline: z.string().nullable(),
  url: z.string().nullable(),
  paragraphs: z.array(block),
  body: z.string(),
  importedAt: z.string(),
  updatedAt: z.string(),
});

const importResult = z.object({
  file: z.string(),
  status: z.enum(['added', 'updated', 'duplicate', 'error']),
  id: id.optional(),
  error: z.string().optional(),
  /** Added or updated from the file's plain text, not its format's parser: why. */
  readAsPlainText: z.string().optional(),
});

/** What the search box holds: the query language of library/search/queryParser.ts. */
const query = z.string().max(2000);
const ids = z.array(id).min(1).max(100_000);
const count = z.number().int();
const namedCount = z.object({ name: z.string(), count });

const articleRow = z.object({
  id,
  title: z.string(),
  titleMarks: z.array(z.tuple([z.number().int(), z.number().int()])),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  snippet: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
  read: z.boolean(),
  starred: z.boolean(),
  score: z.number().nullable(),
  /** Highlights in the article, and notes: its own and its highlights'. */
  highlights: count,
  notes: count,
});

const sort = z.object({ key: z.enum(['published', 'imported', 'title', 'relevance']), direction: z.enum(['asc', 'desc']) });

/** Which entries of a facet list to send: the top `limit`, among names containing `contains`. */
const facetWindow = z
  .object({ limit: z.number().int().min(1).max(1000).default(8), contains: z.string().max(200).default('') })
  .strict()
  .default({ limit: 8, contains: '' });
const facetList = z.object({ entries: z.array(namedCount), more: z.boolean() });

const savedView = z.object({ id, name: z.string(), query: z.string(), count });

const importStatus = z.object({
  id,
  done: z.number().int(),
  total: z.number().int(),
  file: z.string().nullable(),
  finished: z.boolean(),
  results: z.array(importResult).nullable(),
  error: z.string().nullable(),
});

const entityKind = z.enum(['person', 'place', 'org']);
const entityRef = z.object({ id, kind: entityKind, name: z.string() });
const entityName = z.string().trim().min(1).max(200);
const mention = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const articleRef = z.object({ id, title: z.string(), source: z.string().nullable(), published: isoDate.nullable() });
const entitySummary = entityRef.extend({ hidden: z.boolean(), articleCount: count });
const entityCard = entitySummary.extend({ aliases: z.array(z.string()), latest: articleRef.nullable() });
const entityCorrection = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rename'), id, name: entityName }).strict(),
  z.object({ action: z.literal('merge'), id, into: id }).strict(),
  z.object({ action: z.literal('setKind'), id, kind: entityKind }).strict(),
  z.object({ action: z.literal('hide'), id, hidden: z.boolean() }).strict(),
  z
    .object({
      action: z.literal('addSpan'),
      articleId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      target: z.union([z.object({ id }).strict(), z.object({ kind: entityKind, name: entityName }).strict()]),
    })
    .strict(),
]);
const reextractStatus = z.object({ id, done: count, total: count, finished: z.boolean(), error: z.string().nullable() });

/** Base64 of the largest article file (20 MB) the importer accepts, with room for padding. */
const MAX_UPLOAD_BASE64 = 28_000_000;

export const contract = {
  'app.info': {
    request: z.object({}).strict(),
    response: z.object({
      version: z.string(),
      libraryFile: z.string(),
      articleCount: z.number().int(),
      /** 'desktop' can pick paths with a native dialog; 'browser' uploads files instead. */
      mode: z.enum(['desktop', 'browser', 'cli']),
    }),
  },
  'articles.list': {
    request: z
      .object({
        limit,
        offset,
        source: z.string().min(1).max(200).nullable().default(null),
        sort: z.enum(['published-desc', 'published-asc', 'imported-desc', 'title-asc']).default('published-desc'),
      })
      .strict(),
    response: z.object({ total: z.number().int(), articles: z.array(articleSummary) }),
  },
  'articles.get': {
    request: z.object({ id }).strict(),
    response: z.object({ article: articleDetail }),
  },
  'articles.query': {
    request: z.object({ query, limit, offset }).strict(),
    response: z.object({ total: count, rows: z.array(articleRow), hints: z.array(z.string()), sort }),
  },
  'articles.setRead': {
    request: z.object({ ids, read: z.boolean() }).strict(),
    response: z.object({ changed: count }),
  },
  'articles.setStarred': {
    request: z.object({ ids, starred: z.boolean() }).strict(),
    response: z.object({ changed: count }),
  },
  'facets.query': {
    request: z
      .object({ query, sources: facetWindow, people: facetWindow, places: facetWindow, orgs: facetWindow, tags: facetWindow })
      .strict(),
    response: z.object({
      total: count,
      library: z.object({ all: count, unread: count, starred: count, notes: count }),
      lists: z.object({ sources: facetList, people: facetList, places: facetList, orgs: facetList, tags: facetList }),
      dates: z.object({ unit: z.enum(['month', 'year']), buckets: z.array(namedCount), undated: count }),
      hints: z.array(z.string()),
    }),
  },
  'views.list': {
    request: z.object({}).strict(),
    response: z.object({ views: z.array(savedView) }),
  },
  'views.save': {
    request: z.object({ name: z.string().trim().min(1).max(200), query }).strict(),
    response: z.object({ id }),
  },
  'views.delete': {
    request: z.object({ id }).strict(),
    response: z.object({}),
  },
  /** The reader's current query, kept in the library so it survives restarts. */
  'views.current': {
    request: z.object({}).strict(),
    response: z.object({ query }),
  },
  'views.setCurrent': {
    request: z.object({ query }).strict(),
    response: z.object({}),
  },
  'library.import': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    response: z.object({ results: z.array(importResult) }),
  },
  'imports.start': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    response: z.object({ jobId: id }),
  },
  'imports.status': {
    request: z.object({ jobId: id }).strict(),
    response: importStatus,
  },
  'imports.upload': {
    request: z
      .object({
        files: z.array(z.object({ name: z.string().min(1).max(1024), data: z.string().max(MAX_UPLOAD_BASE64).base64() }).strict()).min(1).max(500),
      })
      .strict(),
    response: z.object({ results: z.array(importResult) }),
  },
  'dialogs.pickImportPaths': {
    request: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
  'entities.list': {
    request: z
      .object({ kind: entityKind.nullable().default(null), query: z.string().trim().max(200).default(''), includeHidden: z.boolean().default(false), limit, offset })
      .strict(),
    response: z.object({ total: count, entities: z.array(entitySummary) }),
  },
  'entities.get': {
    request: z.object({ id }).strict(),
    response: z.object({ entity: entityCard }),
  },
  'entities.page': {
    request: z.object({ id, with: id.nullable().default(null), limit }).strict(),
    response: z.object({
      entity: entityCard,
      with: entityRef.nullable(),
      total: count,
      articles: z.array(articleRef),
      cooccurring: z.array(entityRef.extend({ articleCount: count })),
    }),
  },
  'entities.forArticle': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ entities: z.array(entityRef.extend({ aliases: z.array(z.string()), mentions: z.array(mention) })) }),
  },
  'entities.correct': {
    request: entityCorrection,
    response: z.object({ entity: entityCard }),
  },
  'entities.reextract': {
    /** all: every article (after corrections); otherwise only articles an older extractor read (after an upgrade). */
    request: z.object({ all: z.boolean().default(true) }).strict(),
    response: z.object({ jobId: id.nullable() }),
  },
  'entities.reextractStatus': {
    request: z.object({ jobId: id }).strict(),
    response: reextractStatus,
  },
  ...annotationContract,
  ...exportContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives, after validation and defaults. */
export type ValidRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export type ApiErrorCode = 'invalid' | 'not_found' | 'library' | 'internal';
export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
}
/** What crosses the boundary: never an exception, always one of these. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

/** The reader's view of the API, identical over IPC and HTTP. */
export interface DossierApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
