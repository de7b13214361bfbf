/** Operators whose value is free text, compared by the caller (case-insensitively) with the article's metadata. */
export const TEXT_FIELDS = ['source', 'author', 'lang', 'person', 'place', 'org', 'tag', 'color', 'feed', 'story'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const IS_VALUES = ['unread', 'read', 'starred', 'inprogress', 'archived', 'trashed'] as const;
export const HAS_VALUES = ['highlights', 'notes'] as const;
export const SORT_KEYS = ['published', 'imported', 'title', 'relevance', 'progress'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Every operator the search box understands, as typed before the colon. */
export const OPERATORS = [...TEXT_FIELDS, 'after', 'before', 'date', 'is', 'has', 'sort'] as const;
export type OperatorName = (typeof OPERATORS)[number];

/** A half-open range [from, to) over `YYYY-MM-DD` strings; a null end is unbounded. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export type QueryFilter =
  | { field: TextField; value: string; negated: boolean }
  | { field: 'published'; range: DateRange; negated: boolean }
  | { field: 'is'; value: (typeof IS_VALUES)[number]; negated: boolean }
  | { field: 'has'; value: (typeof HAS_VALUES)[number]; negated: boolean };

export interface QuerySort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/**
 * One condition on the article text that `ParsedQuery.match` cannot carry. An article satisfies it
 * when it matches any of the alternatives (or, if negated, none of them).
 */
export interface TextCondition {
  negated: boolean;
  /** MATCH string for `articles_fts`. */
  fts: string | null;
  /** MATCH string for `articles_tri`: terms in scripts written without spaces (CJK, Thai…), 3+ characters. */
  trigram: string | null;
  /** Such terms shorter than 3 characters, which trigram cannot find: look them up with instr()/LIKE over title and body. */
  substrings: string[];
}

/** A positive search term, for marking matches in the article view. */
export interface HighlightTerm {
  text: string;
  /** The term was `word*`: highlight words starting with it. */
  prefix: boolean;
}

export interface ParsedQuery {
  /**
   * MATCH string for `articles_fts` (use it for bm25 ranking), or null when the query has no positive
   * word for it. It contains the excluded words as `NOT` when it exists; otherwise they are in `conditions`.
   */
  match: string | null;
  /** Further conditions, all of which an article must satisfy. Empty for most queries. */
  conditions: TextCondition[];
  /** All of which an article must satisfy. */
  filters: QueryFilter[];
  /** Null: the caller's default order. */
  sort: QuerySort | null;
  highlight: HighlightTerm[];
  /** Short notes on what was not understood and how it was read instead. */
  hints: string[];
}
