import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FacetWindow } from '../../../../electron/common/contract/facetsContract';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import { compileQuery, whereAll } from '../../../../electron/library/query/compileQuery';
import type { Library } from '../../../../electron/library/Library';
import { tempLibrary } from '../../helpers/tempLibrary';

// Titles that differ only in case, tie exactly, or lie outside ASCII (which NOCASE does not fold); sources likewise.
const TITLES = ['apple', 'Apple', 'banana', 'Émile', 'émile', 'zebra', 'Zebra', '_under', 'ß', 'Apple', 'mango', 'Ärger'];
const SOURCES = ['Xinhua', 'xinhua', 'XINHUA', 'Reuters', null, 'Ä-Press', 'ä-press'];

/** 60 articles: every third says "alpha", every second "beta"; on eleven days, some undated; some read, starred, archived, trashed. */
function library(): Library {
  const lib = tempLibrary();
  for (let i = 0; i < 60; i++) {
    const body = ['gamma', ...(i % 3 === 0 ? ['alpha'] : []), ...(i % 2 === 0 ? ['beta'] : [])].join(' ');
    const article = {
      title: TITLES[i % TITLES.length]!,
      published: i % 9 === 4 ? null : `2024-03-${String(1 + (i % 11)).padStart(2, '0')}`,
      source: SOURCES[i % SOURCES.length] ?? null,
      author: null,
      dateline: null,
      language: null,
    };
    lib.articles.insert(
      {
        file: `/m/${i}.txt`,
        contentHash: `h${i}`,
        article: { ...article, url: null, tags: [], blocks: [{ kind: 'p' as const, text: body }] },
        body,
        wordCount: 3,
      },
      new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    );
  }
  lib.reading.setRead([1, 2, 3, 5, 8, 13, 21, 34, 55], true);
  lib.reading.setStarred([2, 4, 6, 30], true);
  lib.shelves.setArchived([6, 7, 12], true);
  lib.shelves.setTrashed([9, 12, 18], true);
  return lib;
}

const QUERIES = [
  '',
  'alpha',
  'alpha OR beta',
  'gamma -beta',
  'source:xinhua',
  'source:xinhua source:reuters beta',
  '-source:XINHUA alpha',
  'source:ä-press',
  'source:Ä-press',
  'is:unread alpha OR beta',
  'is:read',
  '-is:read beta',
  'is:starred',
  'is:archived',
  'is:trashed alpha',
  '-is:trashed',
  'is:archived -is:starred source:xinhua',
  'after:2024-03-05 before:2024-03-09',
  'date:2024-03 alpha',
  '-after:2024-03-07 beta',
  'after:2024-03-06 is:unread source:reuters',
];

/** The query's ids in plain SQL, in title order. */
function expected(lib: Library, query: string, direction: 'ASC' | 'DESC'): number[] {
  const { sql, params } = whereAll(compileQuery(parseQuery(query)));
  return lib.db
    .prepare(`SELECT a.id FROM articles a WHERE ${sql} ORDER BY a.title COLLATE NOCASE ${direction}, a.id ${direction}`)
    .pluck()
    .all(...params) as number[];
}

/** The query's ids in plain SQL, best first. */
function bestFirst(lib: Library, query: string, match: string): number[] {
  const { sql, params } = whereAll(compileQuery(parseQuery(query)));
  return lib.db
    .prepare(
      `SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.id AND articles_fts MATCH ? WHERE ${sql} ORDER BY bm25(articles_fts, 1, 10), a.id DESC`,
    )
    .pluck()
    .all(match, ...params) as number[];
}

const window: FacetWindow = { limit: 50, contains: '' };
const windows = { sources: window, people: window, places: window, orgs: window, tags: window };

/** Every page of 7, the totals, the pane's total and its sources' counts, against plain SQL. */
function check(lib: Library, when: string) {
  // The pane builds the snapshot the list's in-memory answers need: without it, the list asks SQL.
  lib.facets.facets('', windows);
  for (const query of QUERIES) {
    for (const [sort, direction] of [
      ['sort:title', 'ASC'],
      ['sort:title-desc', 'DESC'],
    ] as const) {
      const ids = expected(lib, query, direction);
      const input = `${query} ${sort}`;
      for (let offset = 0; offset <= ids.length; offset += 7) {
        const page = lib.search.query(input, 7, offset);
        assert.deepEqual(
          page.rows.map((r) => r.id),
          ids.slice(offset, offset + 7),
          `${when}: ${input} from ${offset}`,
        );
        assert.equal(page.total, ids.length, `${when}: ${input} total`);
      }
    }
    const all = expected(lib, query, 'ASC');
    const ranked = lib.search.query(query, 100, 0);
    assert.equal(ranked.total, all.length, `${when}: ${query} ranked total`);
    const { match } = parseQuery(query);
    if (match !== null)
      assert.deepEqual(
        ranked.rows.map((r) => r.id),
        bestFirst(lib, query, match),
        `${when}: ${query} ranked`,
      );
    const facets = lib.facets.facets(query, windows);
    assert.equal(facets.total, all.length, `${when}: ${query} pane total`);
    const sources = lib.db
      .prepare(
        // Each named by its first spelling in the whole library, counted without the query's own sources.
        `SELECT (SELECT min(b.source) FROM articles b WHERE b.source = a.source COLLATE NOCASE) AS name, count(*) AS count FROM articles a
          WHERE a.id IN (${expected(lib, query.replace(/-?source:\S+/g, ''), 'ASC').join(',')}) AND a.source IS NOT NULL
          GROUP BY a.source COLLATE NOCASE ORDER BY count DESC, name COLLATE NOCASE, name`,
      )
      .all();
    assert.deepEqual(facets.lists.sources.entries, sources, `${when}: ${query} sources`);
  }
}

test('title-sorted pages and counts found in memory are those plain SQL gives, after read marks and text changes too', () => {
  const lib = library();
  check(lib, 'first');
  lib.reading.setRead([4, 10, 40], true);
  lib.reading.setRead([1, 55], false);
  lib.reading.setStarred([30], false);
  check(lib, 'after read marks');
  // A title changed, a word added to a text: the kept title order and the words' matches no longer hold.
  lib.db.prepare("UPDATE articles SET title = 'Aardvark', body_deflated = deflate_text(body || ' alpha') WHERE id = 50").run();
  check(lib, 'after a change of title and text');
  // Changed behind the snapshot's back, as by another process: the list is answered by SQL until the pane builds it again.
  lib.db.prepare("UPDATE articles SET source = 'Reuters', read_at = '2026-01-02' WHERE id = 1").run();
  for (const query of ['source:reuters', 'is:read', 'alpha is:read'])
    assert.equal(lib.search.query(query, 100, 0).total, expected(lib, query, 'ASC').length, `behind its back: ${query}`);
});
