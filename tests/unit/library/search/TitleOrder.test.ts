import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { StatementCache } from '../../../../electron/library/db/StatementCache';
import type { Library } from '../../../../electron/library/Library';
import { TitleOrder } from '../../../../electron/library/search/TitleOrder';
import { tempLibrary } from '../../helpers/tempLibrary';

/**
 * Titles whose order SQLite's NOCASE and UTF-8 comparison decide: case, punctuation between the upper and lower case
 * letters, accents, a fullwidth letter and an emoji (in the other order in UTF-16), digits, and equal titles.
 */
const TITLES = ['Zebra', 'apple', 'Apple', '[Bracket', '_under', 'Éclair', 'eclair', 'Ｚ fullwidth', '😀 grin', '10 ten', '9 nine', 'apple', 'mango'];

function add(library: Library, title: string): number {
  const body = `${title} in a body.`;
  const article = {
    title,
    published: null,
    source: null,
    author: null,
    dateline: null,
    language: 'en',
    url: null,
    tags: [],
    blocks: [{ kind: 'p' as const, text: body }],
  };
  const file = `/t/${title}-${Math.random()}.txt`;
  return library.articles.insert({ file, contentHash: file, article, body, wordCount: 3 }, new Date().toISOString());
}

const expected = (library: Library) => library.db.prepare('SELECT id FROM articles ORDER BY title COLLATE NOCASE, id').pluck().all() as number[];

/** Every article in the kept order, and how many times the whole order was read from SQLite so far. */
function orderOf(library: Library, order: TitleOrder, reads: () => string[]) {
  const all = Int32Array.from(expected(library));
  const ids = order.page(all, false, 0, all.length);
  assert.deepEqual(order.page(all, true, 0, all.length), [...ids].reverse(), 'Z to A is A to Z reversed');
  return { ids, reads: reads().filter((sql) => sql.includes('group_concat')).length };
}

test('after articles are added, retitled, rewritten and deleted, the patched order is the one SQLite sorts; another connection’s change reads it again', (t) => {
  const library = tempLibrary();
  // A spy: the statements are SQLite's own, their SQL recorded as asked for.
  const get = t.mock.method(StatementCache.prototype, 'get');
  const reads = () => get.mock.calls.map(({ arguments: [sql] }) => sql);
  const ids = TITLES.map((title) => add(library, title));
  const order = new TitleOrder(library.db);
  assert.deepEqual(orderOf(library, order, reads), { ids: expected(library), reads: 1 });

  const retitle = library.db.prepare('UPDATE articles SET title = ? WHERE id = ?');
  const steps: [string, () => void][] = [
    ['added', () => TITLES.slice(0, 4).forEach((title) => add(library, title.toUpperCase()))],
    ['retitled', () => retitle.run('aPPLE', ids[0])],
    ['retitled to the same place', () => retitle.run('Zebra!', ids[0])],
    ['rewritten, the title kept', () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text('Other words.') WHERE id = ?").run(ids[5])],
    ['deleted', () => library.db.prepare('DELETE FROM articles WHERE id IN (?, ?)').run(ids[1], ids[12])],
    [
      'all at once',
      () =>
        library.db.transaction(() => {
          add(library, 'Apple');
          retitle.run('😀', ids[2]);
          library.db.prepare('DELETE FROM articles WHERE id = ?').run(ids[3]);
        })(),
    ],
  ];
  for (const [what, change] of steps) {
    change();
    assert.deepEqual(orderOf(library, order, reads), { ids: expected(library), reads: 1 }, what);
  }

  const other = new Database(library.db.name);
  registerTextFunctions(other);
  other.prepare('UPDATE articles SET title = ? WHERE id = ?').run('0 first', ids[4]);
  other.close();
  assert.deepEqual(orderOf(library, order, reads), { ids: expected(library), reads: 2 }, 'changed by another connection');
});
