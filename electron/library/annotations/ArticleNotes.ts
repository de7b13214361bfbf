import type { Database, Statement } from 'better-sqlite3';

/** One note on a whole article. Saving an empty note deletes it. */
export class ArticleNotes {
  private readonly read: Statement<[number], { note: string }>;
  private readonly upsert: Statement<{ articleId: number; note: string; now: string }>;
  private readonly remove: Statement<[number]>;

  constructor(db: Database) {
    this.read = db.prepare('SELECT note FROM article_notes WHERE article_id = ?');
    this.upsert = db.prepare(`INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (@articleId, @note, @now, @now)
      ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`);
    this.remove = db.prepare('DELETE FROM article_notes WHERE article_id = ?');
  }

  get(articleId: number): string {
    return this.read.get(articleId)?.note ?? '';
  }

  set(articleId: number, note: string): string {
    const text = note.trim() === '' ? '' : note;
    if (text === '') this.remove.run(articleId);
    else this.upsert.run({ articleId, note: text, now: new Date().toISOString() });
    return text;
  }
}
