import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { mentionRows } from '../../../helpers/mentionRows';
import { tempDir } from '../../../helpers/tempLibrary';

const window = { limit: 10, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };

/** A v4 library as the v4 entity writer left it: per-article aliases including the names, several mentions per pair. */
function libraryAtV4(file: string): void {
  const db = new Database(file);
  migrate(db, file, migrations.slice(0, 4));
  const article = db.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, language, imported_at, updated_at)
    VALUES (?, ?, ?, 9, ?, '[]', 'en', 'then', 'then')`);
  article.run('/a.txt', 'h1', 'Talks', 'Alexander Lukashenko met Xi Jinping. Lukashenko thanked Xi.');
  article.run('/b.txt', 'h2', 'Visit', 'Lukashenko flew to Beijing.');
  article.run('/c.txt', 'h3', 'Weather', 'Rain in Minsk.');
  const entity = db.prepare('INSERT INTO entities (key, kind, name) VALUES (?, ?, ?)');
  entity.run('person:lukashenko', 'person', 'Alexander Lukashenko');
  entity.run('person:xi jinping', 'person', 'Xi Jinping');
  entity.run('place:beijing', 'place', 'Beijing');
  const alias = db.prepare('INSERT INTO entity_aliases (entity_id, article_id, alias) VALUES (?, ?, ?)');
  for (const [e, a, name] of [
    [1, 1, 'Alexander Lukashenko'],
    [1, 1, 'Lukashenko'],
    [1, 2, 'Lukashenko'],
    [2, 1, 'Xi Jinping'],
    [2, 1, 'Xi'],
    [3, 2, 'Beijing'],
  ] as const) {
    alias.run(e, a, name);
  }
  const mention = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end) VALUES (?, ?, ?, ?)');
  for (const [a, e, start, end] of [
    [1, 1, 0, 20],
    [1, 2, 25, 35],
    [1, 1, 37, 47],
    [1, 2, 56, 58],
    [2, 1, 0, 10],
    [2, 3, 18, 25],
  ] as const) {
    mention.run(a, e, start, end);
  }
  db.prepare('INSERT INTO entity_extractions (article_id, version) SELECT id, 1 FROM articles').run();
  db.close();
}

test('m005: a v4 library gets one article-entity pair per mentioned entity, and aliases only where they differ from the name', async () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  libraryAtV4(file);
  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= 5);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    assert.deepEqual(db.prepare('SELECT article_id, entity_id FROM article_entities ORDER BY 1, 2').raw().all(), [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 3],
    ]);
    assert.deepEqual(db.prepare('SELECT entity_id, article_id, alias FROM entity_aliases ORDER BY 1, 2').raw().all(), [
      [1, 1, 'Lukashenko'],
      [1, 2, 'Lukashenko'],
      [2, 1, 'Xi'],
    ]);
    assert.equal(mentionRows(db).length, 6, 'mentions are kept');
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    assert.ok(!indexes.includes('mentions_entity_article'));
    // The alias index m005 made is replaced by a table of names in m020, so only the entity index is still asserted here.
    assert.ok(indexes.includes('article_entities_entity'));

    // What the new tables serve: filters by name, alias or key; counts; the entity card.
    const ids = (query: string) =>
      library.search
        .query(query, 10, 0)
        .rows.map((r) => r.id)
        .sort();
    assert.deepEqual(ids('person:"Alexander Lukashenko"'), [1, 2]);
    assert.deepEqual(ids('person:lukashenko'), [1, 2]);
    assert.deepEqual(ids('person:XI'), [1]);
    assert.deepEqual(ids('place:beijing -person:xi'), [2]);
    const people = library.facets.facets('', windows).lists.people.entries;
    assert.deepEqual(people, [
      { name: 'Alexander Lukashenko', count: 2 },
      { name: 'Xi Jinping', count: 1 },
    ]);
    const card = library.entities.read.card(1)!;
    assert.equal(card.articleCount, 2);
    assert.deepEqual(card.aliases, ['Lukashenko']);

    // Whatever the pane counts moves the revision, by any connection; other writes do not.
    const revision = () => db.prepare('SELECT n FROM facet_revision').pluck().get() as number;
    const moves = (sql: string) => {
      const before = revision();
      db.exec(sql);
      return revision() > before;
    };
    assert.equal(moves('UPDATE articles SET starred = 1 WHERE id = 3'), true);
    assert.equal(moves("UPDATE articles SET source = 'TASS' WHERE id = 3"), true);
    assert.equal(moves("UPDATE articles SET url = 'https://example.org' WHERE id = 3"), false);
    assert.equal(moves('UPDATE entities SET hidden = 1 WHERE id = 3'), true);
    assert.equal(moves("INSERT INTO tags (id, name, created_at) VALUES (9, 'Weather', 'now')"), false);
    assert.equal(moves('INSERT INTO article_tags (article_id, tag_id) VALUES (3, 9)'), true);
    assert.equal(moves("INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (3, 'Rain', 'now', 'now')"), true);
    assert.equal(moves("INSERT INTO settings (key, value) VALUES ('view.query', 'rain')"), false);
    assert.equal(moves("INSERT INTO saved_views (name, query, created_at) VALUES ('Rain', 'rain', 'now')"), false);
    const other = new Database(file);
    const before = revision();
    other.prepare('DELETE FROM article_notes WHERE article_id = 3').run();
    other.close();
    assert.ok(revision() > before);

    // Re-extracting writes the same shape the migration left.
    const job = library.reextraction.start(true)!;
    while (!library.reextraction.status(job)!.finished) await new Promise((r) => setTimeout(r, 5));
    assert.deepEqual(ids('person:lukashenko'), [1, 2]);
    const named = db.prepare('SELECT count(*) FROM entity_aliases x JOIN entities e ON e.id = x.entity_id WHERE x.alias = e.name').pluck().get();
    assert.equal(named, 0);
    assert.deepEqual(
      db.prepare('SELECT count(*) FROM article_entities').pluck().get(),
      new Set(mentionRows(db).map((m) => `${m.article_id}:${m.entity_id}`)).size,
    );
  } finally {
    library.close();
  }
});

test('m005: the trigram index still takes exactly the texts with a script written without spaces, for a quarter of the cost', async () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  libraryAtV4(file);
  const library = await Library.open(file);
  try {
    const { db } = library;
    const insert = db
      .prepare(
        `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES (?, ?, ?, 1, deflate_text(?), deflate_text('[]'), 'now', 'now') RETURNING id`,
      )
      .pluck();
    const texts: [string, string, boolean][] = [
      ['“Quotes” — dashes… and €5', 'Plain English with curly “quotes”, an em dash — and ™.', false],
      ['Русский текст', 'Встреча прошла в Минске — «обсуждалась торговля».', false],
      ['Vietnamese', 'Hà Nội: Thủ tướng đã gặp các đại biểu.', false],
      ['习近平会见普京', '双方讨论了贸易问题。', true],
      ['English headline', 'The talks in Tianjin (天津) ended.', true],
      ['ข่าว', 'การประชุมสิ้นสุดลงแล้ว', true],
      ['Japanese', 'カタカナ and ひらがな', true],
      ['Korean', '회담이 끝났다', true],
    ];
    const ids = texts.map(([title, body], i) => insert.get(`/t${i}.txt`, `t${i}`, title, body) as number);
    const [plain, , , chinese, mixed] = ids as [number, number, number, number, number];
    // An external-content index reads its rows from the articles; what it holds shows in its docsize table.
    const indexed = () => new Set(db.prepare('SELECT id FROM articles_tri_docsize').pluck().all() as number[]);
    assert.deepEqual(
      ids.map((id) => indexed().has(id)),
      texts.map(([, , spaceless]) => spaceless),
    );
    assert.deepEqual(
      library.search.query('天津', 10, 0).rows.map((r) => r.id),
      [mixed],
    );

    db.prepare("UPDATE articles SET body_deflated = deflate_text('No longer: plain text.') WHERE id = ?").run(mixed);
    db.prepare("UPDATE articles SET body_deflated = deflate_text('Now 天津 too.') WHERE id = ?").run(plain);
    db.prepare('DELETE FROM articles WHERE id = ?').run(chinese);
    assert.deepEqual(
      [plain, chinese, mixed].map((id) => indexed().has(id)),
      [true, false, false],
    );
    assert.deepEqual(
      library.search.query('天津', 10, 0).rows.map((r) => r.id),
      [plain],
    );
  } finally {
    library.close();
  }
});
