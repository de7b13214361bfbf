import type { Database } from 'better-sqlite3';
import type { CompiledQuery } from '../query/compileQuery';
import { StatementCache } from '../db/StatementCache';
import { IndexRevision } from '../db/IndexRevision';
import { type ChangeMark, type IndexChanges, indexChanges } from '../db/IndexChanges';
import type { Ranked } from './RankedCache';
import { patchablePhrases, patchRanking } from './patchRanking';
import { BEST_FIRST } from './rankingSql';
import { ParallelRanking } from './ParallelRanking';
import { indexTotals, type IndexTotals } from './bm25';
import { flagsOf } from '../facets/facetSnapshot';

/** Match strings kept, each with its order: as many as the queries kept. */
const CAPACITY = 16;
/** The match alone is ranked this much past the depth its share of kept matches says, so that the page is filled. */
const SLACK = 1.25;
/**
 * Past this many times the query's own depth, the conditions keep too few of the matches: ranking with them costs
 * less. Ranking a match scores every article it is in whatever the depth (at 100,000 articles, "president" to 250
 * rows 14 ms, to 2,000 rows 16 ms); the depth only adds rows to read and keep.
 */
const MAX_WIDENING = 8;

/** A ranking, the index revision it holds for, and what patching it after a change to the text needs (null: ranked again). */
interface Kept extends Ranked {
  revision: number;
  basis: { mark: ChangeMark; totals: IndexTotals; phrases: string[] } | null;
}

/**
 * The rankings of recent MATCH strings alone, valid while the full-text index is unchanged: bm25 reads nothing else.
 * Marking an article read, starring, archiving, tagging it change which matches a query keeps, not their order nor
 * their scores; so after such a change a query's ranking is its other conditions tested on the best few hundred of
 * its match, where ranking again would score every article the words are in. The best of the match, filtered in
 * order, are the best of the query: anything further down ranks below them all. After a few articles' text changed
 * (imported, edited, deleted by this connection), a ranking is patched rather than computed again (patchRanking).
 */
export class MatchRankings {
  private readonly statements: StatementCache;
  private readonly revision: IndexRevision;
  private readonly changes: IndexChanges;
  private readonly ranking: ParallelRanking;
  /** In the order they were last asked, the oldest first. */
  private readonly rankings = new Map<string, Kept>();

  constructor(
    db: Database,
    private readonly rankDepth: number,
    splitFrom?: number,
  ) {
    this.ranking = new ParallelRanking(db, splitFrom);
    this.statements = new StatementCache(db);
    this.revision = new IndexRevision(db);
    this.changes = indexChanges(db);
  }

  /**
   * The query's ids in rank order, `end` of them at least (or all), from its match's ranking; null when the
   * conditions keep so few of the matches (`total` of them) that ranking with them costs less. `matching`: the
   * query's ids when found in memory (QueryMatches), which the ranking is then filtered by rather than by SQL.
   */
  ranked(query: CompiledQuery & { match: string }, orderBy: string, end: number, total: () => number, matching?: Int32Array): Omit<Ranked, 'total'> | null {
    const conditions = [...(query.rest.sql === '1' ? [] : [query.rest.sql]), ...(query.notShelved ? [query.notShelved('+a.id')] : [])];
    const key = JSON.stringify([query.match, orderBy]);
    let best = this.kept(key, query.match);
    if (!best || (!best.complete && best.ids.length < end)) {
      // Only the archive and the Trash left out keep nearly every match; other conditions keep their share of them.
      let matches = best?.total ?? null;
      const share = query.rest.sql === '1' ? 1 : total() / (matches ??= this.count(query.match));
      const wanted = this.depthFor(end, share);
      if (wanted === null) return null;
      best = this.rankMatch(key, query.match, orderBy, wanted, matches);
    }
    if (conditions.length === 0) return { ids: best.ids, scores: best.scores, complete: best.complete };
    const inMemory = matching && flagsOf(matching);
    const keeps = (ids: number[]) => (inMemory ? (id: number) => inMemory[id] === 1 : this.keptBySql(ids, conditions, query.rest.params));
    let found = keptBy(best, keeps);
    if (!best.complete && found.ids.length < end) {
      // The conditions keep fewer of the best matches than of all (one outlet's reports ranking lower, say): the
      // match is ranked deeper, by the share they kept of it, and kept so for the next asks.
      const wanted = this.depthFor(end, found.ids.length / best.ids.length);
      if (wanted === null || wanted <= best.ids.length) return null;
      best = this.rankMatch(key, query.match, orderBy, wanted, best.total);
      found = keptBy(best, keeps);
    }
    return best.complete || found.ids.length >= end ? { ...found, complete: best.complete } : null;
  }

