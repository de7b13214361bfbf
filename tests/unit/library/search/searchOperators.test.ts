import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idsOf, knownLibrary } from '../../helpers/searchLibrary';

const library = knownLibrary();
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

// [query, the ids it finds (in any order)]
const cases: [string, number[]][] = [
  ['', [1, 2, 3, 4, 5, 6]],
  // text: stemming-free words, diacritics and case folded, Cyrillic, prefixes, phrases, exclusion, OR
  ['lukashenko', [1]],
  ['LUKASCHENKO', [3]],
  ['muenchen', []],
  ['munchen', [3]],
  ['лукашенко', [2]],
  ['минске', [2]],
  ['tariff*', [1, 5, 6]],
  ['"trade war"', [5]],
  ['"war trade"', []],
  ['sanctions -belarus', [5]],
  ['sanctions NOT belarus', [5]],
  ['-sanctions', [1, 2, 3, 4]],
  ['potash OR handel', [3, 6]],
  // Chinese: by trigram, and by substring below three characters
  ['习近平', [4]],
  ['贸易', [4]],
  ['会', [4]],
  ['-普京', [1, 2, 3, 5, 6]],
  ['习近平 OR potash', [4, 6]],
  // source: names compare without case; two values mean either
  ['source:xinhua', [1, 4]],
  ['source:XINHUA', [1, 4]],
  ['source:xinhua source:tass', [1, 2, 4]],
  ['-source:xinhua', [2, 3, 5, 6]],
  ['source:reuters', []],
  ['author:"anna müller"', [3]],
  ['author:"Li Wei" lang:en', [1]],
  ['lang:ru', [2]],
  ['lang:RU', [2]],
  ['-lang:en', [2, 3, 4]],
  // dates: after: includes its day, before: excludes its day or month, undated articles are in none
  ['after:2025-01-01', [1, 2]],
  ['after:2025-09-03', [1]],
  ['before:2025-06', [3, 4, 6]],
  ['before:2025-06-14', [2, 3, 4, 6]],
  ['date:2023', [3, 4]],
  ['date:2025-06', [2]],
  ['date:2025-06-13', [2]],
  ['after:2023-12 before:2024-02', [4, 6]],
  ['-date:2023', [1, 2, 5, 6]],
  // reading state
  ['is:unread', [2, 4, 5, 6]],
  ['is:read', [1, 3]],
  ['is:starred', [2]],
  ['-is:starred', [1, 3, 4, 5, 6]],
  ['is:unread -is:starred', [4, 5, 6]],
  // combinations
  ['tariff* source:belta', [6]],
  ['sanctions after:2024', [6]],
  ['lukashenko OR лукашенко is:unread', [2]],
];

for (const [query, expected] of cases) {
  test(`${JSON.stringify(query)} finds ${JSON.stringify(expected)}`, () => {
    const result = library.search.query(query, 500, 0);
    assert.deepEqual(sorted(result.rows.map((r) => r.id)), expected);
    assert.equal(result.total, expected.length);
    assert.deepEqual(result.hints, []);
  });
}

test('annotation operators on a library without annotations match nothing, and their negations everything', () => {
  for (const query of ['tag:trade', 'has:notes', 'has:highlights', 'color:yellow']) {
    const result = library.search.query(`trade ${query}`, 10, 0);
    assert.equal(result.total, 0, query);
    assert.deepEqual(result.hints, [], query);
    assert.deepEqual(sorted(idsOf(library, `-${query}`)), [1, 2, 3, 4, 5, 6], query);
  }
});

test('unknown operators and malformed input are read as text with a hint', () => {
  const unknown = library.search.query('foo:bar', 10, 0);
  assert.deepEqual(unknown.hints, ['unknown operator "foo:" read as text']);
  assert.equal(unknown.total, 0);
  assert.deepEqual(library.search.query('after:someday', 10, 0).hints, ['after: expects a date like 2025-01-01']);
  assert.deepEqual(idsOf(library, '"trade war'), [5]);
});

