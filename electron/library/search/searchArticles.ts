import type { Database, Statement } from 'better-sqlite3';

export interface SearchHit {
  id: number;
  title: string;
  source: string | null;
  published: string | null;
  /** Plain text around the matches. */
  snippet: string;
  /** [start, end) ranges of the matched words in `snippet`. */
  marks: [number, number][];
  /** bm25 with the title weighted above the body: lower is better, as SQLite orders it. */
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

// Private-use characters cannot occur in imported text (the parser keeps letters, not PUA), so they delimit matches safely.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const TITLE_WEIGHT = 10;

/** Full-text search over titles and bodies, best first, with a snippet per hit. */
export class ArticleSearch {
  private readonly page: Statement;
  private readonly total: Statement<[string], { n: number }>;

  constructor(db: Database) {
    this.page = db.prepare(`SELECT a.id, a.title, a.source, a.published,
        snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet,
        bm25(articles_fts, ${TITLE_WEIGHT}, 1) AS score
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH @match ORDER BY score LIMIT @limit OFFSET @offset`);
    this.total = db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
  }

  search(query: string, limit: number, offset: number): SearchResult {
    const match = toMatchExpression(query);
    if (!match) return { total: 0, hits: [] };
    const rows = this.page.all({ match, limit, offset }) as (Omit<SearchHit, 'marks'> & { snippet: string })[];
    return {
      total: this.total.get(match)?.n ?? 0,
      hits: rows.map((row) => ({ ...row, ...splitMarks(row.snippet) })),
    };
  }
}

/** Every word the user typed, each as an FTS5 string, so no input is read as FTS5 syntax. */
function toMatchExpression(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

function splitMarks(marked: string): { snippet: string; marks: [number, number][] } {
  const marks: [number, number][] = [];
  let snippet = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE && open >= 0) {
      marks.push([open, snippet.length]);
      open = -1;
    } else if (/\s/.test(ch)) {
      // Paragraph breaks inside a snippet read as one line in a list row.
      if (!snippet.endsWith(' ')) snippet += ' ';
    } else snippet += ch;
  }
  return { snippet, marks };
}
