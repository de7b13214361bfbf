import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetWindow } from '../../../../electron/common/contract/facetsContract';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import { compileQuery, matchingIds } from '../../../../electron/library/query/compileQuery';
import { Exports } from '../../../../electron/library/export/Exports';
import type { Library } from '../../../../electron/library/Library';
import { awkwardLibrary } from '../../helpers/awkwardLibrary';
import { idsOf } from '../../helpers/searchLibrary';

const window: FacetWindow = { limit: 8, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
const facets = (library: Library, query: string) => library.facets.facets(query, windows);
const listed = (library: Library) => library.articles.list({ limit: 100, offset: 0 }).map((a) => a.id);
const annotationsOf = (library: Library, id: number) => ({
  highlights: library.annotations.highlights.forArticle(id),
  note: library.annotations.notes.get(id),
  tags: library.annotations.tags.forArticle(id),
});

test('archive and unarchive: out of the list, the search and the counts, back with is:archived, restorable', () => {
  const library = awkwardLibrary();
  assert.deepEqual(library.shelves.setArchived([1, 3], true), {
    changed: 2,
    articles: [
      { id: 1, archived: true, trashed: false },
      { id: 3, archived: true, trashed: false },
    ],
  });
  assert.equal(library.shelves.setArchived([1], true).changed, 0, 'already archived');
  assert.deepEqual(listed(library), [2]);
  assert.equal(library.articles.count(), 1);
  assert.deepEqual(idsOf(library, ''), [2]);
  assert.deepEqual(idsOf(library, 'is:archived').sort(), [1, 3]);
  assert.deepEqual(idsOf(library, 'is:archived has:highlights lang:zh'), [3]);
  assert.deepEqual(idsOf(library, '-is:archived'), [2]);
  assert.deepEqual(idsOf(library, '-is:trashed').sort(), [1, 2, 3], 'everything but the Trash');
  assert.equal(library.search.total('is:archived'), 2);

  const f = facets(library, '');
  assert.equal(f.total, 1);
  assert.deepEqual(f.library, { all: 1, unread: 1, starred: 0, notes: 1, archived: 2, trashed: 0 });
  assert.deepEqual(
    f.lists.tags.entries.map((e) => e.name),
    ['экономика'],
    'the tags of archived articles are not counted',
  );
  assert.equal(facets(library, 'is:archived').total, 2);
  assert.deepEqual(
    facets(library, 'is:archived')
      .lists.tags.entries.map((e) => e.name)
      .sort(),
    ['Economy', 'key point', 'long read', 'trade', '中国'],
  );

  const exports = new Exports(library);
  assert.deepEqual(exports.count({ kind: 'all' }), { articles: 3, highlights: 6 }, 'exporting everything keeps the archive');
  library.shelves.setTrashed([3], true);
  assert.deepEqual(exports.count({ kind: 'all' }), { articles: 2, highlights: 5 }, 'but not the Trash');
  assert.deepEqual(exports.count({ kind: 'query', query: '' }), { articles: 1, highlights: 2 }, 'a query exports what the list shows');
  library.shelves.setTrashed([3], false);

  assert.deepEqual(library.shelves.setArchived([3], false).articles, [{ id: 3, archived: false, trashed: false }]);
  assert.deepEqual(idsOf(library, 'sort:title-asc'), [2, 3]);
  assert.equal(facets(library, '').library.archived, 1);
});

test('delete moves to the Trash with every annotation; restore brings it back whole; only emptying destroys', () => {
  const library = awkwardLibrary();
  const before = [1, 2, 3].map((id) => annotationsOf(library, id));
  library.shelves.setArchived([3], true);
  assert.equal(library.shelves.setTrashed([1, 3], true).changed, 2);
  assert.deepEqual(listed(library), [2]);
  assert.deepEqual(idsOf(library, ''), [2]);
  assert.deepEqual(idsOf(library, 'is:archived'), [], 'an archived article deleted is in the Trash, not the archive');
  assert.deepEqual(idsOf(library, 'is:trashed').sort(), [1, 3], 'the Trash shows all it holds, archived or not');
  assert.deepEqual(idsOf(library, 'is:trashed -is:archived'), [1]);
  assert.deepEqual(idsOf(library, '-is:trashed'), [2]);
  assert.deepEqual(facets(library, '').library, { all: 1, unread: 1, starred: 0, notes: 1, archived: 0, trashed: 2 });
  assert.equal(facets(library, 'is:trashed').total, 2);

  const trash = library.shelves.trashed(10, 0);
  assert.equal(trash.total, 2);
  assert.deepEqual(
    trash.articles.map(({ id, archived, highlights, notes }) => ({ id, archived, highlights, notes })).sort((a, b) => a.id - b.id),
    [
      { id: 1, archived: false, highlights: 3, notes: 3 },
      { id: 3, archived: true, highlights: 1, notes: 1 },
    ],
  );
  assert.deepEqual(
    [1, 2, 3].map((id) => annotationsOf(library, id)),
    before,
    'nothing of theirs is touched',
  );

  assert.deepEqual(library.shelves.setTrashed([3], false).articles, [{ id: 3, archived: true, trashed: false }]);
  assert.deepEqual(idsOf(library, 'is:archived'), [3], 'restored to the archive it left');
  assert.deepEqual(annotationsOf(library, 3), before[2]);

  assert.deepEqual(library.shelves.emptyTrash(), { articles: 1, highlights: 3, notes: 3 });
  assert.equal(library.articles.get(1), undefined);
  assert.deepEqual(library.annotations.highlights.forArticle(1), []);
  assert.equal(library.annotations.notes.get(1), '');
  assert.equal(library.shelves.trashed(10, 0).total, 0);
  assert.deepEqual(
    [2, 3].map((id) => annotationsOf(library, id)),
    before.slice(1),
    'the rest is untouched',
  );
  assert.ok(!library.annotations.tags.list().some((t) => t.name === 'long read' && t.articles > 0));
  assert.deepEqual(library.shelves.emptyTrash(), { articles: 0, highlights: 0, notes: 0 });
});

test('the counts follow archive and delete in place, and after a change by another connection', () => {
  const library = awkwardLibrary();
  assert.equal(facets(library, '').library.all, 3);
  library.shelves.setTrashed([2], true);
  assert.deepEqual([facets(library, '').library.all, facets(library, '').library.trashed], [2, 1]);
  library.db.prepare("UPDATE articles SET archived_at = 'x' WHERE id = 1").run();
  assert.deepEqual([facets(library, '').library.all, facets(library, '').library.archived], [1, 1]);
  assert.equal(facets(library, '').total, library.search.query('', 10, 0).total);
});

test('leaving out what is put away reads only the partial index of the few, never every article', () => {
  const library = awkwardLibrary();
  const plan = (query: string) => {
    const { sql, params } = matchingIds(compileQuery(parseQuery(query)));
    return (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
  };
  // Words alone: the full-text index, and the ids put away.
  const words = plan('trade');
  assert.match(words, /articles_fts/);
  assert.match(words, /USING COVERING INDEX articles_put_away/);
  assert.doesNotMatch(words, /SCAN a$|SCAN a USING|SCAN articles$|SCAN articles USING (?!COVERING INDEX articles_put_away)/m);
  assert.match(plan('is:archived'), /USING COVERING INDEX articles_put_away/);
});
