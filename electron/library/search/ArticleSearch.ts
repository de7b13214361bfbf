import type { Database } from 'better-sqlite3';
import type { QueryResult } from '../../common/contract/articlesContract';
import type { ArticleRow } from '../../common/shapes/articleShapes';
import { BM25, compileQuery, effectiveSort, inFullText, matchingIds, type CompiledQuery, type EffectiveSort } from '../query/compileQuery';
import { parseQuery } from '../../common/query/queryParser';
import { CLOSE, markTerms, OPEN, splitMarks } from './snippetMarks';
import { StatementCache } from '../db/StatementCache';

interface RawRow extends Omit<ArticleRow, 'marks' | 'titleMarks' | 'read' | 'starred' | 'archived' | 'trashed'> {
  read: number;
  starred: number;
  archived: number;
  trashed: number;
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
    const sql = this.pageSql(compiled, order, term !== null);
    const raw = this.statements.get(sql).all(...compiled.rest.params, named) as RawRow[];
    const mark = (text: string) => (compiled.match === null ? markTerms(text, parsed.highlight) : splitMarks(text));
    const rows = raw.map(({ title, snippet, read, starred, archived, trashed, ...row }): ArticleRow => {
      const { snippet: plainTitle, marks: titleMarks } = mark(title);
      const flags = { read: read === 1, starred: starred === 1, archived: archived === 1, trashed: trashed === 1 };
      return { ...row, title: plainTitle, titleMarks, ...mark(snippet), ...flags };
    });
    // A short page ends the list, so it also tells how many match.
    const total = raw.length < limit && (raw.length > 0 || offset === 0) ? offset + raw.length : this.count(compiled);
    return { total, rows, hints, sort: order.sort };
  }

  /** How many articles match, for a saved view's count. */
  total(input: string): number {
    return this.count(compileQuery(parseQuery(input)));
  }

  private count(query: CompiledQuery): number {
    const { sql, params } = matchingIds(query);
    return this.statements
      .get(`SELECT count(*) FROM ${sql === null ? 'articles' : `(${sql})`}`)
      .pluck()
      .get(...params) as number;
  }

  /**
   * The page's ids are chosen first and only its rows get a snippet and their annotation counts: computed in
   * the same SELECT as the ORDER BY, SQLite would build them for every match before sorting.
   */
  private pageSql(query: CompiledQuery, { sort, orderBy }: EffectiveSort, byTerm: boolean): string {
    const columns = `a.id AS id, a.source, a.published, a.read_at IS NOT NULL AS read, a.starred, a.reading_position AS progress,
      a.archived_at IS NOT NULL AS archived, a.trashed_at IS NOT NULL AS trashed, a.version,
      (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlights,
      (SELECT count(*) FROM highlights h WHERE h.article_id = a.id AND h.note <> '') + EXISTS (SELECT 1 FROM article_notes n WHERE n.article_id = a.id) AS notes`;
    // What is put away is tested by id, apart from the other conditions, so that words alone still rank straight from the index.
    const where = query.notShelved ? `${query.rest.sql} AND ${query.notShelved('+a.id')}` : query.rest.sql;
    if (query.match === null) {
      // Without FTS5 to place the snippet, it starts just before the first term (found by substring), if any.
      const start = byTerm ? `max(1, instr(a.body, @term) - ${LEAD_CHARS})` : '1';
      return `WITH page AS (SELECT a.id FROM articles a WHERE ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset)
        SELECT ${columns}, a.title, substr(a.body, ${start}, ${SNIPPET_CHARS}) AS snippet, NULL AS score
        FROM page JOIN articles a ON a.id = page.id ORDER BY ${orderBy}`;
    }
    // Ranking reads bm25 straight from the index, without visiting the articles; other filters are a set of ids
    // (the + keeps SQLite from handing a set to FTS5, which would run the whole match once per id). Other orders
    // walk their index and stop at the page's end.
    const page =
      sort.key === 'relevance'
        ? `SELECT rowid AS id, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH @match
            ${query.rest.sql === '1' ? '' : `AND +rowid IN (SELECT a.id FROM articles a WHERE ${query.rest.sql})`}
            ${query.notShelved ? `AND ${query.notShelved('+rowid')}` : ''}
            ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`
        : `SELECT a.id FROM articles a WHERE ${inFullText('@match')} AND ${where} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`;
    // The page's marks come from one more pass over the matches: looked up row by row, FTS5 would set the whole
    // query up again for each row, which for a prefix or a phrase costs more than the pass.
    return `WITH page AS (${page}),
      marked AS (SELECT rowid AS id, highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') AS title,
          snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet, ${BM25} AS score
        FROM articles_fts WHERE articles_fts MATCH @match AND +rowid IN (SELECT id FROM page))
      SELECT ${columns}, marked.title, marked.snippet, marked.score AS score
      FROM marked CROSS JOIN articles a ON a.id = marked.id ORDER BY ${orderBy}`;
  }
}
