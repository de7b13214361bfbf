import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Library } from '../../../electron/library/Library';
import type { FacetWindow } from '../../../electron/common/contract/facetsContract';

/** The search box's limit at the API boundary (contract.ts). */
export const MAX_QUERY_CHARS = 2000;
const MAX_MS_PER_QUERY = 1000;

// Operators, FTS5 syntax the parser must neutralise, SQL that must stay text, and values the operators do not expect.
const PIECES = [
  'source:',
  'author:',
  'lang:',
  'person:',
  'place:',
  'org:',
  'tag:',
  'color:',
  'after:',
  'before:',
  'date:',
  'is:',
  'has:',
  'sort:',
  '-',
  '"',
  '*',
  ' OR ',
  ' NOT ',
  ' AND ',
  'NEAR(',
  '(',
  ')',
  '^',
  '+',
  ':',
  "'",
  '{',
  '}',
  '2025-01',
  '2025-13-45',
  '2023',
  '9999-99',
  '0000',
  'xinhua',
  '"Xi Jinping"',
  '习近平',
  'é',
  'Минск',
  '%',
  '_',
  '\\',
  ';',
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  'relevance-asc',
  'published-desc',
  'unread',
  'starred',
  'highlights',
  'notes',
  'yellow',
  ' ',
  '  ',
  '\u0000',
  '\t',
  '\n',
  '@match',
  '$1',
  '?',
  'NULL',
  'sanctions',
  'tariff*',
  'trade-war',
  'rowid',
  'bm25(',
];

export const queryInput = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 }), {
    maxLength: 25,
  })
  .map((parts) => parts.join('').slice(0, MAX_QUERY_CHARS));

const window: FacetWindow = { limit: 8, contains: '' };
const WINDOWS = { sources: window, people: window, places: window, orgs: window, tags: window };

/**
 * Runs a query through everything that reads the query language, against a real library: the list, its count,
 * the filter pane and the highlights view. None may throw (an SQL error included), and they must agree on the count.
 */
export function checkQuery(library: Library, input: string): void {
  const started = performance.now();
  const page = library.search.query(input, 20, 0);
  assert.ok(page.rows.length <= 20 && page.total >= page.rows.length);
  assert.equal(library.search.total(input), page.total, 'the count of a saved view equals the list');
  assert.equal(library.facets.facets(input, WINDOWS).total, page.total, 'the filter pane counts what the list shows');
  const found = library.annotations.query.find({ query: input, colors: [], tags: [], text: input, orphaned: null, sort: 'created-desc', limit: 20, offset: 0 });
  assert.ok(found.highlights.length <= found.total);
  const ms = performance.now() - started;
  assert.ok(ms < MAX_MS_PER_QUERY, `${JSON.stringify(input)} took ${Math.round(ms)} ms`);
}

export function queryProperty(library: Library): fc.IProperty<unknown[]> {
  return fc.property(queryInput, (input) => checkQuery(library, input));
}

/** Gives a library's articles something for tag:, color: and has: to find: highlights of each colour, tags and a note. */
export function annotate(library: Library): Library {
  const { highlights, notes, tags } = library.annotations;
  const ids = library.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  (['yellow', 'red', 'green', 'blue', 'purple'] as const).forEach((color, i) =>
    highlights.create(
      ids[i % ids.length]!,
      { start: 0, end: 5 },
      { color, note: i % 2 ? `note ${i}` : '', tags: i % 2 ? ['Trade'] : ['Беларусь', 'trade-war'] },
    ),
  );
  notes.set(ids.at(-1)!, 'Follow up on potash.');
  tags.setForArticle(ids.at(-1)!, ['Trade', 'sanctions']);
  return library;
}
