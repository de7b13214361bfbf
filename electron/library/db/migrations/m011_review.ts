import type { Migration } from '../Migration';

/**
 * The daily review of highlights: how often each was shown, when it is due again ("show sooner", a spaced-repetition
 * half-life), until when it is held back ("show later"), whether it was discarded from review; and the days the
 * review was done, for the streak. A highlight that never came up has no row. The rows go with their highlight.
 */
export const m011Review: Migration = {
  version: 11,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE review_cards (
        highlight_id INTEGER PRIMARY KEY REFERENCES highlights(id) ON DELETE CASCADE,
        shown INTEGER NOT NULL DEFAULT 0 CHECK (shown >= 0),
        last_shown_at TEXT,
        -- Comes back ahead of the day's draw once reached: "show sooner", or a spaced-repetition card's next turn.
        due_at TEXT,
        -- "Show later": left out of the draw until then.
        hidden_until TEXT,
        discarded INTEGER NOT NULL DEFAULT 0 CHECK (discarded IN (0, 1)),
        -- Spaced repetition (null: the card is not scheduled): recall probability 2^(-t/h), t days since recalled_at.
        half_life_days REAL CHECK (half_life_days IS NULL OR half_life_days > 0),
        recalled_at TEXT,
        CHECK ((half_life_days IS NULL) = (recalled_at IS NULL))
      );
      CREATE TABLE review_days (
        day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        answers INTEGER NOT NULL CHECK (answers > 0)
      ) WITHOUT ROWID;
    `);
  },
};
