import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEEDS, tempDir, tempLibrary } from '../../helpers/tempLibrary';

test('search finds words in the body, ranks title matches first, and marks the matches in the snippet', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const { total, rows } = library.search.query('Khrenin', 10, 0);
  assert.equal(total, 1);
  const [hit] = rows;
  assert.match(hit!.title, /Li Shangfu/);
  assert.ok(hit!.marks.length > 0);
  for (const [start, end] of hit!.marks) assert.equal(hit!.snippet.slice(start, end).toLowerCase(), 'khrenin');
  assert.ok(!/[\uE000\uE001\n]/.test(hit!.snippet));

  const titled = library.search.query('Defense Minister', 10, 0);
  assert.match(titled.rows[0]!.title, /Defense Minister Li Shangfu/);
});

test('every word must match, case and diacritics folded', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'de.txt'), 'Treffen in Minsk\n\nPräsident Lukaschénko empfing die Delegation.\n');
  fs.writeFileSync(path.join(dir, 'en.txt'), 'Talks in Minsk\n\nThe delegation met the minister.\n');
  await library.import([dir]);
  assert.equal(library.search.query('lukaschenko', 10, 0).total, 1);
  assert.equal(library.search.query('PRASIDENT', 10, 0).total, 1);
  assert.equal(library.search.query('minsk delegation', 10, 0).total, 2);
  assert.equal(library.search.query('minsk minister', 10, 0).total, 1);
});

test('pages of hits are stable and do not overlap', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const all = library.search.query('Belarus', 50, 0);
  const first = library.search.query('Belarus', 2, 0).rows.map((h) => h.id);
  const second = library.search.query('Belarus', 2, 2).rows.map((h) => h.id);
  assert.equal(all.total, 5);
  assert.deepEqual(
    [...first, ...second],
    all.rows.slice(0, 4).map((h) => h.id),
  );
});

test('no input, operators and FTS5 syntax included, raises an SQL error; counts agree with the list', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const fragments = fc.constantFrom(
    ...['"', '-', '*', '(', ')', '^', ':', '%', '_', "'", '\\', '\0', ' ', ' ', ' ', 'OR', 'AND', 'NOT', 'NEAR', 'xi', 'belarus', '习近平', '会'],
    ...['source:', 'source:xinhua', 'author:', 'lang:en', 'after:2025', 'before:2024-02', 'date:2023-08-17', 'date:2023-13', 'is:unread'],
    ...['is:starred', 'has:notes', 'person:xi', 'tag:', 'sort:', 'sort:title-asc', 'sort:relevance', 'sort:nope', 'foo:bar', '-is:read'],
  );
  const window = { limit: 8, contains: '' };
  const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
  fc.assert(
    fc.property(fc.array(fragments, { maxLength: 10 }), (parts) => {
      const query = parts.join('');
      const result = library.search.query(query, 100, 0);
      assert.equal(result.rows.length, result.total, query);
      assert.equal(library.facets.facets(query, windows).total, result.total, query);
    }),
    { numRuns: 500 },
  );
});
