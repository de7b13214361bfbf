/** The annotation channels of the API contract (highlights, article notes, tags, colour meanings). */
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../shapes/highlightShapes';
import { MAX_MEANING } from '../../library/annotations/HighlightColors';

const id = z.number().int().positive();
const offset = z.number().int().min(0);
const color = z.enum(HIGHLIGHT_COLORS);
const tagName = z.string().max(100);
const tags = z.array(tagName).max(50);
const note = z.string().max(100_000);
const isoTime = z.string().max(40);

const highlight = z.object({
  id,
  uuid: z.string(),
  articleId: id,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  orphaned: z.boolean(),
  color,
  note: z.string(),
  tags: z.array(z.string()),
  created: z.string(),
  modified: z.string(),
});

/** A highlight as an undo puts it back: as it was read, its local id aside. */
const highlightRecord = z
  .object({
    uuid: z.string().uuid(),
    articleId: id,
    quote: z.string().min(1).max(100_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
    start: offset.nullable(),
    end: offset.nullable(),
    color,
    note,
    tags,
    created: isoTime,
    modified: isoTime,
  })
  .strip();

const highlightEntry = highlight.extend({
  article: z.object({ id, title: z.string(), source: z.string().nullable(), author: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() }),
});
const tagSummary = z.object({ id, name: z.string(), articles: z.number().int(), highlights: z.number().int() });
const tagRef = z.object({ id, name: z.string() });
/** What each colour means; longer than a short label is refused (the library also trims to MAX_MEANING). */
const meanings = z.object(Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, z.string().max(MAX_MEANING)])) as Record<(typeof HIGHLIGHT_COLORS)[number], z.ZodString>);

export const annotationContract = {
  'annotations.forArticle': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ note: z.string(), tags: z.array(z.string()), highlights: z.array(highlight) }),
  },
  'highlights.create': {
    request: z
      .object({
        articleId: id,
        target: z.union([
          z.object({ start: offset, end: offset }).strict(),
          z.object({ quote: z.string().min(1).max(100_000), occurrence: z.number().int().min(1).optional() }).strict(),
        ]),
        color: color.default('yellow'),
        note: note.default(''),
        tags: tags.default([]),
      })
      .strict(),
    response: z.object({ highlight }),
  },
  'highlights.update': {
    request: z.object({ id, color: color.optional(), note: note.optional(), tags: tags.optional() }).strict(),
    response: z.object({ highlight }),
  },
  /** Answers with the highlight as it was, for an undo to put back with highlights.restore. */
  'highlights.delete': {
    request: z.object({ id }).strict(),
    response: z.object({ highlight }),
  },
  'highlights.restore': {
    request: z.object({ highlight: highlightRecord }).strict(),
    response: z.object({ highlight }),
  },
  'highlights.reattach': {
    request: z.object({ id, start: offset, end: offset }).strict(),
    response: z.object({ highlight }),
  },
  'highlights.find': {
    request: z
      .object({
        query: z.string().max(2000).default(''),
        colors: z.array(color).max(5).default([]),
        tags: tags.default([]),
        text: z.string().max(500).default(''),
        orphaned: z.boolean().nullable().default(null),
        sort: z.enum(['created-desc', 'created-asc', 'article']).default('created-desc'),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).max(10_000_000).default(0),
      })
      .strict(),
    response: z.object({ total: z.number().int(), highlights: z.array(highlightEntry), hints: z.array(z.string()) }),
  },
  'notes.set': {
    request: z.object({ articleId: id, note }).strict(),
    response: z.object({ note: z.string() }),
  },
  'tags.list': {
    request: z.object({}).strict(),
    response: z.object({ tags: z.array(tagSummary) }),
  },
  'tags.setForArticle': {
    request: z.object({ articleId: id, tags }).strict(),
    response: z.object({ tags: z.array(z.string()) }),
  },
  'tags.rename': {
    request: z.object({ id, name: tagName }).strict(),
    response: z.object({ tag: tagRef }),
  },
  'tags.merge': {
    request: z.object({ from: id, into: id }).strict(),
    response: z.object({ tag: tagRef }),
  },
  'tags.delete': {
    request: z.object({ id }).strict(),
    response: z.object({}),
  },
  'colors.meanings': {
    request: z.object({}).strict(),
    response: z.object({ meanings }),
  },
  'colors.setMeanings': {
    request: z.object({ meanings: meanings.partial().strict() }).strict(),
    response: z.object({ meanings }),
  },
} as const;
