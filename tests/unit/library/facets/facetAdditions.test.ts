import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import type { FacetSnapshot } from '../../../../electron/library/facets/facetSnapshot';
import { LiveFacetSnapshot, liveFacetSnapshot } from '../../../../electron/library/facets/LiveFacetSnapshot';
import { knownLibrary } from '../../helpers/searchLibrary';
import { tempDir } from '../../helpers/tempLibrary';

const library = knownLibrary();
const live = liveFacetSnapshot(library.db);
let n = 0;

/** An article as the import writes it, but for its fields, which are given. */
function insert(fields: { source?: string; published?: string }): number {
  const body = 'Trade talks went on.';
  const article = { title: `Added ${++n}`, published: fields.published ?? null, source: fields.source ?? null, author: null, dateline: null, language: 'en' };
  return library.articles.insert(
    {
      file: `/added/${n}.txt`,
      contentHash: `added${n}`,
      article: { ...article, url: null, tags: [], blocks: [{ kind: 'p', text: body }] },
      body,
      wordCount: 4,
    },
    new Date().toISOString(),
  );
}

/** A snapshot's values, each group's ids in order: the order within a group is not counted on. */
const values = (s: FacetSnapshot) => {
  const groups = (list: { name: string; ids: Int32Array }[]) => list.map((g) => [g.name, [...g.ids].sort((a, b) => a - b)]);
  return {
    ...s,
    flags: [...s.flags],
    ids: [...s.ids],
    undated: [...s.undated].sort((a, b) => a - b),
    sources: groups(s.sources),
    days: groups(s.days),
    tags: groups(s.tags),
    entities: Object.fromEntries(Object.entries(s.entities).map(([kind, list]) => [kind, groups(list)])),
  };
};

/** The snapshot kept (added to, or rebuilt) against one built from the library now, and the source counts against plain SQL. */
function check(what: string, rebuilt: boolean) {
  const before = live.get();
  assert.equal(live.get() === before, true);
  return (after: FacetSnapshot) => {
    assert.equal(after !== before, rebuilt, `${what}: ${rebuilt ? 'rebuilt' : 'added to'}`);
    assert.deepEqual(values(after), values(new LiveFacetSnapshot(library.db).get()), what);
    const sql = library.db
      .prepare('SELECT min(source), count(*) FROM articles WHERE source IS NOT NULL GROUP BY source COLLATE NOCASE ORDER BY source COLLATE NOCASE')
      .raw()
      .all();
    assert.deepEqual(
      after.sources.map((g) => [g.name, g.ids.length]),
      sql,
      what,
    );
  };
}

test('new articles are added to the counts, as a rebuild would count them; any other change rebuilds them', async () => {
  const steps: [string, boolean, () => unknown][] = [
    ['a new source, month and id', false, () => insert({ source: 'Reuters', published: '2026-02-01' })],
    ['a known source in another case, a known month', false, () => insert({ source: 'TASS', published: '2025-06-30' })],
    ['a spelling that sorts first names the source', false, () => insert({ source: 'BELTA', published: '2019-05-05' })],
    ['undated and unsourced, twice', false, () => [insert({}), insert({ source: 'AAA' })]],
    [
      'imported with the people and places found in it',
      false,
      async () => {
        const dir = tempDir();
        fs.writeFileSync(
          path.join(dir, 'a.md'),
          '---\ntitle: "Talks in Minsk"\nsource: DW\ndate: 2025-09-10\n---\n\nPresident Alexander Lukashenko met Chancellor Olaf Scholz in Minsk and Berlin on Tuesday.\n',
        );
        await library.import([dir]);
      },
    ],
    ['read, then another article', false, () => (library.reading.setRead([2], true), insert({ source: 'DW' }))],
    ['a tag', true, () => library.annotations.tags.setForArticle(1, ['trade'])],
    ['an article deleted', true, () => library.db.prepare('DELETE FROM articles WHERE id = 2').run()],
  ];
  for (const [what, rebuilt, change] of steps) {
    const compare = check(what, rebuilt);
    await change();
    compare(live.get());
  }
  assert.ok(live.get().entities.person.length > 0, 'the import found people');
});

test('a change by another connection rebuilds the counts', async () => {
  const before = live.get();
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(library.db.name);
  registerTextFunctions(other);
  other.prepare("UPDATE articles SET source = 'Elsewhere' WHERE id = 1").run();
  other.close();
  const after = live.get();
  assert.notEqual(after, before);
  assert.deepEqual(values(after), values(new LiveFacetSnapshot(library.db).get()));
});
