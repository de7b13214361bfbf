import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { ArticleSearch } from '../../../../electron/library/search/ArticleSearch';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
const FILLER = ['tax', 'bill', 'money', 'bank', 'policy', 'budget', 'court', 'white', 'house'];
let added = 0;

/** Articles holding "white house" some times (and its words apart), in texts of some length, some in their title too; or long ones without it. */
async function add(count: number, long = false): Promise<void> {
  const dir = tempDir();
  for (let i = 0; i < count; i++) {
    const n = added++;
    const phrases = long ? 0 : n % 4;
    const length = long ? 900 : 12 + ((n * 17) % 70);
    const words = Array.from({ length }, (_, w) => (w < phrases * 2 ? (w % 2 === 0 ? 'White' : 'House') : FILLER[(w * 5 + n) % FILLER.length]!));
    const title = n % 6 === 0 ? `The White House ${n}` : `Article ${n}`;
    fs.writeFileSync(path.join(dir, `p${n}.md`), `---\ntitle: "${title}"\n---\n\n${words.join(' ')}.\n`);
  }
  await library.import([dir]);
}

const QUERIES = ['"White House"', 'is:unread "white house"', '"house white"'];
const PAGE = 10;

/** Every page of `search`'s answer to each query, as the list shows it. */
function pages(search: ArticleSearch, query: string) {
  const all = [];
  for (let offset = 0; ; offset += PAGE) {
    const { total, rows } = search.query(query, PAGE, offset);
    all.push({ total, rows: rows.map(({ id, title, titleMarks, snippet, marks, score }) => ({ id, title, titleMarks, snippet, marks, score })) });
    if (rows.length < PAGE) return all;
  }
}

/** `search`'s pages (patched after a change) against those of a search that keeps nothing (ranked in full), scores within rounding. */
function assertSamePages(search: ArticleSearch, what: string): void {
  for (const query of QUERIES) {
    const full = pages(new ArticleSearch(library.db, 10), query);
    const got = pages(search, query);
    const scores = (p: typeof got) => p.flatMap(({ rows }) => rows.map(({ score }) => score!));
    const withoutScores = (p: typeof got) => p.map(({ total, rows }) => ({ total, rows: rows.map((row) => ({ ...row, score: null })) }));
    assert.deepEqual(withoutScores(got), withoutScores(full), `${what}: ${query}`);
    scores(got).forEach((score, i) => assert.ok(Math.abs(score - scores(full)[i]!) <= 1e-9 * Math.abs(score), `${what}: ${query}: score ${i}`));
  }
}

test('every page of a phrase query after articles are imported, edited and deleted is the full ranking’s, from this and another connection', async () => {
  await add(60);
  // Ten ranked at a time: the kept rankings hold a few of the matches, and later pages rank again.
  const search = new ArticleSearch(library.db, 10);
  assertSamePages(search, 'first');
  const ids = (match: string) => library.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank').pluck().all(match) as number[];
  const steps: [string, () => unknown][] = [
    ['imported', () => add(3)],
    // The average length grows fivefold: articles holding the phrase often but at length overtake short ones from below the kept rows.
    ['many long articles imported', () => add(60, true)],
    ['written again with the same text', () => library.db.prepare('UPDATE articles SET title = title WHERE id IN (2, 3)').run()],
    ['a ranked article edited', () => library.db.prepare("UPDATE articles SET title = title || ' white house' WHERE id = ?").run(ids('"white house"')[2])],
    ['an unranked article edited', () => library.db.prepare("UPDATE articles SET title = 'White House' WHERE id = ?").run(ids('"white house"').at(-1))],
    ['a ranked article deleted', () => library.db.prepare('DELETE FROM articles WHERE id = ?').run(ids('"white house"')[0])],
    ['read', () => library.reading.setRead(ids('"white house"').slice(0, 5), true)],
    [
      'imported, none holding the phrase',
      () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text('nothing here') WHERE id = ?").run(ids('"white house"')[1]),
    ],
  ];
  const other = new Database(library.db.name);
  registerTextFunctions(other);
  steps.push(
    [
      'edited by another connection',
      () => other.prepare("UPDATE articles SET body_deflated = deflate_text('White House White House') WHERE id = ?").run(ids('"white house"').at(-2)),
    ],
    ['deleted by another connection', () => other.prepare('DELETE FROM articles WHERE id = ?').run(ids('"white house"')[0])],
  );
  for (const [what, change] of steps) {
    // `search` has ranked every match by now; `shallow` only the first page's.
    const shallow = new ArticleSearch(library.db, 10);
    for (const query of QUERIES) shallow.query(query, PAGE, 0);
    await change();
    assertSamePages(search, what);
    assertSamePages(shallow, `${what}, the first page ranked`);
  }
  other.close();
});
