import type { Database, Statement } from 'better-sqlite3';
import type { ParsedArticle } from '../parse/types';
import { RequestError } from '../../common/RequestError';
import type { ArticleDetail, ArticleSort, ArticleSummary, ArticleWaiting } from '../../common/shapes/articleShapes';
import { ArticleVersions } from './ArticleVersions';
import { readBlocks, storeText, type StoredText } from './storedBlocks';

/** A page of the library in one order, optionally of one source; archived articles and the Trash's are left out. */
export interface ListArticlesOptions {
  limit: number;
  offset: number;
  source?: string | null;
  sort?: ArticleSort;
}

const EXCERPT_CHARS = 240;
/** Rows per INSERT when articles are written together: 14 values each, well under SQLite's limit of bound values. */
const INSERT_ROWS = 100;
/** Body and blocks are stored deflated (StoredText) and read through the virtual columns `body` and `blocks` (m015). */
const INSERTED_COLUMNS =
  'file, content_hash, title, source, author, published, dateline, language, url, word_count, body_deflated, blocks_deflated, imported_at, updated_at';
/**
 * The articles whose content hash is `@hash`: the index holds the hash's first 12 hex digits (m020), so the lookup
 * names that prefix to be found in it and the whole hash to match.
 */
export const WITH_CONTENT_HASH = 'substr(content_hash, 1, 12) = substr(@hash, 1, 12) AND content_hash = @hash';
/** The list leaves out the articles archived or in the Trash, read from the partial index of the few. */
const LISTED = 'id NOT IN (SELECT id FROM articles WHERE archived_at IS NOT NULL OR trashed_at IS NOT NULL)';

const SUMMARY_COLUMNS = `id, title, source, author, published, language, word_count AS wordCount, file,
  substr(body, 1, ${EXCERPT_CHARS}) AS excerpt`;

const ORDER_BY: Record<ArticleSort, string> = {
  'published-desc': 'published IS NULL, published DESC, id DESC',
  'published-asc': 'published IS NULL, published ASC, id ASC',
  'imported-desc': 'imported_at DESC, id DESC',
  'title-asc': 'title COLLATE NOCASE ASC, id ASC',
};

/** What the importer writes: the parsed article plus what identifies its file. */
export interface ArticleRecord {
  file: string;
  contentHash: string;
  article: ParsedArticle;
  body: string;
  wordCount: number;
  /** The body and blocks deflated already (storeText), else deflated here. */
  stored?: StoredText;
}

interface DetailRow extends Omit<ArticleDetail, 'paragraphs'> {
  blocks: string;
}

/** Reads and writes the articles table with prepared statements (SQL stays here, never in handlers). */
export class ArticleStore {
  /** Earlier versions of the texts, kept by update. */
  readonly versions: ArticleVersions;
  private readonly byFile: Statement<[string], { id: number; contentHash: string }>;
  private readonly byHash: Statement<[{ hash: string }], { id: number }>;
  private readonly insertStmt: Statement;
  private readonly updateStmt: Statement;
  private readonly detail: Statement<[number], DetailRow>;
  private readonly exists: Statement<[number], { id: number }>;
  private readonly waitingOf: Statement<[number], ArticleWaiting>;
  private readonly countAll: Statement<[], { n: number }>;
  private readonly countBySource: Statement<[string], { n: number }>;
  private readonly pages = new Map<string, Statement>();
  /** INSERT statements by their number of rows. */
  private readonly inserts = new Map<number, Statement>();

  constructor(private readonly db: Database) {
    this.versions = new ArticleVersions(db);
    this.byFile = db.prepare('SELECT id, content_hash AS contentHash FROM articles WHERE file = ?');
    this.byHash = db.prepare(`SELECT id FROM articles WHERE ${WITH_CONTENT_HASH} LIMIT 1`);
    this.insertStmt = db.prepare(`INSERT INTO articles (${INSERTED_COLUMNS})
      VALUES (@file, @contentHash, @title, @source, @author, @published, @dateline, @language, @url, @wordCount, @body, @blocks, @now, @now)`);
    this.updateStmt = db.prepare(`UPDATE articles SET content_hash = @contentHash, title = @title, source = @source,
      author = @author, published = @published, dateline = @dateline, language = @language, url = @url,
      word_count = @wordCount, body_deflated = @body, blocks_deflated = @blocks, updated_at = @now WHERE id = @id`);
    this.detail = db.prepare(`SELECT ${SUMMARY_COLUMNS}, dateline, url, body, blocks,
      imported_at AS importedAt, updated_at AS updatedAt, version FROM articles WHERE id = ?`);
    this.exists = db.prepare('SELECT id FROM articles WHERE id = ?');
    this.waitingOf = db.prepare('SELECT url, excerpt, since, attempts, last_error AS lastError FROM waiting_articles WHERE article_id = ?');
    this.countAll = db.prepare(`SELECT count(*) AS n FROM articles WHERE ${LISTED}`);
    this.countBySource = db.prepare(`SELECT count(*) AS n FROM articles WHERE source = ? AND ${LISTED}`);
  }

