import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Library } from '../Library';
import { urlVariants } from '../annotations/import/annotationImport';
import { countWords } from '../import/countWords';
import { parseHtml } from '../parse/parseHtml';
import { blocksToText, type ParsedArticle } from '../parse/types';
import type { MovedItem } from './MovedExport';

/** Finds and makes the articles another app's entries become; SQL for moving in stays here. */
export class MovedArticles {
  private readonly byFile: Statement<[string], { id: number }>;
  private readonly byUrl: Statement<[string], { id: number }>;
  private readonly byTitle: Statement<{ title: string; author: string | null }, { id: number }>;
  private readonly bodyOf: Statement<[number], { body: string }>;
  private readonly markRead: Statement<{ id: number; at: string }>;
  private readonly markStarred: Statement<[number]>;
  private readonly place: Statement<{ id: number; progress: number }>;

  constructor(
    db: Database,
    private readonly library: Library,
  ) {
    this.byFile = db.prepare('SELECT id FROM articles WHERE file = ?');
    this.byUrl = db.prepare('SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1');
    this.byTitle = db.prepare(`SELECT id FROM articles WHERE title = @title COLLATE NOCASE
      AND (@author IS NULL OR author IS NULL OR author = @author COLLATE NOCASE) ORDER BY id LIMIT 1`);
    this.bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?');
    this.markRead = db.prepare('UPDATE articles SET read_at = @at WHERE id = @id AND read_at IS NULL');
    this.markStarred = db.prepare('UPDATE articles SET starred = 1 WHERE id = ? AND starred = 0');
    this.place = db.prepare('UPDATE articles SET reading_position = @progress WHERE id = @id AND reading_position IS NULL');
  }

  /** The article already here for this entry: by what identifies it in its export, its address, then (if asked) its title and author. */
  find(item: MovedItem): number | null {
    const hit =
      this.byFile.get(item.key) ??
      (item.url
        ? urlVariants(item.url)
            .map((u) => this.byUrl.get(u))
            .find(Boolean)
        : undefined);
    if (hit) return hit.id;
    if (item.matchByTitle && item.title) return this.byTitle.get({ title: item.title, author: item.author })?.id ?? null;
    return null;
  }

  body(id: number): string {
    return this.bodyOf.get(id)?.body ?? '';
  }

  /**
   * A new article for the entry: its saved page extracted when the export holds one (or `parsed`, the page already
   * read, with its pictures; null when it held nothing to read), else an empty article holding what the export says
   * (and, with an address, waiting for its page). Answers whether it waits.
   */
  create(item: MovedItem, now: string, parsed?: ParsedArticle | null): { id: number; waiting: boolean } {
    const page = parsed !== undefined ? parsed && { article: parsed } : item.page ? pageArticle(item.page) : null;
    const article: ParsedArticle = {
      ...(page?.article ?? { published: null, source: null, dateline: null, language: null, tags: [], blocks: [] }),
      title: item.title ?? page?.article.title ?? item.url ?? item.key,
      author: item.author ?? page?.article.author ?? null,
      url: item.url ?? page?.article.url ?? null,
    };
    const body = blocksToText(article.blocks);
    const contentHash = createHash('sha256')
      .update(item.page ?? `moved:${item.key}`)
      .digest('hex');
    const { articles, entities } = this.library;
    const id = articles.insert({ file: item.key, contentHash, article, body, wordCount: countWords(`${article.title}\n${body}`) }, item.added ?? now);
    this.library.pictures.show(id, article.pictures ?? []);
    entities.extract(id, body, article.language);
    const waiting = page === null && item.url !== null;
    if (waiting) this.library.waiting.add(id, item.url!, item.excerpt, now);
    return { id, waiting };
  }

  /** Read state, star and place from the other app, never undoing what was done here (read stays read). */
  keepReading(id: number, item: MovedItem, now: string): void {
    if (item.read) this.markRead.run({ id, at: item.added ?? now });
    if (item.starred) this.markStarred.run(id);
    if (item.progress !== null) this.place.run({ id, progress: item.progress });
  }
}

/** A saved page as the import reads one; a page with nothing to read leaves the article waiting instead. */
function pageArticle(html: string): { article: ParsedArticle } | null {
  try {
    return { article: parseHtml(html) };
  } catch {
    return null;
  }
}
