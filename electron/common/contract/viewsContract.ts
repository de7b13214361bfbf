import { z } from 'zod';
import { count, empty, id, query } from '../shapes/fields';

const savedView = z.object({ id, name: z.string(), query: z.string() });

export const viewsContract = {
  'views.list': {
    request: empty,
    response: z.object({ views: z.array(savedView.extend({ count })) }),
  },
  'views.save': {
    request: z.object({ name: z.string().trim().min(1).max(200), query }).strict(),
    response: z.object({ id }),
  },
  'views.delete': {
    request: z.object({ id }).strict(),
    response: empty,
  },
  /** The reader's current query, kept in the library so it survives restarts. */
  'views.current': {
    request: empty,
    response: z.object({ query }),
  },
  'views.setCurrent': {
    request: z.object({ query }).strict(),
    response: empty,
  },
} as const;

export type SavedView = z.infer<typeof savedView>;
