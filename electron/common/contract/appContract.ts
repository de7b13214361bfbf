import { z } from 'zod';
import { empty } from '../shapes/fields';

export const appContract = {
  'app.info': {
    request: empty,
    response: z.object({
      version: z.string(),
      libraryFile: z.string(),
      articleCount: z.number().int(),
      /** 'desktop' can pick paths with a native dialog; 'browser' uploads files instead. */
      mode: z.enum(['desktop', 'browser', 'cli']),
    }),
  },
} as const;
