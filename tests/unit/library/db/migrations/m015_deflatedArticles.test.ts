import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { m015DeflatedArticles } from '../../../../../electron/library/db/migrations/m015_deflatedArticles';
import { registerTextFunctions } from '../../../../../electron/library/db/textFunctions';
import { Exports } from '../../../../../electron/library/export/Exports';
import { Library } from '../../../../../electron/library/Library';
import { HOSTILE_DIR } from '../../../../fixtures/hostileCorpus';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { SEEDS, tempDir } from '../../../helpers/tempLibrary';

/** Texts that any byte-level slip would change: astral characters, combining marks, right-to-left, CJK, a long text, none. */
const TEXTS: [string, string][] = [
  ['Emoji and astral', 'Talks 🤝 in 𝐌𝐢𝐧𝐬𝐤 ended; 𠀀 is an ideograph of plane 2.'],
  ['Combining marks', 'Lukaschénko and Lukasche\u0301nko met in Mu\u0308nchen.'],
  ['Right to left', 'المحادثات في مينسك انتهت. השיחות במינסק הסתיימו.'],
  ['习近平会见普京', '中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。'],
  ['Long', Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the potash talks, sentence ${i * 7}.`).join('\n\n')],
  ['Empty', ''],
];
const QUERIES = ['talks', 'potash', '"potash talks"', 'lukaschenko', 'munchen', '普京', 'filler', 'paragraph NOT potash', 'minsk OR 北京'];

/** What FTS5 itself makes of the text for each query: the order, scores and marks every results page is built from. */
function fullText(db: Database.Database): unknown[] {
  const stmt = db.prepare(`SELECT rowid, bm25(articles_fts, 10, 1) AS score, highlight(articles_fts, 0, '[', ']') AS title,
    snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT 20`);
  const tri = db.prepare(`SELECT rowid, snippet(articles_tri, 1, '[', ']', '…', 8) AS snippet FROM articles_tri WHERE articles_tri MATCH ? ORDER BY rowid`);
  return [...QUERIES.map((q) => [q, stmt.all(q)]), tri.all('"主席习"')];
}

const bodies = (db: Database.Database) => db.prepare('SELECT id, title, body, blocks FROM articles ORDER BY id').all();

test('m015: bodies and blocks are stored deflated and read back exactly; the full-text indexes find, mark and follow them as before', async () => {
  const rows = TEXTS.map(([title, body], i) => `('/t${i}.txt', 'h${i}', '${title}', 1, '${body}', '[{"kind":"p","length":${body.length}}]', 'then', 'then')`);
  const file = libraryBefore(
    m015DeflatedArticles,
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at) VALUES ${rows.join(', ')}`,
    // More than one page of the migration's walk through the table.
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001)
      INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
      SELECT '/n' || i || '.txt', 'n' || i, 'Filler ' || i, 4, 'Filler article number ' || i || '.', '[]', 'then', 'then' FROM n`,
  );
  const v14 = new Database(file, { readonly: true });
  const before = { bodies: bodies(v14), fullText: fullText(v14) };
  v14.close();

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.equal(db.pragma('user_version', { simple: true }), m015DeflatedArticles.version);
    assert.deepEqual(bodies(db), before.bodies);
    assert.deepEqual(fullText(db), before.fullText);
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
    [0, 8192],
    'vacuumed, in larger pages',
  );
  vacuumed.close();
});

/** The file as schema 14 held it: the same rows and indexes with the body and blocks as text, and the triggers watching the body. */
function asBeforeDeflating(file: string): void {
  const db = new Database(file);
  registerTextFunctions(db);
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
    PRAGMA user_version = 14;
  `);
  for (const { sql } of triggers) db.exec(sql.replace('UPDATE OF title, body_deflated', 'UPDATE OF title, body'));
  db.close();
}

/** Everything a reader sees of the articles: results pages with snippets and marks, the articles, exports in every text format. */
function seen(library: Library): unknown {
  const queries = ['talks', 'the', '"the president"', 'minsk OR berlin', 'pot*', '-the', 'hx*', 'source:reuters the', 'sort:title', ''];
  const exports = new Exports(library);
  const ids = library.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  return {
    pages: queries.map((q) => library.search.query(q, 100, 0)),
    articles: ids.map((id) => library.articles.get(id)),
    // A JSON export names itself anew each time, and when it was made.
    exports: (['md', 'json', 'csv', 'html'] as const).map((format) =>
      exports.render(format, { kind: 'all' }, { bom: false }).files.map((f) => f.content.replace(/^ {2}"(id|generated)": .*$/gm, '')),
    ),
  };
}

test('m015: seeds, hostile pages and unicode texts read, search, mark and export the same after the migration as imported since', async () => {
  const dir = tempDir();
  const unicode = path.join(dir, 'unicode');
  fs.mkdirSync(unicode);
  TEXTS.forEach(([title, body], i) => fs.writeFileSync(path.join(unicode, `u${i}.txt`), `${title}\n\n${body || 'Short.'}\n`));
  const file = path.join(dir, 'library.sqlite');
  const fresh = Library.create(file);
  let expected: unknown;
  try {
    await fresh.import([SEEDS, HOSTILE_DIR, unicode]);
    const first = fresh.db.prepare("SELECT id FROM articles WHERE body LIKE '%the %' ORDER BY id LIMIT 1").pluck().get() as number;
    fresh.annotations.highlights.create(first, { quote: 'the', occurrence: 2 }, { color: 'yellow', note: 'a note', tags: [] });
    expected = seen(fresh);
  } finally {
    fresh.close();
  }
  asBeforeDeflating(file);

  const migrated = await Library.open(file);
  try {
    assert.equal(migrated.db.pragma('user_version', { simple: true }), m015DeflatedArticles.version);
    assert.deepEqual(seen(migrated), expected);
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
      assert.equal(library.db.pragma('user_version', { simple: true }), m015DeflatedArticles.version);
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