  /** How deep to rank a match alone for `end` rows of a query whose conditions keep `share` of it; null when too deep. */
  private depthFor(end: number, share: number): number | null {
    const depth = Math.ceil(end / this.rankDepth) * this.rankDepth;
    const wanted = share >= 1 ? depth : Math.ceil((end * SLACK) / share / this.rankDepth) * this.rankDepth;
    // Also when nothing is kept (0/0 is NaN, x/0 is Infinity).
    return wanted <= depth * MAX_WIDENING ? wanted : null;
  }

  /** Which of `ids` meet the conditions, by SQL: each article looked up by id. */
  private keptBySql(ids: number[], conditions: string[], params: unknown[]): (id: number) => boolean {
    const kept = new Set(
      this.statements
        .get(`SELECT a.id FROM json_each(?) j CROSS JOIN articles a ON a.id = j.value WHERE ${conditions.join(' AND ')}`)
        .pluck()
        .all(JSON.stringify(ids), ...params) as number[],
    );
    return (id) => kept.has(id);
  }

  /**
   * How many articles the query matches when its only other condition is what is put away, else null: the match's
   * count, kept with its ranking, less the matches put away (each looked up in the index by id, for the few there are).
   */
  total(query: CompiledQuery & { match: string }, orderBy: string): number | null {
    const best = query.rest.sql === '1' ? this.kept(JSON.stringify([query.match, orderBy]), query.match) : undefined;
    if (!best) return null;
    best.total ??= this.count(query.match);
    if (query.shelved === null) return best.total;
    const away = this.statements
      .get(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (${query.shelved})`)
      .pluck()
      .get(query.match) as number;
    return best.total - away;
  }

  /** Stops the ranking's worker thread. */
  close(): void {
    this.ranking.close();
  }

  /** How many articles the match alone is in: kept with its ranking, else counted. */
  matchTotal(match: string, orderBy: string): number {
    const best = this.kept(JSON.stringify([match, orderBy]), match);
    return best ? (best.total ??= this.count(match)) : this.count(match);
  }

  /** The ranking kept for `key` as it is now: as kept while the index is unchanged, else patched if it can be. */
  private kept(key: string, match: string): Kept | undefined {
    const now = this.revision.current();
    const entry = this.rankings.get(key);
    if (!entry) return undefined;
    this.rankings.delete(key);
    const fresh = entry.revision === now ? entry : this.patched(entry, match, now);
    if (fresh) this.rankings.set(key, fresh);
    return fresh ?? undefined;
  }

  private patched({ basis, ...kept }: Kept, match: string, revision: number): Kept | null {
    if (!basis) return null;
    const totals = indexTotals(this.statements);
    const patched = this.changes.patched(basis.mark, (changed) =>
      patchRanking(this.statements, match, basis.phrases, kept, basis.totals, totals, { ids: changed, before: this.changes.before(basis.mark) }),
    );
    return patched && { ...patched.value, revision, basis: { mark: patched.mark, totals, phrases: basis.phrases } };
  }

  private rankMatch(key: string, match: string, orderBy: string, depth: number, total: number | null): Kept {
    // Read before ranking: a change made meanwhile by another connection then shows as one after it.
    const revision = this.revision.current();
    const phrases = orderBy === BEST_FIRST ? patchablePhrases(match) : null;
    // The count, asked for next when not known, is taken while the other thread ranks (ParallelRanking).
    const ranked = this.changes.kept(() =>
      this.ranking.rank(match, orderBy, depth, () => ({ totals: indexTotals(this.statements), count: total ?? this.count(match) })),
    );
    const {
      rows,
      meanwhile: { totals, count },
    } = ranked.value;
    const complete = rows.length < depth;
    const basis = phrases && ranked.mark ? { mark: ranked.mark, totals, phrases } : null;
    const kept = { ids: rows.map(([id]) => id), scores: rows.map(([, score]) => score), complete, total: complete ? rows.length : count, revision, basis };
    this.rankings.delete(key);
    this.rankings.set(key, kept);
    if (this.rankings.size > CAPACITY) this.rankings.delete(this.rankings.keys().next().value as string);
    return kept;
  }

  /** How many articles the match alone is in. */
  private count(match: string): number {
    return this.statements.get('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as number;
  }
}

/** The ranking's rows that meet the conditions (`keeps`, asked with the ranking's ids), in its order. */
function keptBy(best: Ranked, keeps: (ids: number[]) => (id: number) => boolean): { ids: number[]; scores: number[] } {
  const kept = keeps(best.ids);
  const ids: number[] = [];
  const scores: number[] = [];
  best.ids.forEach((id, i) => {
    if (!kept(id)) return;
    ids.push(id);
    scores.push(best.scores[i]!);
  });
  return { ids, scores };
}
