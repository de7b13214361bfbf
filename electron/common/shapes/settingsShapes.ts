import { z } from 'zod';
import { HIGHLIGHT_COLORS } from './highlightColors';
import { ENTITY_DISPLAYS, READING_FONTS, SETTING_RANGES, THEMES, type RangedSetting } from './settingChoices';

const ranged = (name: RangedSetting, int = true) => {
  const [min, max] = SETTING_RANGES[name];
  return (int ? z.number().int() : z.number()).min(min).max(max);
};

/**
 * How the reader is laid out and how articles are set. Kept in the library, not the browser's storage, because
 * browser mode starts on a new origin each run.
 */
export const readerSettings = z.object({
  theme: z.enum(THEMES),
  font: z.enum(READING_FONTS),
  /** Article text size in CSS pixels. */
  fontSize: ranged('fontSize'),
  lineHeight: ranged('lineHeight', false),
  /** The text column's width in `ch` of the reading font; about 1.15 characters of prose fit in one ch. */
  measure: ranged('measure'),
  /** Justified text, hyphenated so that justification does not open rivers. */
  justify: z.boolean(),
  entities: z.enum(ENTITY_DISPLAYS),
  /** The colour `h`, `n` and the toolbar's note and tag buttons highlight in: the one used last. */
  highlightColor: z.enum(HIGHLIGHT_COLORS),
  filtersWidth: ranged('filtersWidth'),
  listWidth: ranged('listWidth'),
  filtersOpen: z.boolean(),
  notesOpen: z.boolean(),
  /** An article read to the end is marked read by itself. */
  markReadAtEnd: z.boolean(),
  /** Articles show their pictures; off, only the captions stay. */
  pictures: z.boolean(),
  /** The tip under the search box that shows the query language, once the user has closed it. */
  queryTipDismissed: z.boolean(),
});

export type ReaderSettings = z.infer<typeof readerSettings>;
