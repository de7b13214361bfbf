import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import { hiddenShelves, seesShelves } from '../../../../electron/common/query/shelves';

const STATES = [
  { archived: false, trashed: false },
  { archived: true, trashed: false },
  { archived: false, trashed: true },
  { archived: true, trashed: true },
];
/** Which of STATES a query shows: 'L' in the list, 'A' archived, 'T' trashed, 'AT' archived then trashed. */
const seen = (query: string) =>
  STATES.filter((s) => seesShelves(parseQuery(query).filters, s))
    .map((s) => (s.archived ? 'A' : '') + (s.trashed ? 'T' : '') || 'L')
    .join(' ');

test('a query shows the list alone unless its is: names the archive or the Trash', () => {
  assert.equal(seen(''), 'L');
  assert.equal(seen('tariff source:TASS is:unread'), 'L');
  assert.equal(seen('is:archived'), 'A');
  assert.equal(seen('is:trashed'), 'T AT');
  assert.equal(seen('is:trashed -is:archived'), 'T');
  assert.equal(seen('-is:archived'), 'L');
  assert.equal(seen('-is:trashed'), 'L A', 'everything but the Trash');
  assert.equal(seen('NOT is:trashed is:archived'), 'A');
  assert.equal(seen('is:archived -is:archived'), '');
  assert.deepEqual(hiddenShelves(parseQuery('is:starred').filters), { archived: true, trashed: true });
  assert.deepEqual(hiddenShelves(parseQuery('is:archived').filters), { archived: false, trashed: true });
  assert.deepEqual(hiddenShelves(parseQuery('is:trashed').filters), { archived: false, trashed: false });
});
