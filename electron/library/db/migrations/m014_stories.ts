import type { Migration } from '../Migration';

/**
 * Stories: articles grouped by the event they report. `story_features` keeps what clustering compares of each
 * article (its event day, language and MinHash signature), and `story_keys` indexes its entities by day, so an
 * imported article finds the few articles of the same days that share an entity without reading any other.
 * `story_key_counts` is each entity's article count (its rarity), kept by triggers. `stories` and `story_articles`
 * are derived and rebuilt by a re-clustering; `story_links` holds the user's corrections (two articles kept
 * together, or apart), which every clustering obeys.
 */
export const m014Stories: Migration = {
  version: 14,
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE story_features (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        -- Days since 1970-01-01 of the event: published, else the first date in the text, else imported.
        day INTEGER NOT NULL,
        language TEXT,
        minhash BLOB NOT NULL,
        -- The length of its entity vector (the sum of its entities' squared rarity) when it was placed.
        norm REAL NOT NULL
      );
      CREATE INDEX story_features_day ON story_features(day, article_id);

      CREATE TABLE story_keys (
        entity_id INTEGER NOT NULL,
        day INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        -- How much the article is about the entity: more for more mentions, and for a mention in its lead.
        weight REAL NOT NULL,
        PRIMARY KEY (entity_id, day, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_keys_article ON story_keys(article_id);

      CREATE TABLE story_key_counts (
        entity_id INTEGER PRIMARY KEY,
        articles INTEGER NOT NULL
      );
      CREATE TRIGGER story_keys_counted AFTER INSERT ON story_keys BEGIN
        INSERT INTO story_key_counts (entity_id, articles) VALUES (new.entity_id, 1)
          ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1;
      END;
      CREATE TRIGGER story_keys_uncounted AFTER DELETE ON story_keys BEGIN
        UPDATE story_key_counts SET articles = articles - 1 WHERE entity_id = old.entity_id;
      END;

      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        first_day INTEGER NOT NULL DEFAULT 0,
        last_day INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL DEFAULT 0
      );
      -- The Stories view lists stories of two articles or more, newest first.
      CREATE INDEX stories_recent ON stories(last_day DESC, id DESC) WHERE size > 1;

      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
      );
      CREATE INDEX story_articles_story ON story_articles(story_id, article_id);

      -- A story's title (its earliest article's), days and size follow its articles, however they leave (a deletion too).
      -- A join, the common case (every import), is summed up from the newcomer alone.
      CREATE TRIGGER story_joined AFTER INSERT ON story_articles BEGIN
        UPDATE stories SET size = size + 1,
          title = CASE WHEN size = 0 OR joined.day < first_day THEN (SELECT title FROM articles WHERE id = new.article_id) ELSE title END,
          first_day = CASE WHEN size = 0 OR joined.day < first_day THEN joined.day ELSE first_day END,
          last_day = CASE WHEN size = 0 OR joined.day > last_day THEN joined.day ELSE last_day END
        FROM (SELECT day FROM story_features WHERE article_id = new.article_id) AS joined
        WHERE id = new.story_id;
      END;
      CREATE TRIGGER story_left AFTER DELETE ON story_articles BEGIN
        UPDATE stories SET ${summarySet('old.story_id')} WHERE id = old.story_id;
        DELETE FROM stories WHERE id = old.story_id AND size = 0;
      END;
      CREATE TRIGGER story_moved AFTER UPDATE OF story_id ON story_articles BEGIN
        UPDATE stories SET ${summarySet('new.story_id')} WHERE id = new.story_id;
        UPDATE stories SET ${summarySet('old.story_id')} WHERE id = old.story_id;
        DELETE FROM stories WHERE id = old.story_id AND size = 0;
      END;

      -- The user's corrections, on pairs of articles (a < b): together = 1 keeps them in one story, 0 apart.
      CREATE TABLE story_links (
        a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        together INTEGER NOT NULL CHECK (together IN (0, 1)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (a, b),
        CHECK (a < b)
      ) WITHOUT ROWID;
      CREATE INDEX story_links_b ON story_links(b, a);
    `);
  },
};

function summarySet(story: string): string {
  const members = `FROM story_articles s JOIN story_features f ON f.article_id = s.article_id WHERE s.story_id = ${story}`;
  return `size = (SELECT count(*) FROM story_articles WHERE story_id = ${story}),
    first_day = coalesce((SELECT min(f.day) ${members}), 0),
    last_day = coalesce((SELECT max(f.day) ${members}), 0),
    title = coalesce((SELECT a.title FROM story_articles s JOIN story_features f ON f.article_id = s.article_id
      JOIN articles a ON a.id = s.article_id WHERE s.story_id = ${story} ORDER BY f.day, s.article_id LIMIT 1), '')`;
}
