import type { Database } from 'better-sqlite3';
import { compileQuery, whereAll, type Sql } from '../query/compileQuery';
import { parseQuery } from '../../common/query/queryParser';
import { StatementCache } from '../db/StatementCache';
import type { ResponseOf } from '../../common/contract/contract';
import type { HighlightFilter } from '../../common/contract/highlightsContract';
import type { HighlightEntry } from '../../common/shapes/highlightShapes';
import type { HighlightColor } from '../../common/shapes/highlightColors';
import { HIGHLIGHT_COLUMNS, toHighlight, type HighlightRow } from './highlightRows';

export type HighlightPage = ResponseOf<'highlights.find'>;

const ORDER = {
  'created-desc': 'h.created_at DESC, h.id DESC',
  'created-asc': 'h.created_at ASC, h.id ASC',
  article: 'a.published IS NULL, a.published DESC, a.id DESC, h.start IS NULL, h.start, h.id',
} as const;

// Scripts written without spaces are one token to unicode61, so their words are found by substring instead.
const SPACELESS = /[\u0E00-\u0EFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]/u;

/** The "All highlights" view: highlights across the library, filtered by their article, colour, tags and words. */
export class HighlightQuery {
  private readonly statements: StatementCache;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  find(filter: HighlightFilter): HighlightPage {
    const compiled = compileQuery(parseQuery(filter.query));
    const where = all([whereAll(compiled), colorsIn(filter.colors), ...filter.tags.map(tagged), textIn(filter.text), orphanedIs(filter.orphaned)]);
    const from = 'FROM highlights h JOIN articles a ON a.id = h.article_id';
    const total = (this.statements.get(`SELECT count(*) AS n ${from} WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
    const rows = this.statements
      .get(
        `SELECT ${HIGHLIGHT_COLUMNS}, a.title AS articleTitle, a.source AS articleSource, a.author AS articleAuthor,
        a.published AS articlePublished, a.url AS articleUrl ${from} WHERE ${where.sql} ORDER BY ${ORDER[filter.sort]} LIMIT ? OFFSET ?`,
      )
      .all(...where.params, filter.limit, filter.offset) as (HighlightRow & ArticleColumns)[];
    return { total, highlights: rows.map(toEntry), hints: compiled.hints };
  }
}

interface ArticleColumns {
  articleTitle: string;
  articleSource: string | null;
  articleAuthor: string | null;
  articlePublished: string | null;
  articleUrl: string | null;
}

function toEntry(row: HighlightRow & ArticleColumns): HighlightEntry {
  const { articleTitle, articleSource, articleAuthor, articlePublished, articleUrl, ...highlight } = row;
  return {
    ...toHighlight(highlight),
    article: { id: row.articleId, title: articleTitle, source: articleSource, author: articleAuthor, published: articlePublished, url: articleUrl },
  };
}

function colorsIn(colors: readonly HighlightColor[]): Sql {
  return colors.length === 0 ? { sql: '1', params: [] } : { sql: `h.color IN (${colors.map(() => '?').join(', ')})`, params: [...colors] };
}

/** The highlight, or its article, carries the tag. */
export function tagged(name: string): Sql {
  return {
    sql: `(EXISTS (SELECT 1 FROM highlight_tags x JOIN tags t ON t.id = x.tag_id WHERE x.highlight_id = h.id AND t.name = ?)
      OR EXISTS (SELECT 1 FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = h.article_id AND t.name = ?))`,
    params: [name.replace(/^#/, ''), name.replace(/^#/, '')],
  };
}

/** Every word must occur (as a word prefix) in the quote or the note; diacritics folded as in article search. */
function textIn(text: string): Sql {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { sql: '1', params: [] };
  if (SPACELESS.test(text)) {
    return all(words.map((w) => ({ sql: '(instr(h.exact, ?) > 0 OR instr(h.note, ?) > 0)', params: [w, w] })));
  }
  const match = words.map((w) => `"${w}"*`).join(' AND ');
  return { sql: 'h.id IN (SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ?)', params: [match] };
}

function orphanedIs(orphaned: boolean | null): Sql {
  return orphaned === null ? { sql: '1', params: [] } : { sql: orphaned ? 'h.start IS NULL' : 'h.start IS NOT NULL', params: [] };
}

function all(parts: readonly Sql[]): Sql {
  const real = parts.filter((p) => p.sql !== '1');
  return real.length === 0 ? { sql: '1', params: [] } : { sql: real.map((p) => `(${p.sql})`).join(' AND '), params: real.flatMap((p) => p.params) };
}
