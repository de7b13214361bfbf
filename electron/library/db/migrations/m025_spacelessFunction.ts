import type { Migration } from '../Migration';

/** Whether an article's title or text holds a script written without spaces (the registered `spaceless`, textFunctions.ts). */
const spaceless = (row: string) => `(spaceless(${row}.title) OR spaceless(${row}.body))`;

/**
 * The trigram index's triggers tell the texts it holds by a registered function rather than by m005's GLOB classes,
 * which SQLite parses again at every character of a text. Inserting 3,000 articles into a copy of the 100,000-article
 * library, in one transaction, took 346–366 µs of CPU an article against 393–425 (three rounds each, alternated).
 */
export const m025SpacelessFunction: Migration = {
  version: 25,
  name: 'spacelessFunction',
  up(db) {
    db.exec(`
      DROP TRIGGER articles_tri_insert;
      DROP TRIGGER articles_tri_update;
      DROP TRIGGER articles_tri_delete;
      CREATE TRIGGER articles_tri_insert AFTER INSERT ON articles WHEN ${spaceless('new')} BEGIN
        INSERT INTO articles_tri(rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER articles_tri_update AFTER UPDATE OF title, body_deflated ON articles BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) SELECT 'delete', old.id, old.title, old.body WHERE ${spaceless('old')};
        INSERT INTO articles_tri(rowid, title, body) SELECT new.id, new.title, new.body WHERE ${spaceless('new')};
      END;
      CREATE TRIGGER articles_tri_delete AFTER DELETE ON articles WHEN ${spaceless('old')} BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
    `);
  },
};
