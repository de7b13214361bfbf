import type { Database, Statement } from 'better-sqlite3';

/**
 * A value that changes whenever anything in the library may have changed: rows written by this connection
 * (total_changes) or a commit by any other (data_version: the CLI importing into the library the app has open).
 * Whatever was computed from the library under one value still holds while it stays the same.
 */
export class LibraryRevision {
  private readonly changes: Statement;
  private readonly version: Statement;

  constructor(db: Database) {
    this.changes = db.prepare('SELECT total_changes()').pluck();
    this.version = db.prepare('PRAGMA data_version').pluck();
  }

  current(): string {
    return `${String(this.version.get())}.${String(this.changes.get())}`;
  }
}
