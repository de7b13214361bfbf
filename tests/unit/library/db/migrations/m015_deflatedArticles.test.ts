import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { m015DeflatedArticles } from '../../../../../electron/library/db/migrations/m015_deflatedArticles';
import { readBlocks } from '../../../../../electron/library/articles/storedBlocks';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { AWKWARD_TEXTS, fullTextView, readerView, migratedAlone } from '../../../helpers/readerView';

const QUERIES = ['talks', 'potash', '"potash talks"', 'lukaschenko', 'munchen', '普京', 'filler', 'paragraph NOT potash', 'minsk OR 北京'];

/** Each article's text and its blocks as read (a later migration stores plain paragraphs' blocks as nothing). */
const bodies = (db: Database.Database) =>
  (db.prepare('SELECT id, title, body, blocks FROM articles ORDER BY id').all() as { id: number; title: string; body: string; blocks: string }[]).map(
    ({ blocks, ...article }) => ({ ...article, blocks: readBlocks(blocks, article.body) }),
  );

test('m015: bodies and blocks are stored deflated and read back exactly; the full-text indexes find, mark and follow them as before', async () => {
  const rows = AWKWARD_TEXTS.map(
    ([title, body], i) => `('/t${i}.txt', 'h${i}', '${title}', 1, '${body}', '[{"kind":"p","length":${body.length}}]', 'then', 'then')`,
  );
  const file = libraryBefore(
    m015DeflatedArticles,
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at) VALUES ${rows.join(', ')}`,
    // More than one page of the migration's walk through the table.
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001)
      INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
      SELECT '/n' || i || '.txt', 'n' || i, 'Filler ' || i, 4, 'Filler article number ' || i || '.', '[]', 'then', 'then' FROM n`,
  );
  const v14 = new Database(file, { readonly: true });
  const before = { bodies: bodies(v14), fullText: fullTextView(v14, QUERIES) };
  v14.close();

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m015DeflatedArticles.version);
    assert.deepEqual(bodies(db), before.bodies);
    assert.deepEqual(fullTextView(db, QUERIES), before.fullText);
    const stored = db.prepare("SELECT length(body_deflated) AS deflated, length(CAST(body AS BLOB)) AS text FROM articles WHERE title = 'Long'").get();
    assert.ok((stored as { deflated: number }).deflated * 5 < (stored as { text: number }).text, JSON.stringify(stored));
    assert.equal(db.prepare("SELECT length(body_deflated) FROM articles WHERE title = 'Empty'").pluck().get(), 0);
    const virtual = db.prepare("SELECT name FROM pragma_table_xinfo('articles') WHERE hidden = 2 ORDER BY name").pluck().all();
    assert.deepEqual(virtual, ['blocks', 'body']);

    // The triggers delete the old text from both indexes and add the new, on an update of the body or the title alone.
    const ids = (q: string, index = 'articles_fts') => db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(q);
    const chinese = ids('"主席习"', 'articles_tri')[0] as number;
    db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?').run('Now about sanctions only.', chinese);
    db.prepare("UPDATE articles SET title = 'Renamed filler' WHERE id = 1001").run();
    assert.deepEqual(ids('"主席习"', 'articles_tri'), []);
    assert.deepEqual(ids('普京'), [], 'the old body left the index; only the untouched title still holds its words');
    assert.deepEqual(ids('sanctions'), [chinese]);
    assert.deepEqual(ids('renamed'), [1001]);
    db.prepare('DELETE FROM articles WHERE id IN (1, 1002)').run();
    assert.deepEqual(ids('astral'), []);
    // The index checked against the text it was built from (the trigram index, which holds only some rows, against itself).
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO articles_tri(articles_tri) VALUES ('integrity-check')");
  } finally {
    library.close();
  }
  const vacuumed = new Database(file, { readonly: true });
  assert.deepEqual(
    [vacuumed.pragma('freelist_count', { simple: true }), vacuumed.pragma('page_size', { simple: true })],
    [0, 16384],
    'vacuumed, in larger pages',
  );
  vacuumed.close();
});

/** A library as schema 14 held it: the body and blocks as text, and the triggers watching the body. */
function asBeforeDeflating(db: Database.Database): void {
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%body%'").all() as { name: string; sql: string }[];
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  db.exec(`
    ALTER TABLE articles ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN blocks_text TEXT NOT NULL DEFAULT '';
    UPDATE articles SET body_text = body, blocks_text = blocks;
    ALTER TABLE articles DROP COLUMN body;
    ALTER TABLE articles DROP COLUMN blocks;
    ALTER TABLE articles DROP COLUMN body_deflated;
    ALTER TABLE articles DROP COLUMN blocks_deflated;
    ALTER TABLE articles RENAME COLUMN body_text TO body;
    ALTER TABLE articles RENAME COLUMN blocks_text TO blocks;
  `);
  for (const { sql } of triggers) db.exec(sql.replace('UPDATE OF title, body_deflated', 'UPDATE OF title, body'));
}

test('m015: seeds, hostile pages and unicode texts read, search, mark and export the same after the migration as imported since', async () => {
  const { expected, migrated } = await migratedAlone(m015DeflatedArticles, asBeforeDeflating);
  try {
    assert.deepEqual(readerView(migrated), expected);
  } finally {
    migrated.close();
  }
});

test('m015: a library another connection holds open is upgraded all the same, compacted or not', async () => {
  const file = libraryBefore(
    m015DeflatedArticles,
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'then', 'then')`,
  );
  const holder = new Database(file);
  holder.pragma('journal_mode = WAL');
  holder.exec('BEGIN');
  assert.equal(holder.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
  try {
    const library = await Library.open(file);
    try {
      assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= m015DeflatedArticles.version);
      assert.equal(library.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(library.articles.get(1)?.body, 'The delegation arrived in Minsk.');
    } finally {
      library.close();
    }
  } finally {
    holder.exec('COMMIT');
    holder.close();
  }
});
