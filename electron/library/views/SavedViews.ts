import type { Database, Statement } from 'better-sqlite3';
import type { SavedView } from '../../common/contract/viewsContract';

/** Named queries ("smart views") kept in the library, so they move with it and survive restarts. */
export class SavedViews {
  private readonly all: Statement<[], SavedView>;
  private readonly upsert: Statement<{ name: string; query: string; now: string }, { id: number }>;
  private readonly remove: Statement<[number]>;

  constructor(db: Database) {
    this.all = db.prepare('SELECT id, name, query FROM saved_views ORDER BY name COLLATE NOCASE, id');
    // Saving under an existing name (in any case) replaces that view's query and keeps its id.
    this.upsert = db.prepare(`INSERT INTO saved_views (name, query, created_at) VALUES (@name, @query, @now)
      ON CONFLICT(name) DO UPDATE SET query = excluded.query RETURNING id`);
    this.remove = db.prepare('DELETE FROM saved_views WHERE id = ?');
  }

  list(): SavedView[] {
    return this.all.all();
  }

  save(name: string, query: string): number {
    return (this.upsert.get({ name: name.trim(), query, now: new Date().toISOString() }) as { id: number }).id;
  }

  /** False when there was no such view. */
  delete(id: number): boolean {
    return this.remove.run(id).changes > 0;
  }
}
