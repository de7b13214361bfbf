import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { MAX_SEGMENTS, mergeFullTextSegments, segmentCount } from '../../../../electron/library/search/mergeFullTextSegments';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

// One library for the file: small imports leave their segments, a merge keeps every search's rows, a large import merges.
const library = tempLibrary();
const dir = tempDir();
// FTS5 would merge every 4 segments of a level on its own; without that each import leaves one, as a large library's do.
for (const table of ['articles_fts', 'articles_tri']) library.db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('automerge', 0)`);

const QUERIES = ['president', '"foreign policy"', 'election -summit', '東京タワー', 'summit OR 会議'];
const TOPICS = ['The president spoke on foreign policy', 'An election for the senate', 'A summit on trade and foreign policy'];

/** Writes a file with English and Japanese text, so it is in both indexes; `words` more words of its own make its index larger. */
function writeArticle(name: string, i: number, words = 0): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const topic = TOPICS[i % TOPICS.length]!;
  const own = Array.from({ length: words }, (_, k) => `w${i}x${k}`).join(' ');
  fs.writeFileSync(file, `${topic}, number ${i}\n\n${topic}. The meeting ${i} was held in Tokyo. 東京タワーで会議${i}が開かれた。 ${own}\n`);
  return file;
}

const segments = () => ({ words: segmentCount(library.db, 'articles_fts'), trigrams: segmentCount(library.db, 'articles_tri') });
const pages = () => QUERIES.map((q) => library.search.query(q, 100, 0));
const integrityCheck = () => {
  for (const table of ['articles_fts', 'articles_tri']) library.db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`);
};

test('imports of a few files each leave their segments: a small import does not pay for a merge', async () => {
  for (let i = 0; i < MAX_SEGMENTS + 2; i++) assert.equal((await library.import([writeArticle(`small-${i}.txt`, i)]))[0]!.status, 'added');
  assert.deepEqual(segments(), { words: MAX_SEGMENTS + 2, trigrams: MAX_SEGMENTS + 2 });
});

test('merging leaves one segment per index, sound, and every search gives the same rows, snippets and marks', () => {
  const before = pages();
  assert.ok(before.every((page) => page.total > 0));
  assert.deepEqual(mergeFullTextSegments(library.db), ['articles_fts', 'articles_tri']);
  assert.deepEqual(segments(), { words: 1, trigrams: 1 });
  integrityCheck();
  assert.deepEqual(pages(), before);
  assert.deepEqual(mergeFullTextSegments(library.db), [], 'an index already merged is left alone');
});

test('a large import ends with its indexes merged', async () => {
  for (let i = 0; i < MAX_SEGMENTS; i++) await library.import([writeArticle(`again-${i}.txt`, 50 + i)]);
  assert.ok(segments().words > MAX_SEGMENTS);
  const files = Array.from({ length: 200 }, (_, i) => writeArticle(path.join('large', `${String(i).padStart(3, '0')}.txt`), 100 + i, 100));
  const results = await library.import([path.join(dir, 'large')]);
  assert.equal(results.filter((r) => r.status === 'added').length, files.length);
  assert.deepEqual(segments(), { words: 1, trigrams: 1 });
  integrityCheck();
  assert.equal(library.search.query('東京タワー', 10, 0).total, 2 * MAX_SEGMENTS + 2 + files.length);
});

test("merging leaves a library's large segment alone when the new ones, merged with each other, are few enough", async () => {
  // A library merged whole, as every large import's end did before: its one segment sits above the levels new ones reach.
  const files = Array.from({ length: 200 }, (_, i) => writeArticle(path.join('whole', `${String(i).padStart(3, '0')}.txt`), 600 + i, 100));
  await library.import([path.join(dir, 'whole')]);
  for (const table of ['articles_fts', 'articles_tri']) library.db.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize')`);
  const segmentIds = () => library.db.prepare('SELECT DISTINCT segid FROM articles_fts_idx').pluck().all() as number[];
  const [whole] = segmentIds();
  for (let i = 0; i < MAX_SEGMENTS + 1; i++) await library.import([writeArticle(`later-${i}.txt`, 900 + i)]);
  const before = pages();
  assert.deepEqual(mergeFullTextSegments(library.db), ['articles_fts', 'articles_tri']);
  assert.deepEqual(segments(), { words: 2, trigrams: 2 });
  assert.ok(segmentIds().includes(whole!), 'not rewritten');
  integrityCheck();
  assert.deepEqual(pages(), before);
  assert.equal(library.search.query('東京タワー', 1, 0).total, 2 * MAX_SEGMENTS + 2 + 200 + files.length + MAX_SEGMENTS + 1);
});
