/** The five highlight colours; what each means is the user's (see HighlightColors). */
export const HIGHLIGHT_COLORS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/**
 * A highlight with both W3C selectors: `quote` with `prefix`/`suffix` (TextQuoteSelector) and `start`/`end`
 * (TextPositionSelector) in the article's body. An orphaned highlight's text is no longer found in the article:
 * its offsets are null, and its quote and note are kept until the user re-attaches or deletes it.
 */
export interface Highlight {
  id: number;
  /** Stable across exports and backups: importing the same highlight twice finds it by this. */
  uuid: string;
  articleId: number;
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  orphaned: boolean;
  color: HighlightColor;
  note: string;
  tags: string[];
  created: string;
  modified: string;
}

/** What the "All highlights" view lists: a highlight with enough of its article to show and link it. */
export interface HighlightEntry extends Highlight {
  article: { id: number; title: string; source: string | null; author: string | null; published: string | null; url: string | null };
}

/** Where a new highlight goes: offsets in the body (a selection), or a quote found in it (the CLI). */
export type HighlightTarget = { start: number; end: number } | { quote: string; occurrence?: number };

export interface HighlightFields {
  color: HighlightColor;
  note: string;
  tags: string[];
}

export interface TagSummary {
  id: number;
  name: string;
  articles: number;
  highlights: number;
}
