import type { Database, Statement } from 'better-sqlite3';
import { RequestError } from '../../common/RequestError';
import type { TagSummary } from '../../common/contract/tagsContract';
import { normalizeTag, normalizeTags } from '../../common/tagNames';

/** Tags shared by articles and highlights: created on first use, renamed and merged by the user. */
export class TagStore {
  private readonly insert: Statement<{ name: string; now: string }>;
  private readonly byName: Statement<[string], { id: number; name: string }>;
  private readonly byId: Statement<[number], { id: number; name: string }>;
  private readonly summaries: Statement<[], TagSummary>;
  private readonly ofArticle: Statement<[number], { name: string }>;
  private readonly clearArticle: Statement<[number]>;
  private readonly tagArticle: Statement<[number, number]>;
  private readonly setName: Statement<[string, number]>;
  private readonly moveArticles: Statement<[number, number]>;
  private readonly moveHighlights: Statement<[number, number]>;
  private readonly remove: Statement<[number]>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO tags (name, created_at) VALUES (@name, @now) ON CONFLICT(name) DO NOTHING');
    this.byName = db.prepare('SELECT id, name FROM tags WHERE name = ?');
    this.byId = db.prepare('SELECT id, name FROM tags WHERE id = ?');
    this.summaries = db.prepare(`SELECT t.id, t.name,
      (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id) AS articles,
      (SELECT count(*) FROM highlight_tags x WHERE x.tag_id = t.id) AS highlights
      FROM tags t ORDER BY t.name COLLATE NOCASE`);
    this.ofArticle = db.prepare('SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = ? ORDER BY t.name COLLATE NOCASE');
    this.clearArticle = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
    this.tagArticle = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    this.setName = db.prepare('UPDATE tags SET name = ? WHERE id = ?');
    this.moveArticles = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags WHERE tag_id = ?');
    this.moveHighlights = db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?');
    this.remove = db.prepare('DELETE FROM tags WHERE id = ?');
  }

  /** The ids of these tags, creating those that do not exist yet. Runs inside the caller's transaction. */
  ensure(names: readonly string[]): number[] {
    const now = new Date().toISOString();
    return normalizeTags(names).map((name) => {
      this.insert.run({ name, now });
      return this.byName.get(name)!.id;
    });
  }

  list(): TagSummary[] {
    return this.summaries.all();
  }

  forArticle(articleId: number): string[] {
    return this.ofArticle.all(articleId).map((r) => r.name);
  }

  /** Replaces the article's tags with these. */
  setForArticle(articleId: number, names: readonly string[]): string[] {
    this.db.transaction(() => {
      this.clearArticle.run(articleId);
      for (const tagId of this.ensure(names)) this.tagArticle.run(articleId, tagId);
    })();
    return this.forArticle(articleId);
  }

  /** Adds these tags to each of the articles, keeping the tags they have, in one transaction; answers how many were added. */
  addToArticles(articleIds: readonly number[], names: readonly string[]): number {
    return this.db.transaction(() => {
      let added = 0;
      const tagIds = this.ensure(names);
      for (const articleId of articleIds) for (const tagId of tagIds) added += this.tagArticle.run(articleId, tagId).changes;
      return added;
    })();
  }

  /** Renames a tag; renaming it to another tag's name merges the two under that name. Returns the surviving tag. */
  rename(id: number, newName: string): { id: number; name: string } {
    const name = normalizeTag(newName);
    const tag = this.get(id);
    const other = this.byName.get(name);
    if (other && other.id !== tag.id) return this.merge(tag.id, other.id);
    this.setName.run(name, tag.id);
    return { id: tag.id, name };
  }

  /** Moves every use of `fromId` to `intoId` and deletes `fromId`. */
  merge(fromId: number, intoId: number): { id: number; name: string } {
    const [from, into] = [this.get(fromId), this.get(intoId)];
    if (from.id === into.id) throw new RequestError('invalid', `A tag cannot be merged into itself ("${from.name}").`);
    this.db.transaction(() => {
      this.moveArticles.run(into.id, from.id);
      this.moveHighlights.run(into.id, from.id);
      this.remove.run(from.id);
    })();
    return into;
  }

  /** Removes the tag from every article and highlight. */
  delete(id: number): void {
    this.remove.run(this.get(id).id);
  }

  private get(id: number): { id: number; name: string } {
    const tag = this.byId.get(id);
    if (!tag) throw new RequestError('not_found', `There is no tag ${id}.`);
    return tag;
  }
}
