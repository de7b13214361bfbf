import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { WITH_CONTENT_HASH } from '../../../../../electron/library/articles/ArticleStore';
import { m020CompactLibrary } from '../../../../../electron/library/db/migrations/m020_compactLibrary';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { readerView, migratedAlone } from '../../../helpers/readerView';

const HASH = 'ab'.repeat(32);
/** Another hash with the same first 12 digits, which the index alone cannot tell apart. */
const TWIN = `${HASH.slice(0, 12)}${'cd'.repeat(26)}`;

const names = (db: Database.Database) => db.prepare('SELECT entity_id, alias FROM entity_alias_names ORDER BY entity_id, alias').raw().all();
const dates = (db: Database.Database) => db.prepare('SELECT article_id, start, end, iso FROM article_dates ORDER BY article_id, start').all();
const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');

test('m020: pages of 16 KB, a content-hash index of 12 digits, dates kept by article and place, aliases by name once: the same articles found', async () => {
  const file = libraryBefore(
    m020CompactLibrary,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', '${TWIN}', 'Twin', 1, x'', x'', 'then', 'then'), ('/b.txt', '${HASH}', 'First', 1, x'', x'', 'then', 'then'),
        ('/c.txt', '${HASH}', 'Same text again', 1, x'', x'', 'then', 'then'),
        ('/d.txt', 'h4', 'Talks', 6, deflate_text('Talks 🤝 resumed on 3 March in Minsk.'), x'', '2024-06-01T00:00:00.000Z', 'then')`,
    // Written out of text order; and two dates at one place, which findDates never gives, of which the first is kept.
    `INSERT INTO article_dates (article_id, start, end, text, iso) VALUES (2, 40, 48, '3 March', NULL), (2, 0, 12, 'May 1, 2024', '2024-05-01'),
      (1, 5, 9, 'June', NULL), (2, 40, 53, '3 March 2020', '2020-03-03'), (4, 20, 27, '3 March', NULL)`,
    "INSERT INTO entities (id, key, kind, name) VALUES (1, 'person:lukashenko', 'person', 'Alexander Lukashenko'), (2, 'place:minsk', 'place', 'Minsk')",
    'INSERT INTO article_entities (article_id, entity_id) VALUES (1, 1), (1, 2), (2, 1), (3, 1), (3, 2)',
    `INSERT INTO entity_aliases (entity_id, article_id, alias) VALUES (1, 1, 'Lukashenko'), (1, 2, 'Lukashenko'), (1, 3, 'Lukashenko'),
      (1, 3, 'Lukaschenko'), (2, 3, 'Mensk')`,
  );
  const v19 = new Database(file, { readonly: true });
  assert.equal(v19.pragma('page_size', { simple: true }), 4096);
  v19.close();

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m020CompactLibrary.version);
    assert.deepEqual([db.pragma('page_size', { simple: true }), db.pragma('freelist_count', { simple: true })], [16384, 0]);
    assert.deepEqual(dates(db), [
      { article_id: 1, start: 5, end: 9, iso: null },
      { article_id: 2, start: 0, end: 12, iso: '2024-05-01' },
      { article_id: 2, start: 40, end: 48, iso: null },
      { article_id: 4, start: 20, end: 27, iso: null },
    ]);
    assert.match(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'article_dates'").pluck().get() as string, /WITHOUT ROWID/);
    assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'article_dates' AND type = 'index'").pluck().all(), []);
    assert.match(
      plan(db, 'SELECT start, end, iso FROM article_dates WHERE article_id = 2 ORDER BY start'),
      /^SEARCH article_dates USING PRIMARY KEY \(article_id=\?\)$/,
    );

    assert.equal(library.articles.findIdByHash(HASH), 2, 'the first of two articles with the same text');
    assert.equal(library.articles.findIdByHash(TWIN), 1);
    assert.equal(library.articles.findIdByHash(`${HASH.slice(0, 12)}${'ef'.repeat(26)}`), undefined);
    assert.match(
      plan(db, `SELECT id FROM articles WHERE ${WITH_CONTENT_HASH} ORDER BY id LIMIT 1`, { hash: HASH }),
      /^SEARCH articles USING INDEX articles_content_hash \(<expr>=\?\)$/,
    );

    // A date's words are read from the body at its place: a story takes the day of "3 March" in the year it was imported.
    library.stories.place(4);
    assert.equal(db.prepare('SELECT day FROM story_features WHERE article_id = 4').pluck().get(), Date.UTC(2024, 2, 3) / 86_400_000);

    // Entities are found by alias from each entity's aliases once, which follow the aliases of the articles.
    assert.deepEqual(names(db), [
      [1, 'Lukaschenko'],
      [1, 'Lukashenko'],
      [2, 'Mensk'],
    ]);
    assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'entity_aliases' AND type = 'index'").pluck().all(), [
      'entity_aliases_article',
    ]);
    // Found by an alias only one article has: the entity's articles, the one without that alias too.
    const found = (q: string) => library.search.query(q, 10, 0).rows.map((r) => r.id);
    assert.deepEqual(found('place:MENSK'), [3, 1]);
    assert.deepEqual(found('person:lukashenko'), [3, 2, 1]);
    assert.match(
      plan(db, "SELECT y.entity_id FROM entity_alias_names y WHERE y.alias = 'mensk' COLLATE NOCASE"),
      /^SEARCH y USING COVERING INDEX entity_alias_names_alias \(alias=\?\)$/,
    );

    // A date and an alias are deleted with their article; an alias's name once no article has it.
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    assert.equal(dates(db).length, 2);
    assert.equal(names(db).length, 3);
    db.prepare('DELETE FROM articles WHERE id = 3').run();
    assert.deepEqual(names(db), [[1, 'Lukashenko']]);
    assert.deepEqual([found('place:mensk'), found('place:minsk')], [[], [1]]);
    db.prepare("INSERT INTO entity_aliases (entity_id, article_id, alias) VALUES (2, 1, 'Mensk')").run();
    assert.deepEqual(found('place:mensk'), [1]);
    // An entity's aliases go with it (a merge removes the merged one).
    db.prepare('DELETE FROM entities WHERE id = 1').run();
    assert.deepEqual(names(db), [[2, 'Mensk']]);
  } finally {
    library.close();
  }
});

/** The file as schema 19 held it: the whole hash in its index, a rowid table of dates with their words and indexes by article and by ISO day, aliases indexed by row. */
function asBeforeCompactLibrary(db: Database.Database): void {
  db.exec(`
    DROP INDEX articles_content_hash;
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE TABLE article_dates_rows (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL,
      iso TEXT
    );
  `);
  const insert = db.prepare('INSERT INTO article_dates_rows VALUES (?, ?, ?, ?, ?)');
  const rows = db.prepare(
    'SELECT d.article_id, d.start, d.end, d.iso, a.body FROM article_dates d JOIN articles a ON a.id = d.article_id ORDER BY d.article_id, d.start DESC',
  );
  for (const d of rows.all() as { article_id: number; start: number; end: number; iso: string | null; body: string }[])
    insert.run(d.article_id, d.start, d.end, d.body.slice(d.start, d.end), d.iso);
  db.exec(`
    DROP TABLE article_dates;
    ALTER TABLE article_dates_rows RENAME TO article_dates;
    CREATE INDEX article_dates_article ON article_dates(article_id, start);
    CREATE INDEX article_dates_iso ON article_dates(iso) WHERE iso IS NOT NULL;
    DROP TRIGGER entity_aliases_named;
    DROP TRIGGER entity_aliases_unnamed;
    DROP TABLE entity_alias_names;
    CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
  `);
}

test('m020: seeds, hostile pages and unicode texts read, search and export the same after the migration as imported since; a new library is written so', async () => {
  let found: unknown[] = [];
  let named: unknown[] = [];
  const { expected, migrated } = await migratedAlone(m020CompactLibrary, asBeforeCompactLibrary, (fresh) => {
    assert.equal(fresh.db.pragma('page_size', { simple: true }), 16384);
    found = dates(fresh.db);
    assert.ok(found.length > 0, 'dates found');
    named = names(fresh.db);
    assert.ok(named.length > 0, 'aliases found');
    assert.deepEqual(named, fresh.db.prepare('SELECT DISTINCT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias').raw().all());
  });
  try {
    assert.deepEqual(readerView(migrated), expected);
    const { db } = migrated;
    assert.deepEqual(dates(db), found);
    assert.deepEqual(names(db), named);
    assert.match(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_content_hash'").pluck().get() as string, /substr\(content_hash, 1, 12\)/);
  } finally {
    migrated.close();
  }
});
