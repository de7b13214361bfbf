import { z } from 'zod';
import { empty } from '../shapes/fields';
import { HIGHLIGHT_COLORS, type HighlightColor, MAX_MEANING } from '../shapes/highlightColors';

/** What each colour means; longer than a short label is refused (the library also trims to MAX_MEANING). */
const meanings = z.object(Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, z.string().max(MAX_MEANING)])) as Record<HighlightColor, z.ZodString>);

export const colorsContract = {
  'colors.meanings': {
    request: empty,
    response: z.object({ meanings }),
  },
  'colors.setMeanings': {
    request: z.object({ meanings: meanings.partial().strict() }).strict(),
    response: z.object({ meanings }),
  },
} as const;
