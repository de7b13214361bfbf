import type { Database } from 'better-sqlite3';
import { RequestError } from '../../common/RequestError';
import type { VersionSummary } from '../../common/shapes/versionShapes';
import type { HighlightStore } from '../annotations/HighlightStore';
import type { EntityStore } from '../entities/store/EntityStore';
import type { Block } from '../parse/types';
import type { ArticleStore } from './ArticleStore';

export interface RestoreParts {
  articles: ArticleStore;
  entities: EntityStore;
  highlights: HighlightStore;
}

/**
 * Makes an earlier version's text the article's current text, as a re-import of that text would: the current text is
 * kept as a version (so restoring is undone by restoring it in turn), the entities are found again, the highlights
 * placed again in the restored text (kept orphaned where their words are not in it), and the article placed in a story
 * again. A version keeps text only: the restored text is in paragraphs, without the headings, lists and pictures the
 * current text may have (its pictures stay in the library until the file is imported again). Returns the versions as
 * they are after it.
 */
export function restoreVersion(db: Database, parts: RestoreParts, articleId: number, version: number): VersionSummary[] {
  db.transaction(() => {
    const current = parts.articles.get(articleId);
    if (!current) throw new RequestError('not_found', `There is no article ${articleId}.`);
    if (version === current.version) throw new RequestError('invalid', `Version ${version} is already the current text of article ${articleId}.`);
    const { title, body, words } = parts.articles.versions.text(articleId, version);
    const { contentHash } = parts.articles.findByFile(current.file)!;
    // The body is its blocks' texts joined by a blank line: cut there, the paragraphs give back the same body.
    const blocks: Block[] = body.split('\n\n').map((text) => ({ kind: 'p', text }));
    const { source, author, published, dateline, language, url } = current;
    const article = { title, source, author, published, dateline, language, url, tags: [], blocks };
    parts.articles.update(articleId, { file: current.file, contentHash, article, body, wordCount: words }, new Date().toISOString());
    parts.entities.extract(articleId, body, language);
    parts.highlights.reanchorArticle(articleId, body);
  })();
  return parts.articles.versions.list(articleId);
}
