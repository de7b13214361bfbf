import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { HighlightStore } from '../annotations/HighlightStore';
import type { ArticleStore } from '../articles/articleStore';
import type { EntityStore } from '../entities/entityStore';
import { explainSqliteError } from '../db/LibraryError';
import { MAX_ARTICLE_BYTES, parseArticle, TOO_LARGE } from '../parse/parseArticle';
import { ParseError, blocksToText } from '../parse/types';
import { countWords } from './countWords';
import { describeFsError, walkArticleFiles } from './walkArticleFiles';

export type ImportStatus = 'added' | 'updated' | 'duplicate' | 'error';

export interface ImportResult {
  file: string;
  status: ImportStatus;
  /** The article written, or the one this file duplicates. */
  id?: number;
  error?: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportContext {
  db: Database;
  articles: ArticleStore;
  entities: EntityStore;
  /** Re-anchored when an article's text changes. */
  highlights: HighlightStore;
  dbFile: string;
}

/** Files per transaction: large enough to amortise commits, small enough to report progress and stay responsive. */
const BATCH_SIZE = 200;

/**
 * Imports files and folders. Each batch of files is one transaction, so a crash leaves whole batches in or out;
 * a file that fails is reported and the rest go on. Yields to the event loop between batches.
 */
export async function importPaths(
  ctx: ImportContext,
  paths: readonly string[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  // A first walk only lists names, so progress can say "n of total" without holding any file's content.
  let total = 0;
  for (const _ of walkArticleFiles(paths)) total++;
  let batch: string[] = [];
  const flush = () => {
    const now = new Date().toISOString();
    const write = ctx.db.transaction((files: string[]) =>
      files.map((file) => {
        const result = importOne(ctx, file, now);
        onProgress?.({ done: results.length + 1, total, file });
        results.push(result);
        return result;
      }),
    );
    const before = results.length;
    try {
      write(batch);
    } catch (err) {
      results.length = before;
      throw explainSqliteError(ctx.dbFile, err);
    }
    batch = [];
  };
  for (const entry of walkArticleFiles(paths)) {
    if ('error' in entry) {
      results.push({ file: entry.file, status: 'error', error: entry.error });
      onProgress?.({ done: results.length, total, file: entry.file });
      continue;
    }
    batch.push(entry.file);
    if (batch.length >= BATCH_SIZE) {
      flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) flush();
  return results;
}

function importOne(ctx: ImportContext, file: string, now: string): ImportResult {
  let bytes: Buffer;
  try {
    // Checked before reading, so a huge file never fills memory.
    const { size } = fs.statSync(file);
    if (size > MAX_ARTICLE_BYTES) return { file, status: 'error', error: TOO_LARGE };
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { file, status: 'error', error: describeFsError(err, 'the file cannot be read') };
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const existing = ctx.articles.findByFile(file);
  if (existing?.contentHash === contentHash) return { file, status: 'duplicate', id: existing.id };
  if (!existing) {
    const twin = ctx.articles.findIdByHash(contentHash);
    if (twin !== undefined) return { file, status: 'duplicate', id: twin };
  }
  try {
    const article = parseArticle(file, bytes);
    const body = blocksToText(article.blocks);
    const record = { file, contentHash, article, body, wordCount: countWords(`${article.title}\n${body}`) };
    if (existing) {
      ctx.articles.update(existing.id, record, now);
      ctx.entities.extract(existing.id, body, article.language);
      ctx.highlights.reanchorArticle(existing.id, body);
      return { file, status: 'updated', id: existing.id };
    }
    const id = ctx.articles.insert(record, now);
    ctx.entities.extract(id, body, article.language);
    return { file, status: 'added', id };
  } catch (err) {
    if (err instanceof ParseError) return { file, status: 'error', error: err.message };
    throw err;
  }
}
