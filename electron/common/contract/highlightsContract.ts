import { z } from 'zod';
import { id, limit, offset, query, textOffset } from '../shapes/fields';
import { highlight, highlightColor, highlightEntry, highlightRecordFields } from '../shapes/highlightShapes';
import { versionPassage } from '../shapes/versionShapes';

export const note = z.string().max(100_000);
export const tags = z.array(z.string().max(100)).max(50);
const quote = z.string().min(1).max(100_000);
const isoTime = z.string().max(40);

/** Where a new highlight goes: offsets in the body (a selection), or a quote found in it (the CLI). */
const highlightTarget = z.union([
  z.object({ start: textOffset, end: textOffset }).strict(),
  z.object({ quote, occurrence: z.number().int().min(1).optional() }).strict(),
]);

/** A highlight as an undo puts it back: as it was read, its local id aside. */
const highlightRecord = highlightRecordFields
  .extend({ uuid: z.string().uuid(), quote, prefix: z.string().max(1000), suffix: z.string().max(1000), note, tags, created: isoTime, modified: isoTime })
  .strip();

const highlightFilter = z
  .object({
    query: query.default(''),
    colors: z.array(highlightColor).max(5).default([]),
    tags: tags.default([]),
    /** Words in quotes and notes. */
    text: z.string().max(500).default(''),
    orphaned: z.boolean().nullable().default(null),
    sort: z.enum(['created-desc', 'created-asc', 'article']).default('created-desc'),
    limit,
    offset,
  })
  .strict();

export const highlightsContract = {
  'highlights.create': {
    request: z
      .object({ articleId: id, target: highlightTarget, color: highlightColor.default('yellow'), note: note.default(''), tags: tags.default([]) })
      .strict(),
    response: z.object({ highlight }),
  },
  'highlights.update': {
    request: z.object({ id, color: highlightColor.optional(), note: note.optional(), tags: tags.optional() }).strict(),
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
    request: z.object({ id, start: textOffset, end: textOffset }).strict(),
    response: z.object({ highlight }),
  },
  /** Where an orphaned highlight was in the version it was made on; null if that version is no longer kept (or it is placed). */
  'highlights.passage': {
    request: z.object({ id }).strict(),
    response: z.object({ passage: versionPassage.nullable() }),
  },
  'highlights.find': {
    request: highlightFilter,
    response: z.object({ total: z.number().int(), highlights: z.array(highlightEntry), hints: z.array(z.string()) }),
  },
} as const;

export type HighlightTarget = z.infer<typeof highlightTarget>;
export type HighlightRecord = z.infer<typeof highlightRecord>;
export type HighlightFilter = z.output<typeof highlightFilter>;
