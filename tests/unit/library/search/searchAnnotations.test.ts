import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { addOperator } from '../../../../electron/common/query/queryEdit';
import { knownLibrary } from '../../helpers/searchLibrary';

const library = knownLibrary();
const NOW = '2026-01-01T00:00:00.000Z';
// Written with plain SQL, as the annotation store would: tags on articles 1 and 6, highlights on 2, 3, 5 and 6
// (the one on 2 orphaned), a note on article 4 and one on the highlight in 6.
library.db.exec(`
  INSERT INTO tags (id, name, created_at) VALUES (1, 'Trade', '${NOW}'), (2, 'belarus', '${NOW}'), (3, 'Sanctions list', '${NOW}'), (4, 'unused', '${NOW}');
  INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (6, 2);
  INSERT INTO highlights (id, uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at) VALUES
    (1, 'u1', 5, 'Tariffs', '', ' and', 0, 7, 'yellow', '', '${NOW}', '${NOW}'),
    (2, 'u2', 6, 'potash', 'on ', '.', 54, 60, 'red', 'check this', '${NOW}', '${NOW}'),
    (3, 'u3', 2, 'Встреча', '', ' прошла', NULL, NULL, 'yellow', '', '${NOW}', '${NOW}'),
    (4, 'u4', 3, 'Handel', 'über ', '.', 45, 51, 'blue', '', '${NOW}', '${NOW}'),
    (5, 'u5', 5, 'sanctions', 'and ', ' were', 12, 21, 'yellow', '', '${NOW}', '${NOW}');
  INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (1, 1), (4, 3), (5, 1);
  INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (4, 'Follow up', '${NOW}', '${NOW}');
`);

const window = { limit: 8, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
const found = (query: string) => {
  const result = library.search.query(query, 50, 0);
  return { ids: result.rows.map((r) => r.id).sort((a, b) => a - b), total: result.total, hints: result.hints };
};

const cases: [string, number[]][] = [
  ['tag:trade', [1, 5]],
  ['tag:TRADE', [1, 5]],
  ['tag:#Trade', [1, 5]],
  ['tag:"sanctions  list"', [3]],
  ['tag:belarus', [6]],
  ['tag:unused', []],
  ['tag:nowhere', []],
  ['-tag:trade', [2, 3, 4, 6]],
  ['tag:trade tag:belarus', []],
  ['has:highlights', [2, 3, 5, 6]],
  ['-has:highlights', [1, 4]],
  ['has:notes', [4, 6]],
  ['-has:notes', [1, 2, 3, 5]],
  ['color:yellow', [2, 5]],
  ['color:RED', [6]],
  ['color:blue', [3]],
  ['color:green', []],
  ['-color:yellow', [1, 3, 4, 6]],
  ['tag:trade color:yellow', [5]],
  ['has:highlights is:unread', [2, 5, 6]],
  ['trade has:highlights', [5]],
  ['tariff* has:notes', [6]],
];

for (const [query, expected] of cases) {
  test(`${JSON.stringify(query)} finds ${JSON.stringify(expected)}`, () => {
    const result = found(query);
    assert.deepEqual(result.ids, expected);
    assert.equal(result.total, expected.length);
    assert.deepEqual(result.hints, []);
  });
}

test('an unknown colour is read as text with a hint naming the colours', () => {
  const result = found('color:orange');
  assert.deepEqual(result.hints, ['color: expects yellow, red, green, blue or purple']);
  assert.deepEqual(result.ids, []);
  assert.deepEqual(found('tag:"#"').hints, ['A tag needs a name; "#" has none.']);
});

test('rows carry their highlight and note counts', () => {
  const rows = new Map(library.search.query('', 10, 0).rows.map((r) => [r.id, [r.highlights, r.notes]]));
  assert.deepEqual(Object.fromEntries(rows), { 1: [0, 0], 2: [1, 0], 3: [1, 0], 4: [0, 1], 5: [2, 0], 6: [1, 1] });
  const ranked = library.search.query('potash', 10, 0).rows;
  assert.deepEqual(
    ranked.map((r) => [r.id, r.highlights, r.notes]),
    [[6, 1, 1]],
  );
});

test('the pane lists tags by how many matching articles carry them, and every count equals what clicking it lists', () => {
  const all = library.facets.facets('', windows);
  assert.deepEqual(all.lists.tags.entries, [
    { name: 'Trade', count: 2 },
    { name: 'belarus', count: 1 },
    { name: 'Sanctions list', count: 1 },
  ]);
  assert.equal(all.library.notes, 2);
  for (const query of ['', 'lang:en', 'tariff* OR sanctions', 'has:highlights', 'color:yellow', 'tag:trade', '-tag:belarus', 'is:unread has:notes']) {
    const f = library.facets.facets(query, windows);
    assert.equal(f.total, found(query).total, query);
    for (const { name, count } of f.lists.tags.entries)
      assert.equal(count, found(addOperator(query, { name: 'tag', value: name })).total, `${query} + ${name}`);
    const base = query.replace(/-?(is|has):\w+/g, '');
    assert.equal(f.library.notes, found(`${base} has:notes`).total, query);
  }
});

test('counts follow changes: from this connection, from the reading state, and from another process', () => {
  const notes = () => library.facets.facets('', windows).library.notes;
  assert.equal(notes(), 2);
  library.db.prepare(`INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (1, 'Read again', '${NOW}', '${NOW}')`).run();
  assert.equal(notes(), 3);

  const unread = () => library.facets.facets('', windows).library.unread;
  const before = unread();
  library.reading.setRead([2, 4], true);
  assert.equal(unread(), before - 2);
  library.reading.setRead([2], false);
  assert.equal(unread(), before - 1);
  assert.equal(unread(), found('is:unread').total);

  const other = new Database(library.file);
  try {
    other.prepare('DELETE FROM article_notes WHERE article_id = 1').run();
  } finally {
    other.close();
  }
  assert.equal(notes(), 2);
});
