import type { Database } from 'better-sqlite3';
import { BM25, compileQuery, effectiveSort, whereAll, type CompiledQuery } from './compileQuery';
import { parseQuery } from './queryParser';
import type { QuerySort } from './queryTypes';
import { CLOSE, markTerms, OPEN, splitMarks, type Mark } from './snippetMarks';
import { StatementCache } from './StatementCache';

/** One row of the article list. */
export interface ArticleRow {
  id: number;
  title: string;
  /** [start, end) ranges of the matched words in `title`. */
  titleMarks: Mark[];
  source: string | null;
  published: string | null;
  /** Plain text on one line: around the matches for a search, else the start of the body. */
  snippet: string;
  /** [start, end) ranges of the matched words in `snippet`. */
  marks: Mark[];
  read: boolean;
  starred: boolean;
  /** bm25 with the title weighted above the body, lower is better; null without search words. */
  score: number | null;
}

export interface QueryResult {
  total: number;
  rows: ArticleRow[];
  /** What in the query was not understood, and how it was read instead. */
  hints: string[];
  /** The order actually used (relevance needs search words). */
  sort: QuerySort;
}

interface RawRow extends Omit<ArticleRow, 'marks' | 'titleMarks' | 'read' | 'starred'> {
  read: number;
  starred: number;
}

const SNIPPET_CHARS = 240;
/** How far before a substring match its snippet starts. */
const LEAD_CHARS = 60;

/** Runs the search box's query language over the library: the list's pages and the count of matches. */
export class ArticleSearch {
  private readonly statements: StatementCache;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  query(input: string, limit: number, offset: number): QueryResult {
    const parsed = parseQuery(input);
    const compiled = compileQuery(parsed);
    const order = effectiveSort(parsed.sort, compiled.match !== null);
    const hints = order.hint ? [...compiled.hints, order.hint] : compiled.hints;
    const term = parsed.highlight[0]?.text ?? null;
    const named = { limit, offset, ...(compiled.match === null ? (term === null ? {} : { term }) : { match: compiled.match }) };
    const sql = this.pageSql(compiled, order.orderBy, term !== null);
    const raw = this.statements.get(sql).all(...compiled.rest.params, named) as RawRow[];
    const mark = (text: string) => (compiled.match === null ? markTerms(text, parsed.highlight) : splitMarks(text));
    const rows = raw.map(({ title, snippet, read, starred, ...row }): ArticleRow => {
      const { snippet: plainTitle, marks: titleMarks } = mark(title);
      return { ...row, title: plainTitle, titleMarks, ...mark(snippet), read: read === 1, starred: starred === 1 };
    });
    return { total: this.count(compiled), rows, hints, sort: order.sort };
  }

  /** How many articles match, for a saved view's count. */
  total(input: string): number {
    return this.count(compileQuery(parseQuery(input)));
  }

  private count(query: CompiledQuery): number {
    const where = whereAll(query);
    return (this.statements.get(`SELECT count(*) AS n FROM articles a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  }

  /**
   * The page is chosen first and only its rows get a snippet: computed in the same SELECT as the
   * ORDER BY, SQLite would build one for every match before sorting.
   */
  private pageSql(query: CompiledQuery, orderBy: string, byTerm: boolean): string {
    const columns = 'a.id, a.source, a.published, a.read_at IS NOT NULL AS read, a.starred';
    if (query.match === null) {
      // Without FTS5 to place the snippet, it starts just before the first term (found by substring), if any.
      const start = byTerm ? `max(1, instr(a.body, @term) - ${LEAD_CHARS})` : '1';
      return `WITH page AS (SELECT a.id FROM articles a WHERE ${query.rest.sql} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset)
        SELECT ${columns}, a.title, substr(a.body, ${start}, ${SNIPPET_CHARS}) AS snippet, NULL AS score
        FROM page JOIN articles a ON a.id = page.id ORDER BY ${orderBy}`;
    }
    return `WITH page AS (SELECT a.id, ${BM25} AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH @match AND ${query.rest.sql} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset)
      SELECT ${columns}, highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') AS title, snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet, page.score AS score
      FROM page JOIN articles_fts ON articles_fts.rowid = page.id JOIN articles a ON a.id = page.id
      WHERE articles_fts MATCH @match ORDER BY ${orderBy}`;
  }
}
