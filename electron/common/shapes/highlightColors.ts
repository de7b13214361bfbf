/*
 * The highlight colours, apart from their zod schema (highlightShapes.ts, built from them): the renderer needs
 * them, and must not bundle zod's object schemas, whose construction probes for eval and trips the page's no-eval
 * policy.
 */

/** The five highlight colours; what each means is the user's (see HighlightColors). */
export const HIGHLIGHT_COLORS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
