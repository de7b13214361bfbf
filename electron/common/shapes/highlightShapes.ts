/** A highlight as the library stores it, the reader shows it and backups carry it: the one definition of its fields. */
import { z } from 'zod';
import { id, textOffset } from './fields';
import { HIGHLIGHT_COLORS } from './highlightColors';

export const highlightColor = z.enum(HIGHLIGHT_COLORS);

/**
 * A highlight with both W3C selectors: `quote` with `prefix`/`suffix` (TextQuoteSelector) and `start`/`end`
 * (TextPositionSelector) in the article's body. An orphaned highlight's text is no longer found in the article:
 * its offsets are null, and its quote and note are kept until the user re-attaches or deletes it.
 */
export const highlight = z.object({
  id,
  /** Stable across exports and backups: importing the same highlight twice finds it by this. */
  uuid: z.string(),
  articleId: id,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: textOffset.nullable(),
  end: textOffset.nullable(),
  orphaned: z.boolean(),
  color: highlightColor,
  note: z.string(),
  tags: z.array(z.string()),
  created: z.string(),
  modified: z.string(),
  /** The version of the article's text it was made on (null: made before versions were kept). */
  version: z.number().int().min(1).nullable(),
});

/** A highlight as an undo or a backup puts it back: what it says, without its local id or derived state. */
export const highlightRecordFields = highlight.omit({ id: true, orphaned: true }).extend({
  /** Absent from what other tools and older backups carry: then the version it is placed in, if it is placed. */
  version: highlight.shape.version.optional(),
});

/** What the "All highlights" view lists: a highlight with enough of its article to show and link it. */
export const highlightEntry = highlight.extend({
  article: z.object({
    id,
    title: z.string(),
    source: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
  }),
});

export type Highlight = z.infer<typeof highlight>;
export type HighlightEntry = z.infer<typeof highlightEntry>;
export type HighlightFields = Pick<Highlight, 'color' | 'note' | 'tags'>;
