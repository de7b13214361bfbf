import type { Database } from 'better-sqlite3';
import type { ParsedQuery, QueryFilter } from '../../common/query/queryTypes';
import type { FilterField } from '../query/compileQuery';
import { StatementCache } from '../db/StatementCache';
import { ARCHIVED, type FacetSnapshot, type IdGroup, parseIds, PRESENT, STARRED, TRASHED, UNREAD } from './facetSnapshot';
import { liveFacetSnapshot, type LiveFacetSnapshot } from './LiveFacetSnapshot';
import { KeptMatches } from './KeptMatches';
import { onePerConnection } from '../db/onePerConnection';

/** Match strings whose ids are kept: a query's and the last few before it, for the list and the pane alike. */
const MATCHES_KEPT = 12;

/** The flags an `is:` filter tests, and those it needs clear; the other values are left to SQL. */
const IS_FLAGS: Partial<Record<string, [set: number, clear: number]>> = {
  unread: [UNREAD, 0],
  read: [PRESENT, UNREAD],
  starred: [STARRED, 0],
  archived: [ARCHIVED, 0],
  trashed: [TRASHED, 0],
};

/** SQLite's NOCASE: ASCII letters folded, everything else compared as is. */
export const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Which articles a query matches, found in memory when it can be: the ids of its words (kept while the full-text
 * index is unchanged, so a read mark does not find them again) tested against the facet snapshot's flags, sources and
 * days. At a million articles, SQL testing a common word's matches against a source, a date range or the read ones
 * visits each match (40–170 ms); this is a pass over typed arrays. One per connection, shared by the list and the pane.
 */
export class QueryMatches {
  private readonly statements: StatementCache;
  private readonly snapshot: LiveFacetSnapshot;
  private readonly byMatch: KeptMatches;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
    this.snapshot = liveFacetSnapshot(db);
    this.byMatch = new KeptMatches(db, MATCHES_KEPT);
  }

  /** The ids `match` alone finds, in the index's order. */
  ofMatch(match: string): Int32Array {
    return this.byMatch.get(match, () =>
      parseIds(this.statements.get('SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as string | null),
    );
  }

  /**
   * The ids of the articles the query matches (its filters on `omit` left out), less those with a flag in `hide`;
   * undefined when a condition of it is not held in memory (entities, tags, text the match cannot carry…), or
   * when the snapshot has not been built: the filter pane builds it, a list asked alone (the CLI, the app's first
   * list) is answered by SQL rather than wait for it.
   */
  matching(parsed: ParsedQuery, omit: readonly FilterField[], hide: number): Int32Array | undefined {
    const snap = parsed.conditions.length === 0 ? this.snapshot.built() : null;
    if (!snap) return undefined;
    const tests = testsOf(
      parsed.filters.filter((f) => !omit.includes(f.field)),
      snap,
    );
    if (!tests) return undefined;
    const candidates = parsed.match === null ? snap.ids : this.ofMatch(parsed.match);
    const { flags } = snap;
    const kept = new Int32Array(candidates.length);
    let n = 0;
    for (let i = 0; i < candidates.length; i++) {
      const id = candidates[i]!;
      if (flags[id]! & hide) continue;
      let pass = true;
      for (const t of tests) if (!t(id)) pass = false;
      if (pass) kept[n++] = id;
    }
    return kept.subarray(0, n);
  }
}

/** A test per condition the filters make (several sources being one, as in SQL); null when one of them is not in the snapshot. */
function testsOf(filters: QueryFilter[], snap: FacetSnapshot): ((id: number) => boolean)[] | null {
  const tests: ((id: number) => boolean)[] = [];
  const sources = filters.flatMap((f) => (f.field === 'source' && !f.negated ? [f.value] : []));
  if (sources.length > 0) {
    const from = sourceFlags(snap, sources);
    tests.push((id) => from[id] === 1);
  }
  for (const f of filters) {
    if (f.field === 'source') {
      if (!f.negated) continue;
      const from = sourceFlags(snap, [f.value]);
      tests.push((id) => from[id] !== 1);
    } else if (f.field === 'published') {
      const { from, to } = f.range;
      // Without bounds the condition is true, undated articles included (SQL's `1`); with any, an undated one fails it.
      const within = from === null && to === null ? null : daysFlags(snap, from, to);
      const negated = f.negated;
      tests.push((id) => (within === null || within[id] === 1) !== negated);
    } else if (f.field === 'is' && IS_FLAGS[f.value]) {
      const [set, clear] = IS_FLAGS[f.value]!;
      const { flags } = snap;
      const negated = f.negated;
      tests.push((id) => ((flags[id]! & set) !== 0 && (flags[id]! & clear) === 0) !== negated);
    } else return null;
  }
  return tests;
}

/** A flag per article id, set for the articles from any of `names` (compared as `source = ? COLLATE NOCASE`). */
function sourceFlags({ size, sources }: FacetSnapshot, names: string[]): Uint8Array {
  const wanted = new Set(names.map(nocase));
  const from = new Uint8Array(size);
  for (const group of sources) if (wanted.has(nocase(group.name))) for (const id of group.ids) from[id] = 1;
  return from;
}

/** A flag per article id, set for the articles published in [from, to): the values compared as SQL compares text, byte by byte. */
function daysFlags({ size, days }: FacetSnapshot, from: string | null, to: string | null): Uint8Array {
  const within = new Uint8Array(size);
  const end = to === null ? days.length : firstFrom(days, to);
  for (let d = from === null ? 0 : firstFrom(days, from); d < end; d++) for (const id of days[d]!.ids) within[id] = 1;
  return within;
}

/** The place of the first of the days (in ascending order) not before `bound`. */
function firstFrom(days: IdGroup[], bound: string): number {
  const key = Buffer.from(bound);
  let [low, high] = [0, days.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (Buffer.compare(Buffer.from(days[mid]!.name), key) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The one QueryMatches of a connection. */
export const queryMatches = onePerConnection((db) => new QueryMatches(db));
