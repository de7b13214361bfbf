import type { Migration } from '../Migration';
import { packSpans } from '../../entities/store/packedSpans';

/**
 * An article's mentions of an entity are kept in its row of article_entities, packed (packedSpans.ts), instead of a
 * row each in `mentions`: about 3 bytes a mention rather than 16 (mentions was the largest table after the articles
 * and their word index, 42 MB of a 564 MB library of 102,200 articles). Every reader asks for one article's mentions,
 * and the writer writes an article's entities at once. The same span of the same entity twice, which mentions' key
 * already refused, is stored once. article_entities held the pairs mentions had (the writer writes both from one set;
 * 1,535,133 of each, none apart, in that library); a pair without mentions all the same is kept, with no spans.
 */
export const m022MentionSpans: Migration = {
  version: 22,
  name: 'mentionSpans',
  vacuum: true,
  up(db) {
    db.function('m022_packed_spans', { deterministic: true }, (pairs: unknown) =>
      packSpans((JSON.parse(pairs as string) as [number, number][]).map(([start, end]) => ({ start, end }))),
    );
    db.exec(`
      CREATE TABLE article_entity_spans (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        spans BLOB NOT NULL,
        PRIMARY KEY (article_id, entity_id)
      ) WITHOUT ROWID;
      INSERT INTO article_entity_spans (article_id, entity_id, spans)
        SELECT article_id, entity_id, m022_packed_spans(json_group_array(json_array(start, end))) FROM mentions GROUP BY article_id, entity_id ORDER BY article_id, entity_id;
      INSERT OR IGNORE INTO article_entity_spans (article_id, entity_id, spans) SELECT article_id, entity_id, x'' FROM article_entities;
      DROP TABLE mentions;
      DROP TABLE article_entities;
      ALTER TABLE article_entity_spans RENAME TO article_entities;
      CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
    `);
  },
};
