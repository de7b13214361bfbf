import type { Database } from 'better-sqlite3';
import type { QueryResult } from '../../common/contract/articlesContract';
import type { ArticleRow } from '../../common/shapes/articleShapes';
import { BM25, compileQuery, effectiveSort, inFullText, matchingIds, onRowid, type CompiledQuery, type EffectiveSort } from '../query/compileQuery';
import { parseQuery } from '../../common/query/queryParser';
import { CLOSE, markTerms, OPEN, splitMarks } from './snippetMarks';
import { StatementCache } from '../db/StatementCache';
import { RankedCache, type Ranked } from './RankedCache';
import { MatchRankings } from './MatchRankings';
import { TitleOrder } from './TitleOrder';
import { pageScores } from './pageScores';
import { type Foreground, foregroundOf } from '../workers/Foreground';
import { inScratchIndex } from './scratchIndex';
import { queryMatches, type QueryMatches } from '../facets/QueryMatches';
import { ARCHIVED, TRASHED } from '../facets/facetSnapshot';
import { hiddenShelves } from '../../common/query/shelves';
import type { ParsedQuery } from '../../common/query/queryTypes';

interface RawRow extends Omit<ArticleRow, 'marks' | 'titleMarks' | 'read' | 'starred' | 'archived' | 'trashed'> {
  read: number;
  starred: number;
  archived: number;
  trashed: number;
}

const SNIPPET_CHARS = 240;
/** A page's columns, over `a`. */
const COLUMNS = `a.id AS id, a.source, a.published, a.read_at IS NOT NULL AS read, a.starred, a.reading_position AS progress,
  a.archived_at IS NOT NULL AS archived, a.trashed_at IS NOT NULL AS trashed, a.version,
  (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlights,
  (SELECT count(*) FROM highlights h WHERE h.article_id = a.id AND h.note <> '') + EXISTS (SELECT 1 FROM article_notes n WHERE n.article_id = a.id) AS notes`;
/** How far before a substring match its snippet starts. */
const LEAD_CHARS = 60;
/** Ranked ids are taken this many at a time: five pages of the list, for little more than ranking one. */
const RANK_DEPTH = 250;
/** A page whose ids are chosen already, given in order as JSON. */
const GIVEN_PAGE = 'SELECT value AS id FROM json_each(@ids)';

/** A matching row's marked title and snippet from a full-text index whose columns are the library's, (body, title) (m017). */
const marksOf = (index: string) => `highlight(${index}, 1, '${OPEN}', '${CLOSE}') AS title, snippet(${index}, 0, '${OPEN}', '${CLOSE}', '…', 24) AS snippet`;
const MARKS = marksOf('articles_fts');
/**
 * From this many articles its match alone is in, a prefix's page is marked in an index of its rows alone
 * (inScratchIndex): about 7 ms for 50 rows at any size, where a pass over the matches took 5 ms at 10,000 (`legislat*`
 * at 100,000 articles) and 21–44 at 104,000 (at a million).
 */
const SCRATCH_FROM = 20_000;

/** Runs the search box's query language over the library: the list's pages and the count of matches. */
export class ArticleSearch {
  private readonly statements: StatementCache;
  private readonly cache: RankedCache;
  private readonly byMatch: MatchRankings;
  private readonly matches: QueryMatches;
  private readonly titles: TitleOrder;
  private readonly foreground: Foreground;

  /**
   * `rankDepth`: ranked ids taken at a time (small in tests, to page past it); `scratchFrom`: SCRATCH_FROM (0 in
   * tests); `splitFrom`: from what span of ids a match is ranked on two threads (ParallelRanking).
   */
  constructor(
    db: Database,
    private readonly rankDepth = RANK_DEPTH,
    private readonly scratchFrom = SCRATCH_FROM,
    splitFrom?: number,
  ) {
    this.statements = new StatementCache(db);
    this.cache = new RankedCache(db);
    this.byMatch = new MatchRankings(db, rankDepth, splitFrom);
    this.matches = queryMatches(db);
    this.titles = new TitleOrder(db);
    this.foreground = foregroundOf(db);
  }

