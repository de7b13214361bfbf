import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { m016StoryRows } from '../../../../../electron/library/db/migrations/m016_storyRows';
import { deflateText, registerTextFunctions } from '../../../../../electron/library/db/textFunctions';
import { Library } from '../../../../../electron/library/Library';
import { keyPerson, keyWeight } from '../../../../../electron/library/stories/keyWeight';
import { tempDir } from '../../../helpers/tempLibrary';

// Weights as the build before m016 stored them, (1 + ln mentions) doubled for the lead; 1 + ln 11 and 2 (1 + ln 2) are
// 0.012 apart, so a code read back from the wrong one would show.
const WANG_YI = 2 * (1 + Math.log(3));
const MINSK = 1;
const POTASH = 1 + Math.log(11);
const TWICE_IN_LEAD = 2 * (1 + Math.log(2));

/** A library at schema 15 with three placed articles: two reports of one meeting (story 7) and one alone (story 8). */
function libraryAt15(): string {
  const file = path.join(tempDir(), 'before.sqlite');
  const db = new Database(file);
  try {
    registerTextFunctions(db);
    migrate(db, file, migrations.slice(0, migrations.indexOf(m016StoryRows)));
    const article = db.prepare(`INSERT INTO articles (file, content_hash, title, language, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES (?, ?, ?, ?, 5, ?, ?, 'now', 'now')`);
    const rows: [string, string, string][] = [
      ['/a.txt', 'Wang Yi in Minsk', 'en'],
      ['/b.txt', 'Ван И в Минске', 'ru'],
      ['/c.txt', 'Potash prices', 'en'],
    ];
    for (const [name, title, language] of rows) {
      article.run(name, name, title, language, deflateText(title), deflateText('[]'));
    }
    db.exec(`INSERT INTO entities (id, key, kind, name) VALUES (1, 'person:wang yi', 'person', 'Wang Yi'), (2, 'place:minsk', 'place', 'Minsk'),
      (3, 'org:belaruskali', 'org', 'Belaruskali')`);
    const features = db.prepare('INSERT INTO story_features (article_id, day, language, minhash, norm) VALUES (?, ?, ?, zeroblob(128), 1.5)');
    const key = db.prepare('INSERT INTO story_keys (entity_id, day, article_id, weight) VALUES (?, ?, ?, ?)');
    features.run(1, 20_500, 'en');
    features.run(2, 20_501, 'ru');
    features.run(3, 20_530, 'en');
    key.run(1, 20_500, 1, WANG_YI);
    key.run(2, 20_500, 1, MINSK);
    key.run(1, 20_501, 2, TWICE_IN_LEAD);
    key.run(3, 20_530, 3, POTASH);
    db.exec(`INSERT INTO stories (id) VALUES (7), (8);
      INSERT INTO story_articles (article_id, story_id) VALUES (1, 7), (2, 7), (3, 8);`);
  } finally {
    db.close();
  }
  return file;
}

test('m016: each article keeps its story, day and entities in one row, its keys their language and exact weights; deletions still clean up', async () => {
  const library = await Library.open(libraryAt15());
  try {
    const db = library.db;
    assert.deepEqual(db.prepare('SELECT article_id, story_id, day, language, norm, entities FROM story_features ORDER BY article_id').all(), [
      { article_id: 1, story_id: 7, day: 20_500, language: 'en', norm: 1.5, entities: `[1,${4 * 3 + 2 + 1},2,${4 * 1}]` },
      { article_id: 2, story_id: 7, day: 20_501, language: 'ru', norm: 1.5, entities: `[1,${4 * 2 + 2 + 1}]` },
      { article_id: 3, story_id: 8, day: 20_530, language: 'en', norm: 1.5, entities: `[3,${4 * 11}]` },
    ]);
    const keys = db.prepare('SELECT entity_id, day, article_id, language, code FROM story_keys ORDER BY entity_id, day').all() as { code: number }[];
    assert.deepEqual(
      keys.map(({ code, ...rest }) => ({ ...rest, weight: keyWeight(code), person: keyPerson(code) })),
      [
        { entity_id: 1, day: 20_500, article_id: 1, language: 'en', weight: WANG_YI, person: true },
        { entity_id: 1, day: 20_501, article_id: 2, language: 'ru', weight: TWICE_IN_LEAD, person: true },
        { entity_id: 2, day: 20_500, article_id: 1, language: 'en', weight: MINSK, person: false },
        { entity_id: 3, day: 20_530, article_id: 3, language: 'en', weight: POTASH, person: false },
      ],
    );
    assert.deepEqual(library.stories.members(7), [1, 2]);
    assert.equal(library.stories.index.storyOf(3), 8);
    assert.deepEqual(
      db.prepare("SELECT name FROM sqlite_master WHERE name IN ('story_articles', 'story_keys_article', 'story_features_day')").all(),
      [],
      'the tables and indexes it replaces are gone',
    );

    const counts = () => db.prepare('SELECT entity_id, articles FROM story_key_counts ORDER BY entity_id').all();
    assert.deepEqual(counts(), [
      { entity_id: 1, articles: 2 },
      { entity_id: 2, articles: 1 },
      { entity_id: 3, articles: 1 },
    ]);
    db.prepare('DELETE FROM articles WHERE id IN (1, 3)').run();
    assert.deepEqual(db.prepare('SELECT article_id FROM story_keys ORDER BY article_id').pluck().all(), [2], 'their keys went with them');
    assert.deepEqual(counts(), [
      { entity_id: 1, articles: 1 },
      { entity_id: 2, articles: 0 },
      { entity_id: 3, articles: 0 },
    ]);
    assert.deepEqual(db.prepare('SELECT id, title, first_day, size FROM stories').all(), [{ id: 7, title: 'Ван И в Минске', first_day: 20_501, size: 1 }]);
  } finally {
    library.close();
  }
});
