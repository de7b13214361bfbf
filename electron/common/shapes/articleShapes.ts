/** An article as the library stores it and the reader shows it: the one definition of its blocks, summary and detail. */
import { z } from 'zod';
import { count, id, isoDate, textOffset } from './fields';

/** Inline structure (Markdown emphasis, HTML links), as offsets into the block's text; `href` only for links, http(s) or mailto. */
export const inlineMark = z
  .object({ start: textOffset, end: textOffset, style: z.enum(['em', 'strong', 'code', 'link']), href: z.string().optional() })
  .strict();

/**
 * One cell of a table block: `row` counts from 0, `start`/`end` are offsets into the block's text, `head` for a header
 * cell, `span` the columns it covers when more than one.
 */
export const tableCell = z
  .object({ row: z.number().int().min(0), start: textOffset, end: textOffset, head: z.literal(true).optional(), span: z.number().int().min(2).optional() })
  .strict();

/** A picture kept in the library, by the SHA-256 of its bytes (absent when it could not be kept: the page's copy was not there). */
export const picture = z
  .object({
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    alt: z.string(),
  })
  .strict();

/**
 * 'p' paragraph, 'h' heading inside the body (level 2..6), 'li' list item, 'quote' block quote, 'code' preformatted
 * text (its spaces and line breaks kept), 'table' a table: its text is the cells joined by " | ", rows by a line break,
 * so search and highlights read it as text, and `cells` says where each cell is; 'image' a picture, its text its
 * caption (may be empty). `text` is plain: never Markdown or HTML.
 */
export const block = z
  .object({
    kind: z.enum(['p', 'h', 'li', 'quote', 'code', 'table', 'image']),
    text: z.string(),
    level: z.number().int().min(2).max(6).optional(),
    marks: z.array(inlineMark).optional(),
    cells: z.array(tableCell).optional(),
    picture: picture.optional(),
  })
  .strict();

export const articleSummary = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDate.nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int(),
  file: z.string(),
  /** The start of the body, for a list's first line. */
  excerpt: z.string(),
});

/**
 * An article known by its address only (moved in from Pocket, Instapaper, a Readwise highlight's source), whose page
 * has not been fetched yet: its body is empty until then. `excerpt` is a passage the other app kept with it.
 */
export const articleWaiting = z.object({
  url: z.string(),
  excerpt: z.string(),
  since: z.string(),
  attempts: count,
  lastError: z.string().nullable(),
});

/** `body` is the plain text that offsets refer to: the blocks' texts joined by a blank line. */
export const articleDetail = articleSummary.extend({
  dateline: z.string().nullable(),
  url: z.string().nullable(),
  paragraphs: z.array(block),
  body: z.string(),
  importedAt: z.string(),
  updatedAt: z.string(),
  /** The number of its current text: above 1 once the text has changed (see articles.versions). */
  version: z.number().int().min(1),
  /** Set while the article waits for its page to be fetched. */
  waiting: articleWaiting.nullable().optional(),
});

/** [start, end) of matched words in a title or snippet. */
const matchRange = z.tuple([z.number().int(), z.number().int()]);

/** One row of the article list. */
export const articleRow = z.object({
  id,
  title: z.string(),
  titleMarks: z.array(matchRange),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  /** Plain text on one line: around the matches for a search, else the start of the body. */
  snippet: z.string(),
  marks: z.array(matchRange),
  read: z.boolean(),
  starred: z.boolean(),
  /** Put away: in the archive, in the Trash (both, for an archived article deleted). */
  archived: z.boolean(),
  trashed: z.boolean(),
  /** How far it has been read, as a fraction of its scroll range; null if it was never scrolled. */
  progress: z.number().min(0).max(1).nullable(),
  /** bm25 with the title weighted above the body, lower is better; null without search words. */
  score: z.number().nullable(),
  /** Highlights in the article, and notes: its own and its highlights'. */
  highlights: count,
  notes: count,
  /** The number of its current text: above 1 once the text has changed ("Updated"). */
  version: z.number().int().min(1),
});

export const ARTICLE_SORTS = ['published-desc', 'published-asc', 'imported-desc', 'title-asc'] as const;

export type InlineMark = z.infer<typeof inlineMark>;
export type Block = z.infer<typeof block>;
export type TableCell = z.infer<typeof tableCell>;
export type Picture = z.infer<typeof picture>;
export type BlockKind = Block['kind'];
export type ArticleSummary = z.infer<typeof articleSummary>;
export type ArticleDetail = z.infer<typeof articleDetail>;
export type ArticleWaiting = z.infer<typeof articleWaiting>;
export type ArticleRow = z.infer<typeof articleRow>;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
