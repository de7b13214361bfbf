/** Articles sharing one value of a facet (a source, a month, an entity, a tag), by id. */
export interface IdGroup {
  name: string;
  ids: Int32Array;
}

export type EntityGroups = Record<'person' | 'place' | 'org', IdGroup[]>;

/** Bits of `FacetSnapshot.flags`, by article id. */
export const PRESENT = 1;
export const UNREAD = 2;
export const STARRED = 4;
export const NOTED = 8;
export const ARCHIVED = 16;
export const TRASHED = 32;

/**
 * The facet values of every article, held in memory as lists of ids. Counting a query's matches per value is
 * then a pass over typed arrays, a few milliseconds however many articles match, where SQL needs a lookup
 * per matching article and value (seconds for a common word in a large library).
 */
export interface FacetSnapshot {
  /** One past the largest article id: the length of `flags` and of a scope. */
  size: number;
  /** Article ids, ascending. */
  ids: Int32Array;
  flags: Uint8Array;
  /** Grouped without case, each named by its first spelling in binary order (as SQLite's min()). */
  sources: IdGroup[];
  /** Each published value (`YYYY-MM-DD`), ascending in binary order, as SQL compares them: for date ranges, and folded into months. */
  days: IdGroup[];
  undated: Int32Array;
  /** Visible entities only. */
  entities: EntityGroups;
  /** On the article or on one of its highlights. */
  tags: IdGroup[];
}

/** A flag per id up to the largest of `ids`, set for each of them: a test of membership in them by indexing. */
export function flagsOf(ids: Int32Array): Uint8Array {
  const flags = new Uint8Array(ids.reduce((max, id) => Math.max(max, id), -1) + 1);
  for (let i = 0; i < ids.length; i++) flags[ids[i]!] = 1;
  return flags;
}

/** group_concat() of integer ids, read without making a string per id: the lists hold up to every article. */
export function parseIds(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) count++;
  const ids = new Int32Array(count);
  let n = 0;
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      ids[at++] = n;
      n = 0;
    } else n = n * 10 + c - 48;
  }
  ids[at] = n;
  return ids;
}
