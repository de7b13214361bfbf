import type { Migration } from '../Migration';

/**
 * How far each article has been read: the fraction of its scroll range, 0 at the top and 1 at the end, null if it
 * was never scrolled. A fraction, not pixels, so a place survives another window size or font.
 */
export const m006ReadingPosition: Migration = {
  version: 6,
  name: 'readingPosition',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN reading_position REAL CHECK (reading_position BETWEEN 0 AND 1);
      -- is:inprogress and sort:progress read only the articles begun.
      CREATE INDEX articles_reading_position ON articles(reading_position, id) WHERE reading_position IS NOT NULL;
    `);
  },
};
