import type Database from 'better-sqlite3';
import { unpackSpans } from '../../../electron/library/entities/store/packedSpans';

export interface MentionRow {
  article_id: number;
  entity_id: number;
  start: number;
  end: number;
}

/** Every mention the library holds, as the mentions table held them before m022: a row each, by article and place. */
export function mentionRows(db: Database.Database): MentionRow[] {
  const rows = db.prepare('SELECT article_id, entity_id, spans FROM article_entities').all() as { article_id: number; entity_id: number; spans: Buffer }[];
  return rows
    .flatMap(({ article_id, entity_id, spans }) => unpackSpans(spans).map(({ start, end }) => ({ article_id, entity_id, start, end })))
    .sort((a, b) => a.article_id - b.article_id || a.start - b.start || a.end - b.end || a.entity_id - b.entity_id);
}

/** The file as schema 21 held it: a row per mention, and article_entities without their spans. */
export function asMentionRows(db: Database.Database): void {
  const rows = mentionRows(db);
  db.exec(`
    CREATE TABLE mentions (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      PRIMARY KEY (article_id, start, end, entity_id)
    ) WITHOUT ROWID;
    CREATE TABLE article_entity_pairs (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      PRIMARY KEY (article_id, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO article_entity_pairs SELECT article_id, entity_id FROM article_entities;
    DROP TABLE article_entities;
    ALTER TABLE article_entity_pairs RENAME TO article_entities;
    CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
  `);
  const insert = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end) VALUES (@article_id, @entity_id, @start, @end)');
  for (const row of rows) insert.run(row);
}
