import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { m018MentionsByArticle } from '../../../../../electron/library/db/migrations/m018_mentionsByArticle';
import { m022MentionSpans } from '../../../../../electron/library/db/migrations/m022_mentionSpans';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { asMentionRows, mentionRows } from '../../../helpers/mentionRows';
import { readerView, migratedAlone } from '../../../helpers/readerView';

const rows = (db: Database.Database) => db.prepare('SELECT article_id, entity_id, start, end FROM mentions ORDER BY article_id, start, end, entity_id').all();

test('m018: mentions are kept by article and place, a mention stored twice once; merged and deleted with their entity and article', async () => {
  const body = 'Lukashenko met Xi in Minsk. Xi said Minsk and Beijing agreed.';
  const file = libraryBefore(
    m018MentionsByArticle,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks', 10, deflate_text('${body}'), x'', 'then', 'then'), ('/b.txt', 'h2', 'More talks', 10, deflate_text('${body}'), x'', 'then', 'then')`,
    "INSERT INTO entities (id, key, kind, name) VALUES (1, 'person:lukashenko', 'person', 'Lukashenko'), (2, 'person:xi', 'person', 'Xi'), (3, 'place:minsk', 'place', 'Minsk')",
    // Written out of text order, as a correction's span is; and one mention stored twice, which is kept once.
    `INSERT INTO mentions (article_id, entity_id, start, end) VALUES (2, 3, 21, 26), (1, 2, 28, 30), (1, 1, 0, 10), (1, 2, 15, 17), (1, 3, 21, 26),
      (1, 3, 36, 41), (2, 1, 0, 10), (1, 3, 36, 41)`,
    'INSERT INTO article_entities (article_id, entity_id) VALUES (1, 1), (1, 2), (1, 3), (2, 1), (2, 3)',
  );
  const v17 = new Database(file, { readonly: true });
  const before = rows(v17);
  v17.close();
  assert.equal(before.length, 8);

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m018MentionsByArticle.version);
    // m022 keeps them in article_entities since: its test asserts how they are stored and read.
    assert.deepEqual(mentionRows(db), [...before.slice(0, 5), ...before.slice(6)]);
    assert.deepEqual(
      library.entities.read.forArticle(1)!.map((e) => [e.name, e.mentions.map((m) => m.text)]),
      [
        ['Lukashenko', ['Lukashenko']],
        ['Xi', ['Xi', 'Xi']],
        ['Minsk', ['Minsk', 'Minsk']],
      ],
    );

    // Merged into Minsk, Xi's mentions join its own; none is lost, and an article's mentions leave with it.
    library.entities.correct({ action: 'merge', id: 2, into: 3 });
    assert.deepEqual(
      mentionRows(db)
        .filter((m) => m.article_id === 1)
        .map((m) => [m.entity_id, m.start]),
      [
        [1, 0],
        [3, 15],
        [3, 21],
        [3, 28],
        [3, 36],
      ],
    );
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    assert.equal(mentionRows(db).filter((m) => m.article_id === 2).length, 0);
  } finally {
    library.close();
  }
});

/** The file as schema 17 held it: a rowid table of mentions with its index by article and start. */
function asBeforeMentionsByArticle(db: Database.Database): void {
  db.exec(`
    CREATE TABLE mentions_rows (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL
    );
    INSERT INTO mentions_rows SELECT article_id, entity_id, start, end FROM mentions ORDER BY article_id, start DESC;
    DROP TABLE mentions;
    ALTER TABLE mentions_rows RENAME TO mentions;
    CREATE INDEX mentions_article_start ON mentions(article_id, start);
  `);
}

test('m018: seeds, hostile pages and unicode texts show the same entities, search and export the same after the migration as imported since', async () => {
  // m022 keeps mentions in article_entities since: the file is taken back past it first, and it is applied after.
  let written: unknown[] = [];
  const { expected, migrated } = await migratedAlone(
    {
      ...m018MentionsByArticle,
      up: (db) => {
        m018MentionsByArticle.up(db);
        m022MentionSpans.up(db);
      },
    },
    (db) => {
      asMentionRows(db);
      asBeforeMentionsByArticle(db);
    },
    (fresh) => {
      written = mentionRows(fresh.db);
    },
  );
  try {
    assert.deepEqual(readerView(migrated), expected);
    assert.deepEqual(mentionRows(migrated.db), written);
  } finally {
    migrated.close();
  }
});
