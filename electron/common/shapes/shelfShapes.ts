/** Where articles are put away: the archive and the Trash, as the channels and the CLI answer them. */
import { z } from 'zod';
import { count, id, isoDate } from './fields';

/** Where an article is after a write: archived, in the Trash (both, for an archived article deleted), or neither. */
export const shelfState = z.object({ id, archived: z.boolean(), trashed: z.boolean() });

export const trashedArticle = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  trashedAt: z.string(),
  /** It was archived before it was deleted: restoring it puts it back in the archive. */
  archived: z.boolean(),
  /** What it holds, and what emptying the Trash would delete with it. */
  highlights: count,
  notes: count,
});

/** What emptying the Trash deleted. */
export const emptiedTrash = z.object({ articles: count, highlights: count, notes: count });

export type ShelfState = z.infer<typeof shelfState>;
export type TrashedArticle = z.infer<typeof trashedArticle>;
export type EmptiedTrash = z.infer<typeof emptiedTrash>;
