import { deflateText, registerTextFunctions } from '../textFunctions';
import type { Migration } from '../Migration';

/**
 * Articles' bodies and blocks stored deflated: bodies in 0.40 of their size, blocks (kinds and lengths in JSON) in 0.21
 * (m001 kept them as text, 0.6 of a large library's file). `body` and `blocks` stay, as virtual columns that inflate
 * `body_deflated` and `blocks_deflated` (db/textFunctions), so every query that reads them, and the full-text indexes
 * whose external content the body is, read the same text as before. Chosen over contentless full-text indexes with
 * snippets of our own: those would need the text kept anyway (to read, to mark, to find one or two CJK characters),
 * would not shrink the index (an external-content index holds no text either), and FTS5's snippets and its marks of
 * prefixes and phrases would have to be rebuilt in our code; here a results page inflates only the rows it shows.
 *
 * The triggers that keep the full-text indexes in sync are kept as they are, reading `old.body` and `new.body`, but
 * they watch `body_deflated` for updates: an UPDATE OF a virtual column never fires on a change to what it is made of.
 * The pages the texts free go back to the disk in the VACUUM that follows (`vacuum`, in openDatabase).
 */
export const m015DeflatedArticles: Migration = {
  version: 15,
  name: 'deflatedArticles',
  vacuum: true,
  up(db) {
    registerTextFunctions(db);
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' AND sql LIKE '%body%' ORDER BY name")
      .all() as { name: string; sql: string }[];
    for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.exec(`
      ALTER TABLE articles ADD COLUMN body_deflated BLOB NOT NULL DEFAULT x'';
      ALTER TABLE articles ADD COLUMN blocks_deflated BLOB NOT NULL DEFAULT x'';
    `);
    const update = db.prepare('UPDATE articles SET body_deflated = ?, blocks_deflated = ? WHERE id = ?');
    // In pages: a statement cannot write while another reads, and a million articles' texts need not be in memory at once.
    const page = db.prepare('SELECT id, body, blocks FROM articles WHERE id > ? ORDER BY id LIMIT 1000');
    for (let after = 0; ;) {
      const rows = page.all(after) as { id: number; body: string; blocks: string }[];
      if (rows.length === 0) break;
      for (const { id, body, blocks } of rows) update.run(deflateText(body), deflateText(blocks), id);
      after = rows.at(-1)!.id;
    }
    db.exec(`
      ALTER TABLE articles DROP COLUMN body;
      ALTER TABLE articles DROP COLUMN blocks;
      ALTER TABLE articles ADD COLUMN body TEXT GENERATED ALWAYS AS (inflate_text(body_deflated)) VIRTUAL;
      ALTER TABLE articles ADD COLUMN blocks TEXT GENERATED ALWAYS AS (inflate_text(blocks_deflated)) VIRTUAL;
    `);
    for (const { name, sql } of triggers) {
      const watched = sql.replace(/\bAFTER UPDATE OF title, body ON articles\b/, 'AFTER UPDATE OF title, body_deflated ON articles');
      if (watched === sql && /\bAFTER UPDATE\b/.test(sql)) throw new Error(`The trigger ${name} watches the body in a way this migration does not know.`);
      db.exec(watched);
    }
  },
};