  /** A page of the query's results; background reads of the library pause meanwhile (Foreground). */
  query(input: string, limit: number, offset: number): QueryResult {
    return this.foreground.during(() => this.page(input, limit, offset));
  }

  private page(input: string, limit: number, offset: number): QueryResult {
    const parsed = parseQuery(input);
    const compiled = compileQuery(parsed);
    const order = effectiveSort(parsed.sort, compiled.match !== null);
    const hints = order.hint ? [...compiled.hints, order.hint] : compiled.hints;
    const term = parsed.highlight[0]?.text ?? null;
    const ranked = compiled.match !== null && order.sort.key === 'relevance';
    const known = this.cache.get(cacheKey(compiled, order));
    let raw: RawRow[];
    if (ranked) {
      const end = offset + limit;
      const { ids, scores } = this.ranked(parsed, compiled as CompiledQuery & { match: string }, order, known, end);
      const page = ids.slice(offset, end);
      const prefixed = compiled.match!.includes('*');
      // A pass for a prefix's marks goes over every article its match is in, whatever the other conditions keep.
      const scratch = prefixed && this.byMatch.matchTotal(compiled.match!, order.orderBy) >= this.scratchFrom;
      raw =
        page.length === 0
          ? []
          : scratch
            ? this.scratchRows(compiled.match!, page)
            : (this.statements.get(this.rowsSql(order, prefixed)).all({ match: compiled.match, ids: JSON.stringify(page) }) as RawRow[]);
      // Looked up row by row, bm25 would score the whole match again for each row; in a scratch index, by its rows
      // alone: the ranking's score is used.
      const scoreOf = new Map(page.map((id, i) => [id, scores[offset + i]!]));
      if (!prefixed || scratch) raw.forEach((row) => (row.score = scoreOf.get(row.id)!));
    } else {
      // Sorted by title, the matches found in memory are picked out along the kept title order.
      const matching = order.sort.key === 'title' ? this.inMemory(parsed) : undefined;
      if (matching) {
        const page = this.titles.page(matching, order.sort.direction === 'desc', offset, limit);
        raw = page.length === 0 ? [] : this.givenRows(compiled, order, term, page);
        known.total = matching.length;
      } else {
        const texts = compiled.match === null ? (term === null ? {} : { term }) : { match: compiled.match };
        raw = this.statements.get(this.pageSql(compiled, order, term !== null)).all(...compiled.rest.params, { ...texts, limit, offset }) as RawRow[];
        // A short page ends the list, so it also tells how many match.
        if (raw.length < limit && (raw.length > 0 || offset === 0)) known.total = offset + raw.length;
      }
    }
    const mark = (text: string) => (compiled.match === null ? markTerms(text, parsed.highlight) : splitMarks(text));
    const rows = raw.map(({ title, snippet, read, starred, archived, trashed, ...row }): ArticleRow => {
      const { snippet: plainTitle, marks: titleMarks } = mark(title);
      const flags = { read: read === 1, starred: starred === 1, archived: archived === 1, trashed: trashed === 1 };
      return { ...row, title: plainTitle, titleMarks, ...mark(snippet), ...flags };
    });
    const total = (known.total ??=
      (ranked ? this.byMatch.total(compiled as CompiledQuery & { match: string }, order.orderBy) : null) ?? this.count(parsed, compiled));
    return { total, rows, hints, sort: order.sort };
  }

  /** Stops the thread that ranks beside this one. */
  close(): void {
    this.byMatch.close();
  }

  /** How many articles match, for a saved view's count. */
  total(input: string): number {
    const parsed = parseQuery(input);
    const compiled = compileQuery(parsed);
    const known = this.cache.get(cacheKey(compiled, effectiveSort(parsed.sort, compiled.match !== null)));
    return (known.total ??= this.count(parsed, compiled));
  }

