import { z } from 'zod';
import { empty } from '../shapes/fields';
import { readerSettings } from '../shapes/settingsShapes';

export const settingsContract = {
  /** Every setting, the stored value or its default. */
  'settings.get': {
    request: empty,
    response: z.object({ settings: readerSettings }),
  },
  /** Changes the settings named; answers the whole stored result. */
  'settings.set': {
    request: z.object({ settings: readerSettings.partial().strict() }).strict(),
    response: z.object({ settings: readerSettings }),
  },
} as const;
