import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { m017BodyFirstFullText } from '../../../../../electron/library/db/migrations/m017_bodyFirstFullText';
import { registerTextFunctions } from '../../../../../electron/library/db/textFunctions';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { AWKWARD_TEXTS, fullTextView, readerView, migratedAlone } from '../../../helpers/readerView';

const QUERIES = [
  'talks',
  'potash',
  '"potash talks"',
  'pot*',
  'lukaschenko',
  'munchen',
  '普京',
  'filler',
  'paragraph NOT potash',
  'minsk OR 北京',
  'NEAR(potash sentence, 3)',
];

const columns = (db: Database.Database, index: string) => db.prepare(`SELECT name FROM pragma_table_info('${index}') ORDER BY cid`).pluck().all();
const indexBytes = (db: Database.Database) => db.prepare('SELECT sum(length(block)) FROM articles_fts_data').pluck().get() as number;
const spaceless = (db: Database.Database) => db.prepare('SELECT id FROM articles_tri_docsize ORDER BY id').pluck().all();

test('m017: the full-text indexes hold the body first; they find, score, mark and cut snippets exactly as before, and take less room', async () => {
  const rows = AWKWARD_TEXTS.map(([title, body], i) => `('/t${i}.txt', 'h${i}', '${title}', 1, deflate_text('${body}'), x'', 'then', 'then')`);
  const insert = 'INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at) VALUES';
  const file = libraryBefore(
    m017BodyFirstFullText,
    `${insert} ${rows.join(', ')}`,
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
      INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      SELECT '/n' || i || '.txt', 'n' || i, 'Filler ' || i, 4, deflate_text('Filler article number ' || i || ' on potash.'), x'', 'then', 'then' FROM n`,
  );
  const v16 = new Database(file, { readonly: true });
  registerTextFunctions(v16);
  assert.deepEqual(columns(v16, 'articles_fts'), ['title', 'body']);
  const before = { fullText: fullTextView(v16, QUERIES), bytes: indexBytes(v16), spaceless: spaceless(v16) };
  v16.close();

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m017BodyFirstFullText.version);
    assert.deepEqual(
      [columns(db, 'articles_fts'), columns(db, 'articles_tri')],
      [
        ['body', 'title'],
        ['body', 'title'],
      ],
    );
    assert.deepEqual(fullTextView(db, QUERIES), before.fullText);
    assert.deepEqual(spaceless(db), before.spaceless, 'the trigram index holds the same texts, those written without spaces');
    assert.ok(indexBytes(db) < before.bytes * 0.85, `${indexBytes(db)} against ${before.bytes}`);

    // The triggers, which name the columns, still keep both indexes in step with the articles.
    const ids = (q: string, index = 'articles_fts') => db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(q);
    const chinese = ids('"主席习"', 'articles_tri')[0] as number;
    db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?').run('Now about sanctions only.', chinese);
    db.prepare("UPDATE articles SET title = 'Renamed filler' WHERE id = 300").run();
    assert.deepEqual(ids('"主席习"', 'articles_tri'), []);
    assert.deepEqual(ids('sanctions'), [chinese]);
    assert.deepEqual(ids('renamed'), [300]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.deepEqual(ids('astral'), []);
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO articles_tri(articles_tri) VALUES ('integrity-check')");
  } finally {
    library.close();
  }
});

/** The file as schema 16 held it: both full-text indexes with the title first, built from the same articles. */
function asBeforeBodyFirst(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE spaceless_ids AS SELECT id FROM articles_tri_docsize;
    DROP TABLE articles_fts;
    DROP TABLE articles_tri;
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE articles_tri USING fts5(title, body, content='articles', content_rowid='id', tokenize='trigram');
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    INSERT INTO articles_tri(rowid, title, body) SELECT id, title, body FROM articles WHERE id IN (SELECT id FROM temp.spaceless_ids);
    DROP TABLE temp.spaceless_ids;
  `);
}

test('m017: seeds, hostile pages and unicode texts read, search, mark and export the same after the migration as imported since', async () => {
  const { expected, migrated } = await migratedAlone(m017BodyFirstFullText, asBeforeBodyFirst);
  try {
    assert.deepEqual(readerView(migrated), expected);
  } finally {
    migrated.close();
  }
});