  /**
   * The query's ids in rank order up to `end` at least: from its match's ranking where that holds them (kept while the
   * index is unchanged), else ranked with its conditions. Each ranking scores every match, so it is kept for the next
   * pages and asks.
   */
  private ranked(parsed: ParsedQuery, query: CompiledQuery & { match: string }, { orderBy }: EffectiveSort, known: Ranked, end: number): Ranked {
    if (known.complete || known.ids.length >= end) return known;
    // Words alone are filtered only by what is put away, a few ids SQL tests quickly; other filters in memory, if they can be.
    const matching = query.rest.sql === '1' ? undefined : this.inMemory(parsed);
    const found = this.byMatch.ranked(query, orderBy, end, () => (known.total ??= matching?.length ?? this.count(parsed, query)), matching);
    if (found) {
      Object.assign(known, found);
      if (found.complete) known.total = found.ids.length;
      return known;
    }
    return this.rankWith(query, orderBy, known, end);
  }

  /**
   * Ranking reads bm25 straight from the index, without visiting the articles; other filters are a set of ids (the +
   * keeps SQLite from handing a set to FTS5, which would run the whole match once per id).
   */
  private rankWith(query: CompiledQuery, orderBy: string, known: Ranked, end: number): Ranked {
    const depth = Math.ceil(end / this.rankDepth) * this.rankDepth;
    const sql = `SELECT rowid AS id, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH @match
      ${query.rest.sql === '1' ? '' : `AND ${onRowid(query.rest)}`}
      ${query.notShelved ? `AND ${query.notShelved('+rowid')}` : ''}
      ORDER BY ${orderBy} LIMIT @depth`;
    const rows = this.statements
      .get(sql)
      .raw()
      .all(...query.rest.params, { match: query.match, depth }) as [number, number][];
    known.ids = rows.map(([id]) => id);
    known.scores = rows.map(([, score]) => score);
    known.complete = rows.length < depth;
    if (known.complete) known.total = rows.length;
    return known;
  }

  /**
   * The rows of a page whose ids are chosen, in their order. With words, their marks and scores would take a pass over
   * every match: each row's marks are looked up by its id instead, and its score is worked out from its counts of
   * the words where it can be (pageScores).
   */
  private givenRows(query: CompiledQuery, order: EffectiveSort, term: string | null, page: number[]): RawRow[] {
    const ids = JSON.stringify(page);
    const { match } = query;
    const scores = match === null ? null : pageScores(this.statements, match, page, (phrase) => this.matches.ofMatch(phrase).length);
    if (match === null || !scores) {
      const texts = match === null ? (term === null ? {} : { term }) : { match };
      return this.statements.get(this.pageSql(query, order, term !== null, GIVEN_PAGE)).all({ ...texts, ids }) as RawRow[];
    }
    const raw = this.statements.get(this.rowsSql(order, false)).all({ match, ids }) as RawRow[];
    raw.forEach((row, i) => (row.score = scores[i]!));
    return raw;
  }

  /** The ids of the articles the query matches, where they can be found in memory (QueryMatches). */
  private inMemory(parsed: ParsedQuery): Int32Array | undefined {
    const hidden = hiddenShelves(parsed.filters);
    return this.matches.matching(parsed, [], (hidden.archived ? ARCHIVED : 0) | (hidden.trashed ? TRASHED : 0));
  }

  private count(parsed: ParsedQuery, query: CompiledQuery): number {
    const inMemory = this.inMemory(parsed);
    if (inMemory) return inMemory.length;
    const { sql, params } = matchingIds(query);
    return this.statements
      .get(`SELECT count(*) FROM ${sql === null ? 'articles' : `(${sql})`}`)
      .pluck()
      .get(...params) as number;
  }

