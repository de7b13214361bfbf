import type { ReaderSettings } from './settingsShapes';

/*
 * The values of the reader settings, apart from their zod schema (settingsShapes.ts, built from these): the
 * renderer needs them, and must not bundle zod, whose compiled parsers trip the page's no-eval policy.
 */
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const READING_FONTS = ['serif', 'sans', 'system'] as const;
export const ENTITY_DISPLAYS = ['off', 'hover', 'always'] as const;

/** The smallest and largest value of each numeric setting. */
export const SETTING_RANGES = {
  fontSize: [14, 28],
  lineHeight: [1.2, 2],
  measure: [40, 64],
  filtersWidth: [160, 480],
  listWidth: [260, 720],
} as const;
export type RangedSetting = keyof typeof SETTING_RANGES;

/** What a library that has stored nothing (or something no longer valid) is shown with. */
export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  measure: 56,
  justify: false,
  entities: 'hover',
  highlightColor: 'yellow',
  filtersWidth: 240,
  listWidth: 360,
  filtersOpen: true,
  notesOpen: true,
  markReadAtEnd: true,
  pictures: true,
  queryTipDismissed: false,
};