test('words rank by bm25 with the title above the body; without words the newest come first, undated last', () => {
  const sanctions = library.search.query('sanctions', 10, 0);
  assert.deepEqual(sanctions.sort, { key: 'relevance', direction: 'desc' });
  assert.equal(sanctions.rows[0]!.id, 6, 'the match in the title ranks first');
  assert.ok(sanctions.rows.every((r) => typeof r.score === 'number'));
  const all = library.search.query('', 10, 0);
  assert.deepEqual(all.sort, { key: 'published', direction: 'desc' });
  assert.deepEqual(
    all.rows.map((r) => r.id),
    [1, 2, 6, 4, 3, 5],
  );
  assert.ok(all.rows.every((r) => r.score === null));
});

test('sort: orders by each key in either direction, and relevance without words falls back with a hint', () => {
  assert.deepEqual(idsOf(library, 'sort:published-asc'), [3, 4, 6, 2, 1, 5]);
  assert.deepEqual(idsOf(library, 'sort:imported'), [6, 5, 4, 3, 2, 1]);
  assert.deepEqual(idsOf(library, 'sort:imported-asc'), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(idsOf(library, 'sort:title lang:en'), [1, 6, 5]);
  assert.deepEqual(idsOf(library, 'sort:title-desc lang:en'), [5, 6, 1]);
  assert.deepEqual(idsOf(library, 'sanctions sort:relevance-asc'), [...idsOf(library, 'sanctions')].reverse());
  const fallback = library.search.query('sort:relevance', 10, 0);
  assert.deepEqual(fallback.sort, { key: 'published', direction: 'desc' });
  assert.deepEqual(fallback.hints, ['sort:relevance needs search words; sorted by date']);
});

test('titles and one-line snippets have the matched words marked, Chinese ones included', () => {
  for (const [query, word] of [
    ['tariff*', /^tariffs?$/i],
    ['贸易', /^贸易$/],
    ['лукашенко', /^лукашенко$/i],
  ] as const) {
    for (const row of library.search.query(query, 10, 0).rows) {
      assert.ok(row.marks.length + row.titleMarks.length > 0, `${query} → ${row.id}`);
      assert.ok(!/[\n\uE000\uE001]/.test(row.snippet + row.title));
      for (const [start, end] of row.marks) assert.match(row.snippet.slice(start, end), word);
      for (const [start, end] of row.titleMarks) assert.match(row.title.slice(start, end), word);
    }
  }
});

test('pages are stable and do not overlap, in every order', () => {
  for (const query of ['', 'sort:title', 'sort:imported-asc', 'tariff* OR sanctions OR lukashenko']) {
    const all = idsOf(library, query);
    const pages = [0, 2, 4].flatMap((offset) => library.search.query(query, 2, offset).rows.map((r) => r.id));
    assert.deepEqual(pages, all, query);
  }
});

test('reading state: read and starred flags show on rows and change only what differs', () => {
  const row = (id: number) => library.search.query('', 10, 0).rows.find((r) => r.id === id)!;
  assert.deepEqual([row(1).read, row(1).starred, row(2).read, row(2).starred], [true, false, false, true]);
  assert.equal(library.reading.setRead([1, 2], true), 1);
  assert.equal(library.reading.setRead([1, 2], true), 0);
  assert.equal(library.reading.setRead([2], false), 1);
  assert.equal(library.reading.setStarred([2, 4], true), 1);
  assert.equal(library.reading.setStarred([4], false), 1);
  assert.deepEqual([row(2).read, row(2).starred, row(4).starred], [false, true, false]);
});

test('is:inprogress finds the articles begun and not finished; sort:progress puts the furthest read first, the never scrolled last', () => {
  const progress = knownLibrary();
  progress.reading.setPosition(2, 0.4);
  progress.reading.setPosition(4, 0.9);
  progress.reading.setPosition(5, 1);
  progress.reading.setPosition(6, 0);
  assert.deepEqual(sorted(idsOf(progress, 'is:inprogress')), [2, 4]);
  assert.deepEqual(sorted(idsOf(progress, '-is:inprogress')), [1, 3, 5, 6]);
  assert.deepEqual(idsOf(progress, 'sort:progress').slice(0, 4), [5, 4, 2, 6]);
  assert.deepEqual(idsOf(progress, 'sort:progress-asc').slice(0, 4), [6, 2, 4, 5]);
  assert.deepEqual(progress.search.query('sort:progress', 10, 0).hints, []);
});
