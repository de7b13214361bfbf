import type { Database } from 'better-sqlite3';
import { type DateHistogram, type FacetList, type FacetListName, type Facets, type FacetWindow } from '../../common/contract/facetsContract';
import type { NamedCount } from '../../common/shapes/fields';
import { compileQuery, matchingIds, type FilterField } from '../query/compileQuery';
import { ARCHIVED, type FacetSnapshot, type IdGroup, NOTED, parseIds, STARRED, TRASHED, UNREAD } from './facetSnapshot';
import { liveFacetSnapshot, type LiveFacetSnapshot } from './LiveFacetSnapshot';
import { parseQuery } from '../../common/query/queryParser';
import { hiddenShelves } from '../../common/query/shelves';
import { StatementCache } from '../db/StatementCache';
import { LibraryRevision, readsPositions } from '../db/libraryRevision';
import { nocase, type QueryMatches, queryMatches } from './QueryMatches';
import { KeptWhile } from '../db/KeptWhile';

const MAX_MONTHS = 36;
/** More groups than a list could hold: a group's place in a sort key. */
const PLACES = 2 ** 24;
/** Scopes kept while the library is unchanged: a query's few (one per section that omits its own filter) and the last queries'. */
const SCOPES_KEPT = 12;

/** Which articles a section counts: a flag per article id, or null for every article. */
type Scope = Uint8Array | null;

/**
 * The filter pane's counts over the articles that match the query. SQL finds the matching ids once per
 * distinct condition; the counts are then taken from the library's in-memory facet snapshot. A section counts
 * without its own filters (the library's is:/has:, the sources, the dates), so its other entries say what
 * choosing them would show; the pane makes those choices replace, or for sources widen, the current one.
 */
export class FacetCounts {
  private readonly statements: StatementCache;
  private readonly snapshot: LiveFacetSnapshot;
  /**
   * Which articles match, found in memory where the query's filters allow (QueryMatches: words, sources, dates, is:),
   * else by SQL: finding them is most of the cost of a common word's counts, and the pane asks again for the same
   * query as the list re-renders or pages, so they are kept while the library is unchanged.
   */
  private readonly matches: QueryMatches;
  private readonly matchingByLibrary: KeptWhile<Int32Array>;
  /** The scopes made from them, less what each section leaves out. */
  private readonly scopes: KeptWhile<Scope>;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
    this.snapshot = liveFacetSnapshot(db);
    this.matches = queryMatches(db);
    const library = new LibraryRevision(db);
    const revision = (key: string) => library.current(readsPositions(key));
    this.matchingByLibrary = new KeptWhile(revision, SCOPES_KEPT);
    this.scopes = new KeptWhile(revision, SCOPES_KEPT);
  }

  /** Once this resolves, `facets` counts without building the snapshot on this thread (LiveFacetSnapshot.ready). */
  async ready(): Promise<void> {
    await this.snapshot.ready();
  }

  facets(input: string, windows: Record<FacetListName, FacetWindow>): Facets {
    const parsed = parseQuery(input);
    const snap = this.snapshot.get();
    // What the query leaves out unasked (the archive, the Trash) is left out by the flags, not by SQL: most queries
    // then need no SQL at all, and the library's section counts what is put away apart.
    const hidden = hiddenShelves(parsed.filters);
    const shelved = (hidden.archived ? ARCHIVED : 0) | (hidden.trashed ? TRASHED : 0);
    // Most queries filter on none of the omitted fields: then every section shares one scope.
    const scope = (omit: FilterField[], hide = shelved): Scope => {
      const compiled = compileQuery(parsed, omit, false);
      const { sql, params } = matchingIds(compiled);
      const key = JSON.stringify([sql, params, hide]);
      const known = this.scopes.get(key);
      if (known !== undefined) return known;
      const matching = sql === null ? null : this.matching(sql, params, () => this.matches.matching(parsed, omit, 0));
      return this.scopes.set(key, this.scope(matching, snap, hide));
    };
    const full = scope([]);
    const list = (groups: IdGroup[], window: FacetWindow, within: Scope = full) => top(groups, within, window);
    return {
      total: count(snap.ids, full),
      library: libraryCounts(snap, scope(['is', 'has'], 0)),
      lists: {
        sources: list(snap.sources, windows.sources, scope(['source'])),
        people: list(snap.entities.person, windows.people),
        places: list(snap.entities.place, windows.places),
        orgs: list(snap.entities.org, windows.orgs),
        tags: list(snap.tags, windows.tags),
      },
      dates: dates(snap, scope(['published'])),
      hints: compileQuery(parsed).hints,
    };
  }

  /**
   * The ids `sql` selects, kept while the library is unchanged (the sections that leave out what the query does not
   * filter on share them): found `inMemory` if they can be, else read in one string (a row per id would cost more
   * than all the counting).
   */
  private matching(sql: string, params: unknown[], inMemory: () => Int32Array | undefined): Int32Array {
    const key = JSON.stringify([sql, params]);
    const find = () =>
      inMemory() ??
      parseIds(
        this.statements
          .get(`SELECT group_concat(id) FROM (${sql})`)
          .pluck()
          .get(...params) as string | null,
      );
    return this.matchingByLibrary.get(key) ?? this.matchingByLibrary.set(key, find());
  }

  /** The matching ids (null: every article) as a flag per id, less those with a flag in `hide`; null for every article. */
  private scope(matching: Int32Array | null, { size, ids, flags }: FacetSnapshot, hide: number): Scope {
    if (matching === null && (hide === 0 || !ids.some((id) => flags[id]! & hide))) return null;
    const within = new Uint8Array(size);
    for (const id of matching ?? ids) if (!(flags[id]! & hide)) within[id] = 1;
    return within;
  }
}

