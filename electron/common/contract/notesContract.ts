import { z } from 'zod';
import { id } from '../shapes/fields';
import { note } from './highlightsContract';

export const notesContract = {
  /** The note on a whole article; '' removes it. */
  'notes.set': {
    request: z.object({ articleId: id, note }).strict(),
    response: z.object({ note: z.string() }),
  },
} as const;
