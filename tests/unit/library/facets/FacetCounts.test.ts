import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetWindow } from '../../../../electron/common/contract/facetsContract';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { liveFacetSnapshot } from '../../../../electron/library/facets/LiveFacetSnapshot';
import { addOperator } from '../../../../electron/common/query/queryEdit';
import { knownLibrary } from '../../helpers/searchLibrary';

const library = knownLibrary();
const window: FacetWindow = { limit: 8, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
const facets = (query: string, sources = window) => library.facets.facets(query, { ...windows, sources });
const total = (query: string) => library.search.query(query, 1, 0).total;

const QUERIES = [
  '',
  'tariff*',
  'sanctions OR lukashenko',
  'lang:en',
  '-source:xinhua',
  'date:2023',
  'after:2024 is:unread',
  '习近平 OR potash',
  'nothing-matches',
];

test('the pane counts equal the list: the total, All, and the sources with the unsourced', () => {
  for (const query of QUERIES) {
    const f = facets(query);
    const n = total(query);
    assert.equal(f.total, n, query);
    if (!/is:/.test(query)) assert.equal(f.library.all, n, query);
    const sourced = f.lists.sources.entries.reduce((sum, e) => sum + e.count, 0);
    if (!/source:/.test(query)) assert.equal(sourced + total(`${query} -source:xinhua -source:tass -source:dw -source:belta`), n, query);
    if (!/date:|after:/.test(query)) assert.equal(f.dates.buckets.reduce((sum, b) => sum + b.count, 0) + f.dates.undated, n, query);
  }
});

test('each entry counts what clicking it shows', () => {
  for (const query of QUERIES) {
    const f = facets(query);
    for (const { name, count } of f.lists.sources.entries) {
      const clicked = addOperator(query, { name: 'source', value: name });
      assert.equal(count, total(clicked), clicked);
    }
    const base = query.replace(/-?is:\w+/g, '');
    assert.equal(f.library.unread, total(`${base} is:unread`), query);
    assert.equal(f.library.starred, total(`${base} is:starred`), query);
  }
});

test('a section counts as if its own choice were not made, so the others stay visible', () => {
  const chosen = facets('source:xinhua');
  assert.equal(chosen.total, 2);
  assert.deepEqual(
    chosen.lists.sources.entries.map((e) => [e.name, e.count]),
    [
      ['Xinhua', 2],
      ['BelTA', 1],
      ['DW', 1],
      ['TASS', 1],
    ],
    'names that differ only in case are one source',
  );
  const unread = facets('is:unread');
  assert.deepEqual(unread.library, { all: 6, unread: 4, starred: 1, notes: 0, archived: 0, trashed: 0 });
  assert.equal(unread.total, 4);
  const dated = facets('date:2023');
  assert.equal(dated.total, 2);
  assert.equal(
    dated.dates.buckets.reduce((sum, b) => sum + b.count, 0),
    5,
  );
});

test('the dates are a gapless histogram by month, or by year over a wide range', () => {
  const narrow = facets('after:2025');
  assert.equal(narrow.dates.unit, 'month', 'the date filter is left out, but the range 2023-08..2025-09 is 26 months');
  assert.equal(narrow.dates.buckets.length, 26);
  assert.deepEqual(narrow.dates.buckets[0], { name: '2023-08', count: 1 });
  assert.deepEqual(narrow.dates.buckets.at(-1), { name: '2025-09', count: 1 });
  assert.equal(narrow.dates.undated, 1);
  library.db.prepare("UPDATE articles SET published = '2019-03-01' WHERE id = 5").run();
  try {
    const wide = facets('');
    assert.equal(wide.dates.unit, 'year');
    assert.deepEqual(wide.dates.buckets, [
      { name: '2019', count: 1 },
      { name: '2020', count: 0 },
      { name: '2021', count: 0 },
      { name: '2022', count: 0 },
      { name: '2023', count: 2 },
      { name: '2024', count: 1 },
      { name: '2025', count: 2 },
    ]);
    assert.equal(wide.dates.undated, 0);
  } finally {
    library.db.prepare('UPDATE articles SET published = NULL WHERE id = 5').run();
  }
});

test('a list shows its top entries, says when there are more, and filters by a name fragment', () => {
  const top = facets('', { limit: 2, contains: '' });
  assert.deepEqual(
    top.lists.sources.entries.map((e) => e.name),
    ['Xinhua', 'BelTA'],
  );
  assert.equal(top.lists.sources.more, true);
  assert.equal(facets('', { limit: 4, contains: '' }).lists.sources.more, false);
  assert.deepEqual(
    facets('', { limit: 8, contains: 'T' }).lists.sources.entries.map((e) => e.name),
    ['BelTA', 'TASS'],
  );
});

test('a library without tags lists none, and hints are passed on', () => {
  const f = facets('tag:xi foo:bar lang:123');
  assert.deepEqual(f.lists.tags, { entries: [], more: false });
  assert.equal(f.total, 0);
  assert.deepEqual(f.hints, ['unknown operator "foo:" read as text', 'lang: expects a language code like ru']);
});

test('marking read or starred changes the counts in place, a change to what they count rebuilds them, and nothing else does', () => {
  const live = liveFacetSnapshot(library.db);
  const before = facets('').library;
  const snapshot = live.get();
  library.reading.setStarred([5], true);
  library.reading.setRead([5], true);
  assert.equal(live.get(), snapshot, 'not rebuilt');
  assert.deepEqual(facets('').library, { ...before, starred: before.starred + 1, unread: before.unread - 1 });
  assert.equal(facets('').library.unread, total('is:unread'));
  library.reading.setStarred([5], false);
  library.reading.setRead([5], false);
  assert.deepEqual(facets('').library, before);
  library.setSetting('view.query', 'tariff*');
  library.views.save('Tariffs', 'tariff*');
  assert.equal(live.get(), snapshot, 'the current query and saved searches are not counted');

  library.db.prepare("UPDATE articles SET source = 'DW' WHERE id = 5").run();
  try {
    assert.notEqual(live.get(), snapshot, 'rebuilt');
    assert.equal(facets('').lists.sources.entries.find((e) => e.name === 'DW')?.count, 2);
  } finally {
    library.db.prepare('UPDATE articles SET source = NULL WHERE id = 5').run();
  }
});

test('counts asked again after another connection changed the library are counted again', async () => {
  const before = facets('tariff*');
  const id = library.search.query('tariff*', 1, 0).rows[0]!.id;
  const source = library.db.prepare('SELECT source FROM articles WHERE id = ?').pluck().get(id);
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(library.db.name);
  // Every connection to a library reads articles through these (openDatabase), and writes them too.
  registerTextFunctions(other);
  try {
    other.prepare("UPDATE articles SET source = 'Elsewhere' WHERE id = ?").run(id);
    assert.equal(facets('tariff*').lists.sources.entries.find((e) => e.name === 'Elsewhere')?.count, 1);
  } finally {
    other.prepare('UPDATE articles SET source = ? WHERE id = ?').run(source, id);
    other.close();
  }
  assert.deepEqual(facets('tariff*'), before);
});