function any(ids: Int32Array, within: Scope): boolean {
  if (!within) return ids.length > 0;
  for (let i = 0; i < ids.length; i++) if (within[ids[i]!]) return true;
  return false;
}

/** The groups, the most articles first. */
function largestFirst(groups: IdGroup[]): IdGroup[] {
  // Sizes and places packed in one number each (exact below 2^53) and sorted natively: a comparator costs more at tens
  // of thousands of groups.
  const keys = new Float64Array(groups.length);
  groups.forEach((g, i) => (keys[i] = g.ids.length * PLACES + i));
  return Array.from(keys.sort().reverse(), (key) => groups[key % PLACES]!);
}

function count(ids: Int32Array, within: Scope): number {
  if (!within) return ids.length;
  let n = 0;
  for (let i = 0; i < ids.length; i++) n += within[ids[i]!] ?? 0;
  return n;
}

/** The entries of the library's section, which replace one another: the list's (neither archived nor trashed), the archive's and the Trash's. */
function libraryCounts({ ids, flags }: FacetSnapshot, within: Scope): Facets['library'] {
  // Articles counted by their flags first, a byte each: the sections are then summed over the 64 combinations.
  const byFlags = new Float64Array(64);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!within || within[id]) byFlags[flags[id]!]!++;
  }
  const counts = { all: 0, unread: 0, starred: 0, notes: 0, archived: 0, trashed: 0 };
  byFlags.forEach((n, f) => {
    if (f & TRASHED) counts.trashed += n;
    else if (f & ARCHIVED) counts.archived += n;
    if (f & (TRASHED | ARCHIVED)) return;
    counts.all += n;
    if (f & UNREAD) counts.unread += n;
    if (f & STARRED) counts.starred += n;
    if (f & NOTED) counts.notes += n;
  });
  return counts;
}

/**
 * The most frequent names among those containing `contains`, as ORDER BY count DESC, name COLLATE NOCASE would give.
 * Only the window is kept in order as the counts come: sorting every entity by name costs more than counting them.
 */
function top(groups: IdGroup[], within: Scope, { limit, contains }: FacetWindow): FacetList {
  const needle = contains.toLowerCase();
  const best: NamedCount[] = [];
  let matched = 0;
  for (const g of largestFirst(groups)) {
    if (needle && !g.name.toLowerCase().includes(needle)) continue;
    // A group counts no more than its size: once the window is full, a smaller group than its last entry cannot enter
    // it, and needs counting only until one is found beyond it. At a million articles, counting every entity's
    // articles for a common word cost 40 ms.
    const last = best[limit - 1];
    if (best.length === limit && (!last || g.ids.length < last.count)) {
      if (matched > limit) break;
      if (any(g.ids, within)) matched++;
      continue;
    }
    const n = count(g.ids, within);
    if (n === 0) continue;
    matched++;
    const entry = { name: g.name, count: n };
    if (limit === 0 || (last && order(entry, last) >= 0)) continue;
    // After any equal, as a stable sort would leave it.
    let at = best.length;
    while (at > 0 && order(entry, best[at - 1]!) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return { entries: best, more: matched > limit };
}

const order = (a: NamedCount, b: NamedCount) => b.count - a.count || compare(nocase(a.name), nocase(b.name)) || compare(a.name, b.name);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dates(snap: FacetSnapshot, within: Scope): DateHistogram {
  // A month's days are next to one another in the days' order.
  const months: NamedCount[] = [];
  for (const day of snap.days) {
    const n = count(day.ids, within);
    if (n === 0) continue;
    const name = day.name.slice(0, 7);
    const last = months.at(-1);
    if (last?.name === name) last.count += n;
    else months.push({ name, count: n });
  }
  return { ...histogram(months), undated: count(snap.undated, within) };
}

/** Month counts (ascending, `YYYY-MM`) as a gapless histogram by month, or by year when that would be too many bars. */
function histogram(months: NamedCount[]): Pick<DateHistogram, 'unit' | 'buckets'> {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return { unit: 'month', buckets: [] };
  const index = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const byYear = index(last.name) - index(first.name) >= MAX_MONTHS;
  const counts = new Map<string, number>();
  for (const m of months) {
    const key = byYear ? m.name.slice(0, 4) : m.name;
    counts.set(key, (counts.get(key) ?? 0) + m.count);
  }
  const [from, to] = byYear ? [Number(first.name.slice(0, 4)), Number(last.name.slice(0, 4))] : [index(first.name), index(last.name)];
  const buckets: NamedCount[] = [];
  for (let i = from; i <= to; i++) {
    const key = byYear ? String(i).padStart(4, '0') : `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
    buckets.push({ name: key, count: counts.get(key) ?? 0 });
  }
  return { unit: byYear ? 'year' : 'month', buckets };
}
