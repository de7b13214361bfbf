import Database from 'better-sqlite3';
import type { StatementCache } from '../db/StatementCache';

/**
 * Runs `read` on a full-text index in memory, of the library's index's own definition (its columns and tokenizer, not
 * its content options), holding only `texts`: each the index's columns of one text, in order, its rowid its place in
 * `texts` from 1. What it answers of a text, which phrases it holds and where, is what the library's index answers of
 * it: asking the library's index for a few rows would cost more, where FTS5 sets up the whole query for them (a
 * prefix stands for every word it starts in the library) or the texts are no longer in it. A new connection each time,
 * 0.2 ms: an FTS5 table is emptied by tokenizing again each text it deletes.
 */
export function inScratchIndex<T>(statements: StatementCache, texts: readonly (readonly string[])[], read: (scratch: Database.Database) => T): T {
  const definition = (statements.get("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").pluck().get() as string)
    .replace(/^[\s\S]*?\busing\s+fts5\s*\(/i, '(')
    .replace(/,\s*content(?:_rowid)?\s*=\s*'[^']*'/gi, '');
  // Left reading the library's tables, it would answer for them, not for `texts`.
  if (/\bcontent(?:_rowid)?\s*=/i.test(definition)) throw new Error(`The full-text index's definition was not understood: ${definition}`);
  const scratch = new Database(':memory:');
  try {
    scratch.exec(`CREATE VIRTUAL TABLE texts USING fts5${definition}`);
    if (texts.length > 0) {
      const insert = scratch.prepare(`INSERT INTO texts VALUES (${texts[0]!.map(() => '?').join(', ')})`);
      scratch.transaction(() => texts.forEach((text) => insert.run(...text)))();
    }
    return read(scratch);
  } finally {
    scratch.close();
  }
}