  findByFile(file: string): { id: number; contentHash: string } | undefined {
    return this.byFile.get(file);
  }

  findIdByHash(contentHash: string): number | undefined {
    return this.byHash.get({ hash: contentHash })?.id;
  }

  insert(record: ArticleRecord, now: string): number {
    return Number(this.insertStmt.run(toParams(record, now)).lastInsertRowid);
  }

  /**
   * Inserts new articles, a hundred rows per statement, and gives their ids in order. Written one by one among the
   * importer's other writes, each article's words would reach the full-text index's disk pages on their own (FTS5
   * flushes its pending words at every statement savepoint, which nearly every other write opens), as a segment of
   * one article to be merged again and again; inserted together they are written as one.
   */
  insertMany(records: readonly ArticleRecord[], now: string): number[] {
    const ids: number[] = [];
    for (let start = 0; start < records.length; start += INSERT_ROWS) {
      const part = records.slice(start, start + INSERT_ROWS);
      const values = part.flatMap((record) => {
        const p = toParams(record, now);
        return [p.file, p.contentHash, p.title, p.source, p.author, p.published, p.dateline, p.language, p.url, p.wordCount, p.body, p.blocks, now, now];
      });
      // Matched by file (unique), as RETURNING promises no order.
      const byFile = new Map((this.insertRows(part.length).all(values) as { id: number; file: string }[]).map((r) => [r.file, r.id]));
      for (const record of part) ids.push(byFile.get(record.file)!);
    }
    return ids;
  }

  private insertRows(rows: number): Statement {
    let stmt = this.inserts.get(rows);
    if (!stmt) {
      const row = `(${Array.from({ length: 14 }, () => '?').join(', ')})`;
      stmt = this.db.prepare(`INSERT INTO articles (${INSERTED_COLUMNS}) VALUES ${Array.from({ length: rows }, () => row).join(', ')} RETURNING id, file`);
      this.inserts.set(rows, stmt);
    }
    return stmt;
  }

  /** Replaces an article's text in place (a re-imported file, a changed feed item, a fetched page), keeping the earlier text as a version. */
  update(id: number, record: ArticleRecord, now: string): void {
    this.versions.keepBeforeUpdate(id, record.body);
    this.updateStmt.run({ ...toParams(record, now), id });
  }

  get(id: number): ArticleDetail | undefined {
    const row = this.detail.get(id);
    if (!row) return undefined;
    const { blocks, ...rest } = row;
    return { ...rest, paragraphs: readBlocks(blocks, rest.body), waiting: this.waitingOf.get(id) ?? null };
  }

  /** The id of an article that exists; otherwise a not-found refusal naming it. */
  require(id: number): number {
    if (!this.exists.get(id)) throw new RequestError('not_found', `There is no article ${id}.`);
    return id;
  }

  /** Articles neither archived nor in the Trash, as `list` pages them. */
  count(source?: string | null): number {
    return (source ? this.countBySource.get(source) : this.countAll.get())?.n ?? 0;
  }

  list({ limit, offset, source, sort = 'published-desc' }: ListArticlesOptions): ArticleSummary[] {
    const where = source ? `WHERE source = @source AND ${LISTED}` : `WHERE ${LISTED}`;
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY ${ORDER_BY[sort]} LIMIT @limit OFFSET @offset`;
    let stmt = this.pages.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.pages.set(sql, stmt);
    }
    return stmt.all({ limit, offset, ...(source ? { source } : {}) }) as ArticleSummary[];
  }
}

/** The row's values; `body` and `blocks` as stored, deflated. */
function toParams({ file, contentHash, article, body, wordCount, stored = storeText(body, article.blocks) }: ArticleRecord, now: string) {
  return {
    file,
    contentHash,
    title: article.title,
    source: article.source,
    author: article.author,
    published: article.published,
    dateline: article.dateline,
    language: article.language,
    url: article.url,
    wordCount,
    body: stored.body,
    blocks: stored.blocks,
    now,
  };
}
