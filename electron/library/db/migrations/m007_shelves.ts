import type { Migration } from '../Migration';

/**
 * Articles put away: archived (out of the list, kept for good) or in the Trash (kept, with every annotation, until
 * the Trash is emptied). Timestamps, so the Trash can list what went last first. The list leaves both out unless
 * the query asks, which a partial index of the few put away answers without reading any article.
 */
export const m007Shelves: Migration = {
  version: 7,
  name: 'shelves',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN archived_at TEXT;
      ALTER TABLE articles ADD COLUMN trashed_at TEXT;
      CREATE INDEX articles_put_away ON articles(id, archived_at, trashed_at) WHERE archived_at IS NOT NULL OR trashed_at IS NOT NULL;
      CREATE INDEX articles_trashed ON articles(trashed_at, id) WHERE trashed_at IS NOT NULL;
      -- The filter pane counts what is put away apart from the rest.
      CREATE TRIGGER articles_counted_shelved AFTER UPDATE OF archived_at, trashed_at ON articles BEGIN
        UPDATE facet_revision SET n = n + 1;
      END;
    `);
  },
};
