import { z } from 'zod';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const READING_FONTS = ['serif', 'sans', 'system'] as const;
export const ENTITY_DISPLAYS = ['off', 'hover', 'always'] as const;

/**
 * How the reader is laid out and how articles are set. Kept in the library, not the browser's storage, because
 * browser mode starts on a new origin each run.
 */
export const readerSettings = z.object({
  theme: z.enum(THEMES),
  font: z.enum(READING_FONTS),
  /** Article text size in CSS pixels. */
  fontSize: z.number().int().min(14).max(28),
  lineHeight: z.number().min(1.2).max(2),
  /** The text column's width in `ch` of the reading font; about 1.15 characters of prose fit in one ch. */
  measure: z.number().int().min(40).max(64),
  /** Justified text, hyphenated so that justification does not open rivers. */
  justify: z.boolean(),
  entities: z.enum(ENTITY_DISPLAYS),
  filtersWidth: z.number().int().min(160).max(480),
  listWidth: z.number().int().min(260).max(720),
  filtersOpen: z.boolean(),
  notesOpen: z.boolean(),
});

export type ReaderSettings = z.infer<typeof readerSettings>;

/** What a library that has stored nothing (or something no longer valid) is shown with. */
export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  measure: 56,
  justify: false,
  entities: 'always',
  filtersWidth: 240,
  listWidth: 360,
  filtersOpen: true,
  notesOpen: true,
};
