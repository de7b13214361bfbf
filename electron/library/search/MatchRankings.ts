import type { Database } from 'better-sqlite3';
import { BM25, type CompiledQuery } from '../query/compileQuery';
import { StatementCache } from '../db/StatementCache';
import { IndexRevision } from '../db/IndexRevision';
import { KeptWhile } from '../db/KeptWhile';
import type { Ranked } from './RankedCache';

/** Match strings kept, each with its order: as many as the queries kept. */
const CAPACITY = 16;
/** The match alone is ranked this much past the depth its share of kept matches says, so that the page is filled. */
const SLACK = 1.25;
/** Past this many times the query's own depth, the conditions keep too few of the matches: ranking with them costs less. */
const MAX_WIDENING = 2;

/**
 * The rankings of recent MATCH strings alone, valid while the full-text index is unchanged: bm25 reads nothing else.
 * Marking an article read, starring, archiving, tagging it change which matches a query keeps, not their order nor
 * their scores; so after such a change a query's ranking is its other conditions tested on the best few hundred of
 * its match, where ranking again would score every article the words are in. The best of the match, filtered in
 * order, are the best of the query: anything further down ranks below them all.
 */
export class MatchRankings {
  private readonly statements: StatementCache;
  private readonly revision: IndexRevision;
  private readonly rankings: KeptWhile<Ranked>;

  constructor(
    db: Database,
    private readonly rankDepth: number,
  ) {
    this.statements = new StatementCache(db);
    this.revision = new IndexRevision(db);
    this.rankings = new KeptWhile(() => this.revision.current(), CAPACITY);
  }

  /**
   * The query's ids in rank order, `end` of them at least (or all), from its match's ranking; null when the
   * conditions keep so few of the matches (`total` of them) that ranking with them costs less.
   */
  ranked(query: CompiledQuery & { match: string }, orderBy: string, end: number, total: () => number): Omit<Ranked, 'total'> | null {
    const conditions = [...(query.rest.sql === '1' ? [] : [query.rest.sql]), ...(query.notShelved ? [query.notShelved('+a.id')] : [])];
    const key = JSON.stringify([query.match, orderBy]);
    let best = this.rankings.get(key);
    if (!best || (!best.complete && best.ids.length < end)) {
      // Only the archive and the Trash left out keep nearly every match; other conditions keep their share of them.
      let matches = best?.total ?? null;
      const share = query.rest.sql === '1' ? 1 : total() / (matches ??= this.count(query.match));
      const depth = Math.ceil(end / this.rankDepth) * this.rankDepth;
      const wanted = share >= 1 ? depth : Math.ceil((end * SLACK) / share / this.rankDepth) * this.rankDepth;
      // Also when nothing is kept (0/0 is NaN).
      if (!(wanted <= depth * MAX_WIDENING)) return null;
      const ranked = this.rankMatch(query.match, orderBy, wanted);
      best = this.rankings.set(key, { ...ranked, total: ranked.total ?? matches });
    }
    if (conditions.length === 0) return { ids: best.ids, scores: best.scores, complete: best.complete };
    const kept = new Set(
      this.statements
        .get(`SELECT a.id FROM json_each(?) j CROSS JOIN articles a ON a.id = j.value WHERE ${conditions.join(' AND ')}`)
        .pluck()
        .all(JSON.stringify(best.ids), ...query.rest.params) as number[],
    );
    const ids: number[] = [];
    const scores: number[] = [];
    best.ids.forEach((id, i) => {
      if (!kept.has(id)) return;
      ids.push(id);
      scores.push(best.scores[i]!);
    });
    return best.complete || ids.length >= end ? { ids, scores, complete: best.complete } : null;
  }

  /**
   * How many articles the query matches when its only other condition is what is put away, else null: the match's
   * count, kept with its ranking, less the matches put away (each looked up in the index by id, for the few there are).
   */
  total(query: CompiledQuery & { match: string }, orderBy: string): number | null {
    const best = query.rest.sql === '1' ? this.rankings.get(JSON.stringify([query.match, orderBy])) : undefined;
    if (!best) return null;
    best.total ??= this.count(query.match);
    if (query.shelved === null) return best.total;
    const away = this.statements
      .get(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (${query.shelved})`)
      .pluck()
      .get(query.match) as number;
    return best.total - away;
  }

  private rankMatch(match: string, orderBy: string, depth: number): Ranked {
    const rows = this.statements
      .get(`SELECT rowid AS id, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY ${orderBy} LIMIT ?`)
      .raw()
      .all(match, depth) as [number, number][];
    const complete = rows.length < depth;
    return { ids: rows.map(([id]) => id), scores: rows.map(([, score]) => score), complete, total: complete ? rows.length : null };
  }

  /** How many articles the match alone is in. */
  private count(match: string): number {
    return this.statements.get('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as number;
  }
}
