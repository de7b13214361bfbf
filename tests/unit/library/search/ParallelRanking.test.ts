import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ParallelRanking } from '../../../../electron/library/search/ParallelRanking';
import { BEST_FIRST, rankingSql } from '../../../../electron/library/search/rankingSql';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const WORDS = ['said', 'tax', 'bill', 'white', 'house', 'legislation', 'legislature', 'foreign', 'policy', 'money', 'bank', 'budget'];
const MATCHES = ['said', '"white house"', '"legislat"*', 'money OR bank', 'foreign NOT policy', 'budget AND said', 'zebra'];
const WORST_FIRST = 'score DESC, id DESC';

/** Eighty short articles; every tenth has the text of the one before, so equal scores fall on both sides of the middle. */
async function library() {
  const lib = tempLibrary();
  const dir = tempDir();
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let words: string[] = [];
  for (let i = 0; i < 80; i++) {
    if (i % 10 !== 1) words = Array.from({ length: 8 + Math.floor(next() * 24) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.md`), `---\ntitle: "${words.slice(0, 2).join(' ')}"\n---\n\n${words.join(' ')}.\n`);
  }
  await lib.import([dir]);
  return lib;
}

test('a match ranked on two threads is ranked as on one: the same rows, scores and order, to any depth', async () => {
  const lib = await library();
  const ranking = new ParallelRanking(lib.db, 0);
  assert.equal(await ranking.started(), true);
  const oneThread = (match: string, orderBy: string, depth: number) => lib.db.prepare(rankingSql(orderBy)).raw().all(match, depth);
  const ties = lib.db.prepare(`SELECT count(*) FROM (${rankingSql(BEST_FIRST)}) GROUP BY score HAVING count(*) > 1`).all('said', 100);
  assert.ok(ties.length > 0, 'some articles score the same');
  for (const match of MATCHES) {
    for (const depth of [3, 10, 1000]) {
      const split = ranking.splitRankings;
      const ranked = ranking.rank(match, BEST_FIRST, depth, () => `${match} meanwhile`);
      assert.equal(ranking.splitRankings, split + 1, `${match} to ${depth}: the worker ranked its half`);
      assert.deepEqual(ranked, { rows: oneThread(match, BEST_FIRST, depth), meanwhile: `${match} meanwhile` }, `${match} to ${depth}`);
      // Only the best-first order is split.
      assert.deepEqual(ranking.rank(match, WORST_FIRST, depth, () => 0).rows, oneThread(match, WORST_FIRST, depth), `${match} worst first`);
      assert.equal(ranking.splitRankings, split + 1, `${match} worst first: ranked here`);
    }
  }
  assert.ok(ranking.rank('said', BEST_FIRST, 1000, () => 0).rows.length > 40);
  ranking.close();
});

test('inside a transaction, and once closed, a match is ranked on this thread alone, which sees its own writes', async () => {
  const lib = await library();
  const ranking = new ParallelRanking(lib.db, 0);
  assert.equal(await ranking.started(), true);
  const before = ranking.splitRankings;
  const renamed = lib.db.transaction(() => {
    lib.db.prepare("UPDATE articles SET title = 'zebra crossing' WHERE id = 70").run();
    return ranking.rank('zebra', BEST_FIRST, 10, () => 0).rows.map(([id]) => id);
  })();
  assert.deepEqual(renamed, [70]);
  assert.equal(ranking.splitRankings, before);
  ranking.close();
  assert.deepEqual(
    ranking.rank('zebra', BEST_FIRST, 10, () => 0).rows.map(([id]) => id),
    [70],
  );
  assert.equal(ranking.splitRankings, before);
});

test('where this thread may not wait, the worker’s half is ranked here, and the worker is not asked again', async (t) => {
  const lib = await library();
  const ranking = new ParallelRanking(lib.db, 0);
  assert.equal(await ranking.started(), true);
  const oneThread = lib.db.prepare(rankingSql(BEST_FIRST)).raw();
  // As in a browser's main thread.
  const wait = t.mock.method(Atomics, 'wait', () => {
    throw new TypeError('Atomics.wait cannot be called in this context');
  });
  for (const match of ['said', 'money OR bank']) assert.deepEqual(ranking.rank(match, BEST_FIRST, 20, () => 0).rows, oneThread.all(match, 20), match);
  assert.equal(wait.mock.callCount(), 1);
  assert.equal(ranking.splitRankings, 0);
});

test('below the span of ids it is asked to split from, no worker is started', async () => {
  const lib = await library();
  const ranking = new ParallelRanking(lib.db, 80);
  assert.equal(await ranking.started(), false);
  assert.equal(ranking.rank('said', BEST_FIRST, 10, () => 0).rows.length, 10);
  assert.equal(ranking.splitRankings, 0);
});
