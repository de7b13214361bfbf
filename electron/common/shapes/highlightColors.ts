/**
 * The highlight colours, without zod: the renderer imports these values, and zod's schemas, once loaded, probe
 * `new Function` (its JIT check), which the reader's strict Content-Security-Policy reports as a violation.
 */

/** The five highlight colours; what each means is the user's (see HighlightColors). */
export const HIGHLIGHT_COLORS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** The longest meaning a colour can be given ("key claim"): a label, not a note. */
export const MAX_MEANING = 60;
