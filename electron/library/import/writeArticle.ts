import type { ImportResult } from '../../common/contract/importsContract';
import type { ImportContext } from './importPaths';
import type { PreparedArticle } from './prepareArticle';

/** A prepared article and what identifies it: its file (or, for a feed's item, the name the item is kept under) and content. */
export interface ArticleToWrite extends PreparedArticle {
  file: string;
  contentHash: string;
}

/**
 * Writes an article, with its pictures and entities, inside the caller's transaction: over `existingId` when it is already in the
 * library (its highlights placed again in the new text), else as a new one.
 */
export function writeArticle(
  ctx: Pick<ImportContext, 'articles' | 'pictures' | 'entities' | 'highlights'>,
  { file, contentHash, article, body, wordCount, entities, stored, signature }: ArticleToWrite,
  existingId: number | undefined,
  now: string,
): Omit<ImportResult, 'file'> & { id: number } {
  const record = { file, contentHash, article, body, wordCount, stored };
  if (existingId !== undefined) {
    ctx.articles.update(existingId, record, now);
    ctx.pictures.show(existingId, article.pictures ?? []);
    ctx.entities.extract(existingId, body, article.language, entities, signature);
    ctx.highlights.reanchorArticle(existingId, body);
    return { status: 'updated', id: existingId, ...plainText(article) };
  }
  return completeAdded(ctx, ctx.articles.insert(record, now), { article, body, entities, signature });
}

/** What a new article's row is written with, once it is in: its pictures and entities. Inside the caller's transaction. */
export function completeAdded(
  ctx: Pick<ImportContext, 'pictures' | 'entities'>,
  id: number,
  { article, body, entities, signature }: Pick<ArticleToWrite, 'article' | 'body' | 'entities' | 'signature'>,
): Omit<ImportResult, 'file'> & { id: number } {
  ctx.pictures.show(id, article.pictures ?? []);
  ctx.entities.extract(id, body, article.language, entities, signature);
  return { status: 'added', id, ...plainText(article) };
}

const plainText = ({ readAsPlainText }: ArticleToWrite['article']) => (readAsPlainText === undefined ? {} : { readAsPlainText });
