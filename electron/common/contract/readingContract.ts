import { z } from 'zod';
import { empty, id } from '../shapes/fields';

/** A fraction of an article's scroll range: 0 at the top, 1 at the end. */
const position = z.number().min(0).max(1);

export const readingContract = {
  /** Where the reader is in article `id`; it also becomes the article to reopen on the next start. */
  'reading.setPosition': {
    request: z.object({ id, position }).strict(),
    response: empty,
  },
  'reading.position': {
    request: z.object({ id }).strict(),
    response: z.object({ position: position.nullable() }),
  },
  /** The article last read, to reopen on start, and where it was left. */
  'reading.resume': {
    request: empty,
    response: z.object({ article: z.object({ id, position: position.nullable() }).nullable() }),
  },
} as const;
