import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SEEDS, tempDir, tempLibrary } from './helpers/tempLibrary';

test('search finds words in the body, ranks title matches first, and marks the matches in the snippet', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const { total, hits } = library.search.search('Khrenin', 10, 0);
  assert.equal(total, 1);
  const [hit] = hits;
  assert.match(hit!.title, /Li Shangfu/);
  assert.ok(hit!.marks.length > 0);
  for (const [start, end] of hit!.marks) assert.equal(hit!.snippet.slice(start, end).toLowerCase(), 'khrenin');
  assert.ok(!/[\uE000\uE001\n]/.test(hit!.snippet));

  const titled = library.search.search('Defense Minister', 10, 0);
  assert.match(titled.hits[0]!.title, /Defense Minister Li Shangfu/);
});

test('every word must match, case and diacritics folded', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'de.txt'), 'Treffen in Minsk\n\nPräsident Lukaschénko empfing die Delegation.\n');
  fs.writeFileSync(path.join(dir, 'en.txt'), 'Talks in Minsk\n\nThe delegation met the minister.\n');
  await library.import([dir]);
  assert.equal(library.search.search('lukaschenko', 10, 0).total, 1);
  assert.equal(library.search.search('PRASIDENT', 10, 0).total, 1);
  assert.equal(library.search.search('minsk delegation', 10, 0).total, 2);
  assert.equal(library.search.search('minsk minister', 10, 0).total, 1);
});

test('FTS5 syntax in the query is read as words, never as an error', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  for (const q of ['"unbalanced', 'NEAR(', 'title:china', '*', '-', 'AND OR NOT', '()', '^xi', '{ }']) {
    assert.doesNotThrow(() => library.search.search(q, 10, 0), q);
  }
  assert.equal(library.search.search('   ', 10, 0).total, 0);
});

test('pages of hits are stable and do not overlap', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const all = library.search.search('Belarus', 50, 0);
  const first = library.search.search('Belarus', 2, 0).hits.map((h) => h.id);
  const second = library.search.search('Belarus', 2, 2).hits.map((h) => h.id);
  assert.equal(all.total, 5);
  assert.deepEqual([...first, ...second], all.hits.slice(0, 4).map((h) => h.id));
});
