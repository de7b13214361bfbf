import { deflateText, registerTextFunctions } from '../textFunctions';
import type { Migration } from '../Migration';

/**
 * Articles' bodies stored deflated, a third of their size (m001 kept them as text, 0.6 of a large library's file).
 * `body` stays, as a virtual column that inflates `body_deflated` (db/textFunctions), so every query that reads it,
 * and the full-text indexes whose external content it is, read the same text as before. Chosen over contentless
 * full-text indexes with snippets of our own: those would need the text anyway for snippets, highlights and the
 * substring search of one or two CJK characters, and FTS5's own snippets, prefix and phrase marks would have to be
 * rebuilt in our code; here a results page inflates only the rows it shows.
 *
 * The triggers that keep the full-text indexes in sync are kept as they are, reading `old.body` and `new.body`, but
 * they watch `body_deflated` for updates: an UPDATE OF a virtual column never fires on a change to what it is made of.
 * The pages the texts free go back to the disk in the VACUUM that follows (`vacuum`, in openDatabase).
 */
export const m015DeflatedBodies: Migration = {
  version: 15,
  name: 'deflatedBodies',
  vacuum: true,
  up(db) {
    registerTextFunctions(db);
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' AND sql LIKE '%body%' ORDER BY name")
      .all() as { name: string; sql: string }[];
    for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.exec("ALTER TABLE articles ADD COLUMN body_deflated BLOB NOT NULL DEFAULT x''");
    const update = db.prepare('UPDATE articles SET body_deflated = ? WHERE id = ?');
    // In pages: a statement cannot write while another reads, and a million articles' texts need not be in memory at once.
    const page = db.prepare('SELECT id, body FROM articles WHERE id > ? ORDER BY id LIMIT 1000');
    for (let after = 0; ;) {
      const rows = page.all(after) as { id: number; body: string }[];
      if (rows.length === 0) break;
      for (const { id, body } of rows) update.run(deflateText(body), id);
      after = rows.at(-1)!.id;
    }
    db.exec(`
      ALTER TABLE articles DROP COLUMN body;
      ALTER TABLE articles ADD COLUMN body TEXT GENERATED ALWAYS AS (inflate_text(body_deflated)) VIRTUAL;
    `);
    for (const { name, sql } of triggers) {
      const watched = sql.replace(/\bAFTER UPDATE OF title, body ON articles\b/, 'AFTER UPDATE OF title, body_deflated ON articles');
      if (watched === sql && /\bAFTER UPDATE\b/.test(sql)) throw new Error(`The trigger ${name} watches the body in a way this migration does not know.`);
      db.exec(watched);
    }
  },
};
