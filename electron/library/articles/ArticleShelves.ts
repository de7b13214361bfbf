import type { Database, Statement } from 'better-sqlite3';
import type { EntityStore } from '../entities/store/EntityStore';
import { ARCHIVED, TRASHED } from '../facets/facetSnapshot';
import { liveFacetSnapshot, type LiveFacetSnapshot } from '../facets/LiveFacetSnapshot';
import type { EmptiedTrash, ShelfState, TrashedArticle } from '../../common/shapes/shelfShapes';

const IN_IDS = 'id IN (SELECT value FROM json_each(@ids))';
const ANNOTATION_COUNTS = `(SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlights,
  (SELECT count(*) FROM highlights h WHERE h.article_id = a.id AND h.note <> '') + EXISTS (SELECT 1 FROM article_notes n WHERE n.article_id = a.id) AS notes`;

/**
 * Articles put away: the archive, out of the list for good but kept, and the Trash, which keeps an article with all
 * its annotations until it is emptied. Only emptying the Trash deletes anything. Each call is one statement over the
 * given ids, applied to the facet snapshot too.
 */
export class ArticleShelves {
  private readonly snapshot: LiveFacetSnapshot;
  private readonly archive: Statement<{ ids: string; now: string }>;
  private readonly unarchive: Statement<{ ids: string }>;
  private readonly trash: Statement<{ ids: string; now: string }>;
  private readonly untrash: Statement<{ ids: string }>;
  private readonly states: Statement<{ ids: string }, { id: number; archived: number; trashed: number }>;
  private readonly trashPage: Statement<{ limit: number; offset: number }, Omit<TrashedArticle, 'archived'> & { archived: number }>;
  private readonly trashCount: Statement<[], number>;
  private readonly trashAnnotations: Statement<[], { highlights: number; notes: number }>;
  private readonly emptyStatements: Statement[];

  constructor(
    private readonly db: Database,
    private readonly entities: EntityStore,
  ) {
    this.snapshot = liveFacetSnapshot(db);
    // An article already put away keeps the time it went.
    this.archive = db.prepare(`UPDATE articles SET archived_at = @now WHERE ${IN_IDS} AND archived_at IS NULL`);
    this.unarchive = db.prepare(`UPDATE articles SET archived_at = NULL WHERE ${IN_IDS} AND archived_at IS NOT NULL`);
    this.trash = db.prepare(`UPDATE articles SET trashed_at = @now WHERE ${IN_IDS} AND trashed_at IS NULL`);
    this.untrash = db.prepare(`UPDATE articles SET trashed_at = NULL WHERE ${IN_IDS} AND trashed_at IS NOT NULL`);
    this.states = db.prepare(`SELECT id, archived_at IS NOT NULL AS archived, trashed_at IS NOT NULL AS trashed FROM articles WHERE ${IN_IDS} ORDER BY id`);
    this.trashPage = db.prepare(`SELECT a.id, a.title, a.source, a.published, a.trashed_at AS trashedAt, a.archived_at IS NOT NULL AS archived,
      ${ANNOTATION_COUNTS} FROM articles a WHERE a.trashed_at IS NOT NULL ORDER BY a.trashed_at DESC, a.id DESC LIMIT @limit OFFSET @offset`);
    this.trashCount = db.prepare<[], number>('SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL').pluck();
    const inTrash = 'SELECT id FROM articles WHERE trashed_at IS NOT NULL';
    this.trashAnnotations = db.prepare(`SELECT (SELECT count(*) FROM highlights WHERE article_id IN (${inTrash})) AS highlights,
      (SELECT count(*) FROM highlights WHERE note <> '' AND article_id IN (${inTrash})) + (SELECT count(*) FROM article_notes WHERE article_id IN (${inTrash})) AS notes`);
    // The annotations first: the schema refuses to delete an article that holds any (m004), so nothing goes by accident.
    this.emptyStatements = ['highlights', 'article_tags', 'article_notes'].map((table) => db.prepare(`DELETE FROM ${table} WHERE article_id IN (${inTrash})`));
    this.emptyStatements.push(db.prepare('DELETE FROM articles WHERE trashed_at IS NOT NULL'));
  }

  /** Archives or brings back the articles, in one statement; answers where each of them now is (unknown ids are left out). */
  setArchived(ids: readonly number[], archived: boolean): { changed: number; articles: ShelfState[] } {
    const json = JSON.stringify(ids);
    const changed = this.snapshot.patch(ids, ARCHIVED, archived, () =>
      archived ? this.archive.run({ ids: json, now: new Date().toISOString() }).changes : this.unarchive.run({ ids: json }).changes,
    );
    return { changed, articles: this.stateOf(json) };
  }

  /** Moves the articles to the Trash, with their annotations, or restores them from it to where they were (the list or the archive). */
  setTrashed(ids: readonly number[], trashed: boolean): { changed: number; articles: ShelfState[] } {
    const json = JSON.stringify(ids);
    const changed = this.snapshot.patch(ids, TRASHED, trashed, () =>
      trashed ? this.trash.run({ ids: json, now: new Date().toISOString() }).changes : this.untrash.run({ ids: json }).changes,
    );
    return { changed, articles: this.stateOf(json) };
  }

  /** What is in the Trash, the last put there first, and what it holds in all. */
  trashed(limit: number, offset: number): { total: number; highlights: number; notes: number; articles: TrashedArticle[] } {
    const articles = this.trashPage.all({ limit, offset }).map((a) => ({ ...a, archived: a.archived === 1 }));
    return { total: this.trashCount.get() ?? 0, ...this.trashAnnotations.get()!, articles };
  }

  /** Deletes every article in the Trash with its highlights, notes and tags, and the entities only they mentioned; answers what went. */
  emptyTrash(): EmptiedTrash {
    return this.db
      .transaction(() => {
        const articles = this.trashCount.get() ?? 0;
        const { highlights, notes } = this.trashAnnotations.get()!;
        for (const statement of this.emptyStatements) statement.run();
        this.entities.prune();
        return { articles, highlights, notes };
      })
      .immediate();
  }

  private stateOf(json: string): ShelfState[] {
    return this.states.all({ ids: json }).map((s) => ({ id: s.id, archived: s.archived === 1, trashed: s.trashed === 1 }));
  }
}
