import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
const ids = new Map<string, number>();
before(async () => {
  for (const r of await library.import([SEEDS])) ids.set(path.basename(r.file).slice(0, 3), r.id!);
});

const found = (query: string) => {
  const result = library.search.query(query, 50, 0);
  assert.deepEqual(result.hints, [], query);
  return result.rows.map((r) => r.id).sort((a, b) => a - b);
};
const seeds = (...prefixes: string[]) => prefixes.map((p) => ids.get(p)!).sort((a, b) => a - b);

test('person:, place: and org: find the articles that mention the entity, by name, alias or spelling', () => {
  assert.deepEqual(found('person:"Xi Jinping"'), seeds('000', '001', '002', '003', '004'));
  assert.deepEqual(found('person:"Viktor Khrenin"'), seeds('002'));
  assert.deepEqual(found('person:Lukaschenko'), seeds('000', '001', '002', '003', '004'));
  assert.deepEqual(found('place:tianjin'), seeds('001'));
  assert.deepEqual(found('org:"Shanghai Cooperation Organization"'), found('org:SCO'));
  assert.ok(found('org:"Shanghai Cooperation Organization"').includes(ids.get('000')!));
});

test('entity filters combine with each other, with text and with negation', () => {
  assert.deepEqual(found('person:"Cai Qi" person:"Xi Jinping"'), seeds('000'));
  assert.deepEqual(found('person:"Xi Jinping" -person:"Cai Qi" Khrenin'), seeds('002'));
  assert.deepEqual(found('person:"Nobody Atall"'), []);
});

test('the filter pane counts people, places and organisations over the query, equal to what choosing them lists', () => {
  const window = { limit: 50, contains: '' };
  const windows = { sources: window, people: window, places: window, orgs: window, tags: window };
  const all = library.facets.facets('', windows);
  const people = new Map(all.lists.people.entries.map((e) => [e.name, e.count]));
  assert.equal(people.get('Alexander Lukashenko'), 5);
  assert.equal(people.get('Xi Jinping'), 5);
  assert.ok(!people.has('President'));
  for (const [list, op] of [
    ['people', 'person'],
    ['places', 'place'],
    ['orgs', 'org'],
  ] as const) {
    for (const entry of all.lists[list].entries) {
      assert.equal(library.search.query(`${op}:"${entry.name}"`, 50, 0).total, entry.count, `${op}:${entry.name}`);
    }
  }
  const narrowed = library.facets.facets('person:"Cai Qi"', windows);
  assert.equal(narrowed.total, 1);
  assert.ok(narrowed.lists.people.entries.every((e) => e.count === 1));
  assert.deepEqual(
    library.facets.facets('', { ...windows, people: { limit: 5, contains: 'jin' } }).lists.people.entries.map((e) => e.name),
    ['Xi Jinping'],
  );
});
