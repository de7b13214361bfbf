import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { FacetWindow } from '../../../../electron/common/contract/facetsContract';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
before(() => library.import([SEEDS]));

const LISTS = { person: 'people', place: 'places', org: 'orgs' } as const;

/** Each entity list as SQL orders it: most articles first, then by name without case. */
function sqlOrder(kind: keyof typeof LISTS, matching: string): { name: string; count: number }[] {
  return library.db
    .prepare(
      `SELECT e.name, count(*) AS count FROM article_entities x JOIN entities e ON e.id = x.entity_id
        WHERE e.kind = ? AND e.hidden = 0 AND x.article_id IN (${matching})
        GROUP BY x.entity_id ORDER BY count DESC, e.name COLLATE NOCASE, e.name`,
    )
    .all(kind) as { name: string; count: number }[];
}

test('each window of an entity list is the first entries of the order SQL gives', () => {
  for (const [query, matching] of [
    ['', 'SELECT id FROM articles'],
    ['belarus', "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'belarus'"],
  ] as const) {
    for (const [kind, list] of Object.entries(LISTS) as [keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]][]) {
      const all = sqlOrder(kind, matching);
      assert.ok(all.length > 2, `${kind}: several`);
      for (let limit = 0; limit <= all.length + 1; limit++) {
        const window: FacetWindow = { limit, contains: '' };
        const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
        assert.deepEqual(
          library.facets.facets(query, windows).lists[list],
          { entries: all.slice(0, limit), more: all.length > limit },
          `${query} ${kind} ${limit}`,
        );
      }
    }
  }
});
