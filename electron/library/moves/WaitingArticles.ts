import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleWaiting } from '../../common/shapes/articleShapes';
import type { HighlightStore } from '../annotations/HighlightStore';
import type { ArticleStore } from '../articles/ArticleStore';
import type { PictureStore } from '../articles/PictureStore';
import type { EntityStore } from '../entities/store/EntityStore';
import { countWords } from '../import/countWords';
import { parseHtml } from '../parse/parseHtml';
import { blocksToText, type ParsedArticle } from '../parse/types';
import { RequestError } from '../../common/RequestError';
import { stableUuid } from '../export/formats/stableUuid';

export interface WaitingArticle extends ArticleWaiting {
  articleId: number;
}

/**
 * Articles known by their address only, until a fetch fills them in. The fetcher lists them (`list`), fetches each
 * `url`, and hands the page to `fill`, or its failure to `failed`; nothing here reaches the network.
 */
export class WaitingArticles {
  private readonly insert: Statement;
  private readonly one: Statement<[number], WaitingArticle>;
  private readonly all: Statement<[number], WaitingArticle>;
  private readonly setExcerpt: Statement<[string, number]>;
  private readonly done: Statement<[number]>;
  private readonly failure: Statement<[string, number]>;

  constructor(
    private readonly db: Database,
    private readonly parts: { articles: ArticleStore; pictures: PictureStore; entities: EntityStore; highlights: HighlightStore },
  ) {
    const columns = 'article_id AS articleId, url, excerpt, since, attempts, last_error AS lastError';
    this.insert = db.prepare('INSERT OR IGNORE INTO waiting_articles (article_id, url, excerpt, since) VALUES (@articleId, @url, @excerpt, @since)');
    this.one = db.prepare(`SELECT ${columns} FROM waiting_articles WHERE article_id = ?`);
    this.all = db.prepare(`SELECT ${columns} FROM waiting_articles ORDER BY attempts, since, article_id LIMIT ?`);
    this.setExcerpt = db.prepare("UPDATE waiting_articles SET excerpt = ? WHERE article_id = ? AND excerpt = ''");
    this.done = db.prepare('DELETE FROM waiting_articles WHERE article_id = ?');
    this.failure = db.prepare('UPDATE waiting_articles SET attempts = attempts + 1, last_error = ? WHERE article_id = ?');
  }

  /** Marks an article as waiting for the page at `url`. */
  add(articleId: number, url: string, excerpt: string, since: string): void {
    this.insert.run({ articleId, url, excerpt, since });
  }

  /** Keeps a passage the other app kept, unless one is kept already. */
  keepExcerpt(articleId: number, excerpt: string): void {
    if (excerpt) this.setExcerpt.run(excerpt, articleId);
  }

  get(articleId: number): WaitingArticle | undefined {
    return this.one.get(articleId);
  }

  /** The articles to fetch, those tried least (then waiting longest) first. */
  list(limit = 1000): WaitingArticle[] {
    return this.all.all(limit);
  }

  /**
   * Gives a waiting article the page fetched from its address: the page is extracted as a saved page is, the title,
   * author and address the other app gave are kept where the page names none, the highlights made before it came
   * (kept orphaned) are placed in its text, and the kept passage becomes a highlight. The article stops waiting.
   * `parsed` is the page already read, with its pictures.
   */
  fill(articleId: number, html: string, parsed: ParsedArticle = parseHtml(html)): void {
    const waiting = this.get(articleId);
    if (!waiting) throw new RequestError('invalid', `Article ${articleId} is not waiting for its page.`);
    const current = this.parts.articles.get(articleId)!;
    const body = blocksToText(parsed.blocks);
    const article = { ...parsed, title: current.title || parsed.title, author: current.author ?? parsed.author, url: current.url ?? parsed.url ?? waiting.url };
    const contentHash = createHash('sha256').update(html).digest('hex');
    this.db.transaction(() => {
      this.parts.articles.update(
        articleId,
        { file: current.file, contentHash, article, body, wordCount: countWords(`${article.title}\n${body}`) },
        new Date().toISOString(),
      );
      this.parts.pictures.show(articleId, parsed.pictures ?? []);
      this.parts.entities.extract(articleId, body, article.language);
      this.parts.highlights.reanchorArticle(articleId, body);
      if (waiting.excerpt.trim()) placeExcerpt(this.parts.highlights, articleId, waiting.url, waiting.excerpt, waiting.since);
      this.done.run(articleId);
    })();
  }

  /** A fetch that failed: counted, with its reason, and the article still waits. */
  failed(articleId: number, reason: string): void {
    this.failure.run(reason, articleId);
  }
}

/** A passage another app kept, as a highlight of the article's text (kept orphaned if the text does not hold it). */
export function placeExcerpt(
  highlights: HighlightStore,
  articleId: number,
  url: string,
  excerpt: string,
  created: string,
): { created: boolean; orphaned: boolean } {
  const { highlight, created: added } = highlights.put({
    uuid: stableUuid(`excerpt:${url}:${excerpt}`),
    articleId,
    quote: excerpt,
    prefix: '',
    suffix: '',
    start: null,
    end: null,
    color: 'yellow',
    note: '',
    tags: [],
    created,
    modified: created,
  });
  return { created: added, orphaned: highlight.orphaned };
}
