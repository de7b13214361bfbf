/**
 * The one API contract between the reader and the library: each channel's request and response schema.
 * Electron's IPC handlers and the browser-mode HTTP API are both registered from it, and every request is
 * validated against it at the boundary. The renderer imports only its types.
 */
import { z } from 'zod';

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
});

const searchHit = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  snippet: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
  score: z.number(),
});

const importStatus = z.object({
  id,
  done: z.number().int(),
  total: z.number().int(),
  file: z.string().nullable(),
  finished: z.boolean(),
  results: z.array(importResult).nullable(),
  error: z.string().nullable(),
});

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
  'articles.search': {
    request: z.object({ query: z.string().max(2000), limit, offset }).strict(),
    response: z.object({ total: z.number().int(), hits: z.array(searchHit) }),
  },
  'facets.sources': {
    request: z.object({}).strict(),
    response: z.object({
      total: z.number().int(),
      sources: z.array(z.object({ name: z.string(), count: z.number().int() })),
    }),
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