  /**
   * The page's ids are chosen first (or are `given`, as a SELECT of `id`) and only its rows get a snippet and their
   * annotation counts: computed in the same SELECT as the ORDER BY, SQLite would build them for every match before sorting.
   */
  private pageSql(query: CompiledQuery, { orderBy }: EffectiveSort, byTerm: boolean, given: string | null = null): string {
    // What is put away is tested by id, apart from the other conditions, so that words alone still rank straight from the index.
    const where = query.notShelved ? `${query.rest.sql} AND ${query.notShelved('+a.id')}` : query.rest.sql;
    if (query.match === null) {
      // Without FTS5 to place the snippet, it starts just before the first term (found by substring), if any. CROSS
      // JOIN keeps the page the outer loop: with its LIMIT a parameter, SQLite would walk every article in the list's
      // order instead, looking each up in the page (40 ms at a million articles).
      const start = byTerm ? `max(1, instr(a.body, @term) - ${LEAD_CHARS})` : '1';
      return `WITH page AS (${given ?? `SELECT a.id FROM articles a WHERE ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`})
        SELECT ${COLUMNS}, a.title, substr(a.body, ${start}, ${SNIPPET_CHARS}) AS snippet, NULL AS score
        FROM page CROSS JOIN articles a ON a.id = page.id ORDER BY ${orderBy}`;
    }
    // Orders other than relevance walk their index and stop at the page's end.
    return this.markedSql(
      given ?? `SELECT a.id FROM articles a WHERE ${inFullText('@match')} AND ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`,
      orderBy,
    );
  }

  /**
   * The rows of a ranked page, its ids given in order (as JSON). Each row's marks are looked up by its id, a seek in
   * each term's list whatever the library's size, where a pass over the matches grows with it; but for a prefix,
   * FTS5 would gather every word it stands for again for each row, so the page takes one pass (markedSql).
   */
  private rowsSql({ orderBy }: EffectiveSort, prefixed: boolean): string {
    if (prefixed) return this.markedSql('SELECT value AS id FROM json_each(@ids)', orderBy);
    return `WITH marked AS (SELECT page.key AS n, articles_fts.rowid AS id, ${MARKS} FROM json_each(@ids) AS page
        CROSS JOIN articles_fts ON articles_fts.rowid = page.value WHERE articles_fts MATCH @match)
      SELECT ${COLUMNS}, marked.title, marked.snippet, NULL AS score FROM marked CROSS JOIN articles a ON a.id = marked.id ORDER BY marked.n`;
  }

  /**
   * The rows of a page of a prefix's ranking, in its order, their marks found by the prefix in an index of these rows
   * alone: in the library's, FTS5 would gather every word the prefix stands for, from all their rows.
   */
  private scratchRows(match: string, page: number[]): RawRow[] {
    const rows = this.statements
      .get(`SELECT ${COLUMNS}, a.title, a.body FROM json_each(?) AS page CROSS JOIN articles a ON a.id = page.value ORDER BY page.key`)
      .all(JSON.stringify(page)) as (RawRow & { body: string })[];
    const marked = inScratchIndex(
      this.statements,
      rows.map(({ body, title }) => [body, title]),
      (scratch) =>
        scratch
          .prepare(`SELECT rowid, ${marksOf('texts')} FROM texts WHERE texts MATCH ? ORDER BY rowid`)
          .raw()
          .all(match) as [number, string, string][],
    );
    return marked.map(([place, title, snippet]) => {
      const { body, ...row } = rows[place - 1]!;
      return { ...row, title, snippet, score: null };
    });
  }

  /**
   * The page's marks come from one more pass over the matches: looked up row by row, FTS5 would set the whole
   * query up again for each row, which for a prefix or a phrase costs more than the pass.
   */
  private markedSql(page: string, orderBy: string): string {
    return `WITH page AS (${page}),
      marked AS (SELECT rowid AS id, ${MARKS}, ${BM25} AS score
        FROM articles_fts WHERE articles_fts MATCH @match AND +rowid IN (SELECT id FROM page))
      SELECT ${COLUMNS}, marked.title, marked.snippet, marked.score AS score
      FROM marked CROSS JOIN articles a ON a.id = marked.id ORDER BY ${orderBy}`;
  }
}

/** The compiled query and its order: inputs that differ only in spacing or in the order of their terms share it. */
function cacheKey(query: CompiledQuery, { orderBy }: EffectiveSort): string {
  return JSON.stringify([query.match, query.rest, query.notShelved?.('id') ?? null, orderBy]);
}
