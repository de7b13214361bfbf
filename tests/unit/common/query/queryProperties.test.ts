import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fastestMs } from '../../helpers/parseGrowth';
import { annotate, checkQuery, MAX_QUERY_CHARS, queryProperty } from '../../helpers/queryFuzz';
import { knownLibrary } from '../../helpers/searchLibrary';

const library = annotate(knownLibrary());

test('any query runs in the list, the counts, the filter pane and the highlights view without an error, and they agree', () => {
  fc.assert(queryProperty(library), { numRuns: 400 });
});

test('FTS5 syntax, SQL and control characters in a query are read as text', () => {
  for (const input of [
    '"',
    '-',
    '*',
    'NEAR(a b',
    'a OR',
    'NOT',
    '^a',
    'a:b',
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    '\u0000',
    'sort:',
    'after:9999-99',
    'tag:',
    'color:black',
    'has:',
    '-"',
    '"*"',
  ]) {
    checkQuery(library, input);
  }
  assert.equal(library.articles.count(), 6);
});

const repeat = (unit: string) => unit.repeat(Math.ceil(MAX_QUERY_CHARS / unit.length)).slice(0, MAX_QUERY_CHARS);

const SHAPES: [string, string][] = [
  ['words', 'sanctions '],
  ['operators', 'source:"a b" -person:x* '],
  ['quotes', '"'],
  ['negations', '-'],
  ['alternatives', '(a OR b) NOT c '],
];

for (const [shape, unit] of SHAPES) {
  test(`a query of ${MAX_QUERY_CHARS} characters of ${shape} takes at most 8× the time of one a quarter as long`, () => {
    const long = repeat(unit);
    const short = long.slice(0, MAX_QUERY_CHARS / 4);
    const time = (input: string) =>
      fastestMs(() => {
        for (let i = 0; i < 10; i++) checkQuery(library, input);
      }, 1);
    time(short);
    // Interleaved, so that a burst of load elsewhere on the machine slows both sizes alike; the fastest run of each counts.
    let [shortMs, longMs] = [Infinity, Infinity];
    for (let i = 0; i < 5; i++) [shortMs, longMs] = [Math.min(shortMs, time(short)), Math.min(longMs, time(long))];
    assert.ok(longMs <= 8 * Math.max(shortMs, 2), `${shortMs.toFixed(1)} ms → ${longMs.toFixed(1)} ms`);
  });
}
