import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m025SpacelessFunction } from '../../../../../electron/library/db/migrations/m025_spacelessFunction';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

/** Each range of m002's class, its ends and the characters just outside them, and some between (Yi, private use). */
const RANGES = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1100, 0x11ff],
  [0x1780, 0x17ff],
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0x8c48, 0xfaff],
  [0xff66, 0xff9f],
  [0x20000, 0x2ffff],
];
const PROBES = [...new Set([...RANGES.flatMap(([lo, hi]) => [lo! - 1, lo!, hi!, hi! + 1]), 0x0f00, 0x2019, 0xa000, 0xe000, 0x30000, 0x0416])];

/** One article a probe and a place: its character in the title, or in the body. */
const articles = (prefix: string) =>
  `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
    SELECT '${prefix}' || p.value || '-' || w.value, 'h', CASE w.value WHEN 'title' THEN 'A ' || char(p.value) || ' b' ELSE 'Title' END, 3,
      deflate_text(CASE w.value WHEN 'body' THEN 'Text ' || char(p.value) || ' here' ELSE 'Text here' END), x'', 'then', 'then'
    FROM json_each('${JSON.stringify(PROBES)}') p, json_each('["title","body"]') w`;

test('m025: the trigram index takes in, after the upgrade, exactly the texts the GLOB classes took in before it', async () => {
  const file = libraryBefore(m025SpacelessFunction, articles('/before/'));
  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m025SpacelessFunction.version);
    db.prepare(articles('/after/')).run();
    const indexed = (prefix: string) =>
      db
        .prepare("SELECT substr(a.file, length(?) + 1) FROM articles a JOIN articles_tri_docsize t ON t.id = a.id WHERE a.file LIKE ? || '%' ORDER BY 1")
        .pluck()
        .all(prefix, prefix);
    const before = indexed('/before/');
    assert.ok(before.length > 40 && before.length < PROBES.length * 2 - 20, `some texts in, some not (${before.length})`);
    assert.deepEqual(indexed('/after/'), before);
  } finally {
    library.close();
  }
});

test('m025: a text changed into or out of a spaceless script, or deleted, joins or leaves the trigram index', async () => {
  const library = await Library.open(libraryBefore(m025SpacelessFunction));
  try {
    const { db } = library;
    const insert = db.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES (?, 'h', 'Title', 2, deflate_text(?), x'', 'then', 'then')`);
    const id = Number(insert.run('/a.txt', 'plain text').lastInsertRowid);
    const other = Number(insert.run('/b.txt', '明斯克 会谈').lastInsertRowid);
    const inIndex = () => db.prepare('SELECT id FROM articles_tri_docsize ORDER BY id').pluck().all();
    const found = (word: string) => db.prepare('SELECT rowid FROM articles_tri WHERE articles_tri MATCH ?').pluck().all(`"${word}"`);
    assert.deepEqual(inIndex(), [other]);
    const rewrite = db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?');
    rewrite.run('北京 会谈', id);
    assert.deepEqual(inIndex(), [id, other]);
    assert.deepEqual(found('北京 会'), [id]);
    rewrite.run('plain again', other);
    assert.deepEqual(inIndex(), [id]);
    assert.deepEqual(found('明斯克'), [], 'its old words gone');
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    assert.deepEqual(inIndex(), []);
    assert.equal(db.prepare("INSERT INTO articles_tri(articles_tri) VALUES ('integrity-check')").run().changes >= 0, true);
  } finally {
    library.close();
  }
});
