import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetWindow } from '../../../../electron/common/contract/facetsContract';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import { tempLibrary } from '../../helpers/tempLibrary';

// Named words, and more whose many shares of the articles give many IDFs: JavaScript's logarithm differs from C's in
// the last bit for about one value in 14.
const NAMED = ['the', 'said', 'minister', 'trade', 'bank', 'money', 'policy', 'foreign', 'white', 'house', 'president', 'tax', 'bill', 'potash', 'rare'];
const WORDS = [...NAMED, ...Array.from({ length: 60 }, (_, k) => `w${k}`)];

/** 150 articles of pseudo-random words, each word in its own share of them, some in their titles, of every length. */
function library() {
  const lib = tempLibrary();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = () => WORDS[Math.floor(WORDS.length * next() ** 1.5)]!;
  for (let i = 0; i < 150; i++) {
    const body = Array.from({ length: 5 + Math.floor(next() * 120) }, pick).join(' ');
    const title = `${pick()} ${i % 4 === 0 ? 'White House' : pick()} ${i}`;
    const article = { title, published: null, source: null, author: null, dateline: null, language: null, url: null, tags: [] };
    lib.articles.insert(
      { file: `/s/${i}.txt`, contentHash: `h${i}`, article: { ...article, blocks: [{ kind: 'p' as const, text: body }] }, body, wordCount: 0 },
      new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    );
  }
  return lib;
}

const unmarked = (text: string) => text.replaceAll('⟦', '').replaceAll('⟧', '');

const window: FacetWindow = { limit: 5, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };

test('a title-sorted page has the scores, title and snippet FTS5 gives its rows, to the bit', () => {
  const lib = library();
  // The pane builds the snapshot the in-memory path needs.
  lib.facets.facets('', windows);
  const queries = ['said', 'the', 'rare', 'tax bill', 'money OR bank', 'foreign -policy', '"white house"', 'president OR (trade minister)', 'mini*'];
  for (const query of [...queries, ...WORDS.slice(NAMED.length)]) {
    const { match } = parseQuery(query);
    const expected = new Map(
      (
        lib.db
          .prepare(
            `SELECT rowid, bm25(articles_fts, 1, 10) AS score, highlight(articles_fts, 1, '⟦', '⟧') AS title,
              snippet(articles_fts, 0, '⟦', '⟧', '…', 24) AS snippet FROM articles_fts WHERE articles_fts MATCH ?`,
          )
          .all(match) as { rowid: number; score: number; title: string; snippet: string }[]
      ).map((row) => [row.rowid, row]),
    );
    assert.ok(expected.size > 0, query);
    for (const sort of ['sort:title', 'sort:title-desc']) {
      for (let offset = 0; offset < expected.size; offset += 20) {
        for (const row of lib.search.query(`${query} ${sort}`, 20, offset).rows) {
          const want = expected.get(row.id)!;
          assert.equal(row.score, want.score, `${query} ${sort}: score of ${row.id}`);
          assert.equal(row.title, unmarked(want.title), `${query}: title of ${row.id}`);
          assert.equal(row.snippet, unmarked(want.snippet), `${query}: snippet of ${row.id}`);
          assert.equal(row.marks.length, want.snippet.split('⟦').length - 1, `${query}: marks of ${row.id}`);
        }
      }
    }
  }
});
