import type { Database, Statement } from 'better-sqlite3';
import type { PictureFile } from '../parse/pictureBytes';

/** The pictures articles show, kept by hash; the reader asks for them by hash alone. */
export class PictureStore {
  private readonly insert: Statement<[string, string, Uint8Array]>;
  private readonly unlinkAll: Statement<[number]>;
  private readonly link: Statement<[number, string]>;
  private readonly byHash: Statement<[string], { type: string; bytes: Buffer }>;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT OR IGNORE INTO pictures (hash, type, bytes) VALUES (?, ?, ?)');
    this.unlinkAll = db.prepare('DELETE FROM article_pictures WHERE article_id = ?');
    this.link = db.prepare('INSERT OR IGNORE INTO article_pictures (article_id, hash) VALUES (?, ?)');
    this.byHash = db.prepare('SELECT type, bytes FROM pictures WHERE hash = ?');
  }

  /** The article shows these pictures now: new ones are kept, ones it no longer shows (and no other does) go. Within the caller's transaction. */
  show(articleId: number, pictures: readonly PictureFile[]): void {
    // Unlinked first: the trigger that drops a picture no article shows runs on unlinking, not on linking again.
    this.unlinkAll.run(articleId);
    for (const p of pictures) {
      this.insert.run(p.hash, p.type, p.bytes);
      this.link.run(articleId, p.hash);
    }
  }

  get(hash: string): { type: string; bytes: Buffer } | undefined {
    return this.byHash.get(hash);
  }
}
