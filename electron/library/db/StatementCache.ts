import type { Database, Statement } from 'better-sqlite3';

const CAPACITY = 200;

/**
 * Prepared statements keyed by their SQL. A query's SQL depends only on its shape (which operators,
 * how many words), never on its values, so a session reuses a handful of statements.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (stmt) this.statements.delete(sql);
    else stmt = this.db.prepare(sql);
    // Re-inserted, it becomes the newest; the oldest is the first in the map's order.
    this.statements.set(sql, stmt);
    if (this.statements.size > CAPACITY) this.statements.delete(this.statements.keys().next().value as string);
    return stmt;
  }
}
