import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { m022MentionSpans } from '../../../../../electron/library/db/migrations/m022_mentionSpans';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { asMentionRows, mentionRows } from '../../../helpers/mentionRows';
import { readerView, migratedAlone } from '../../../helpers/readerView';

const v21Rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT article_id, entity_id, start, end FROM mentions ORDER BY article_id, start, end, entity_id').all();
  } finally {
    db.close();
  }
};
const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');

test('m022: each article’s mentions of an entity are packed in its row of article_entities, every one and every pair kept; a merge keeps both entities’ spans once', async () => {
  const body = 'Lukashenko met Xi in Minsk. Xi said Minsk and Beijing agreed.';
  const file = libraryBefore(
    m022MentionSpans,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks', 10, deflate_text('${body}'), x'', 'then', 'then'), ('/b.txt', 'h2', 'More talks', 10, deflate_text('${body}'), x'', 'then', 'then')`,
    `INSERT INTO entities (id, key, kind, name) VALUES (1, 'person:lukashenko', 'person', 'Lukashenko'), (2, 'person:xi', 'person', 'Xi'),
      (3, 'place:minsk', 'place', 'Minsk'), (4, 'place:beijing', 'place', 'Beijing')`,
    // Written out of text order, as a correction's span is; one span of two entities; offsets past a byte's seven bits.
    `INSERT INTO mentions (article_id, entity_id, start, end) VALUES (2, 3, 21, 26), (1, 2, 28, 30), (1, 1, 0, 10), (1, 2, 15, 17), (1, 3, 21, 26),
      (1, 3, 36, 41), (2, 1, 0, 10), (1, 1, 15, 17), (2, 2, 1000, 1300)`,
    // And a pair without mentions, which no writer made.
    'INSERT INTO article_entities (article_id, entity_id) VALUES (1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3)',
  );
  const before = v21Rows(file);
  assert.equal(before.length, 9);

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m022MentionSpans.version);
    assert.deepEqual(mentionRows(db), before);
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'mentions'").pluck().get(), 0);
    assert.match(
      db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_entities'").pluck().get() as string,
      /spans BLOB NOT NULL[\s\S]*WITHOUT ROWID/,
    );
    assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'article_entities' AND type = 'index'").pluck().all(), [
      'article_entities_entity',
    ]);
    assert.deepEqual(db.prepare("SELECT article_id, entity_id FROM article_entities WHERE spans = x''").raw().all(), [[1, 4]]);
    assert.match(
      plan(db, 'SELECT entity_id, spans FROM article_entities WHERE article_id = 1'),
      /^SEARCH article_entities USING PRIMARY KEY \(article_id=\?\)$/,
    );
    assert.deepEqual(
      library.entities.read.forArticle(1)!.map((e) => [e.name, e.mentions.map((m) => [m.start, m.text])]),
      [
        [
          'Lukashenko',
          [
            [0, 'Lukashenko'],
            [15, 'Xi'],
          ],
        ],
        [
          'Xi',
          [
            [15, 'Xi'],
            [28, 'Xi'],
          ],
        ],
        [
          'Minsk',
          [
            [21, 'Minsk'],
            [36, 'Minsk'],
          ],
        ],
      ],
    );

    library.stories.place(1);
    const placed = JSON.parse(db.prepare('SELECT entities FROM story_features WHERE article_id = 1').pluck().get() as string) as number[];
    assert.deepEqual(
      placed.filter((_, i) => i % 2 === 0),
      [1, 2, 3],
    );

    // Xi merged into Lukashenko: the span both were found at is kept once, and Xi's rows go with it.
    library.entities.correct({ action: 'merge', id: 2, into: 1 });
    assert.deepEqual(
      mentionRows(db).map((m) => [m.article_id, m.entity_id, m.start, m.end]),
      [
        [1, 1, 0, 10],
        [1, 1, 15, 17],
        [1, 3, 21, 26],
        [1, 1, 28, 30],
        [1, 3, 36, 41],
        [2, 1, 0, 10],
        [2, 3, 21, 26],
        [2, 1, 1000, 1300],
      ],
    );
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    assert.deepEqual(db.prepare('SELECT article_id, entity_id FROM article_entities').raw().all(), [
      [1, 1],
      [1, 3],
      [1, 4],
    ]);
  } finally {
    library.close();
  }
});

test('m022: seeds, hostile pages and unicode texts show the same entities, search and export the same after the migration as imported since', async () => {
  let written: unknown[] = [];
  const { expected, migrated } = await migratedAlone(m022MentionSpans, asMentionRows, (fresh) => {
    written = mentionRows(fresh.db);
    assert.ok(written.length > 100, `${written.length} mentions`);
  });
  try {
    assert.deepEqual(readerView(migrated), expected);
    assert.deepEqual(mentionRows(migrated.db), written);
  } finally {
    migrated.close();
  }
});
