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

test('after marking read, archiving, and changes to the text, the counts of a word are those SQL gives', () => {
  const all: FacetWindow = { limit: 1000, contains: '' };
  const windows = { sources: all, people: all, places: all, orgs: all, tags: all };
  const listed = 'a.archived_at IS NULL AND a.trashed_at IS NULL';
  const check = (when: string) => {
    for (const [query, unread] of [
      ['minsk', ''],
      ['minsk is:unread', ' AND a.read_at IS NULL'],
    ] as const) {
      const matching = `SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.id AND articles_fts MATCH 'minsk' WHERE ${listed}${unread}`;
      const f = library.facets.facets(query, windows);
      assert.equal(f.total, library.db.prepare(`SELECT count(*) FROM (${matching})`).pluck().get(), `${when}: ${query}`);
      for (const [kind, list] of Object.entries(LISTS) as [keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]][]) {
        assert.deepEqual(f.lists[list].entries, sqlOrder(kind, matching), `${when}: ${query} ${kind}`);
      }
    }
  };
  const ids = library.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  const [withWord, other] = [
    library.db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minsk' ORDER BY rowid").pluck().get() as number,
    library.db.prepare("SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minsk')").pluck().get() as number,
  ];
  check('first');
  for (const [when, change] of [
    ['read', () => library.reading.setRead([withWord], true)],
    ['archived', () => library.shelves.setArchived([ids.find((id) => id !== withWord && id !== other)!], true)],
    ['the word added to a text', () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' Minsk') WHERE id = ?").run(other)],
    ['unread', () => library.reading.setRead([withWord], false)],
    [
      'the word taken from a text',
      () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text(replace(body, 'Minsk', 'Vitebsk')) WHERE id = ?").run(other),
    ],
  ] as const) {
    change();
    check(when);
  }
});
