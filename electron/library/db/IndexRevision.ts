import type { Database, Statement } from 'better-sqlite3';

/**
 * A value that changes whenever the full-text index's content may have changed, and stays while only the rest of
 * the library does (read, starred, put away, tags, notes, entities, settings): what bm25 and the set of matches depend
 * on. Read from the index's own records, so changes by any code or process are seen: FTS5 rewrites its structure
 * record (segments, write counter) with every flush of rows added or removed, and its totals record (rows, tokens per
 * column) with each row added or removed. Rows written inside an open transaction wait in memory until the commit,
 * so no value holds while one is open.
 */
export class IndexRevision {
  private readonly records: Statement;
  private last: Buffer[] = [];
  private n = 0;

  constructor(private readonly db: Database) {
    this.records = db.prepare('SELECT block FROM articles_fts_data WHERE id IN (1, 10) ORDER BY id').pluck();
  }

  current(): number {
    const now = this.records.all() as Buffer[];
    if (this.db.inTransaction || now.length !== this.last.length || now.some((block, i) => !block.equals(this.last[i]!))) {
      this.last = now;
      this.n++;
    }
    return this.n;
  }
}
