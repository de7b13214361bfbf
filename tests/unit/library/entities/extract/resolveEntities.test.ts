import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('a name with bin or ibn is named again by its given name alone', () => {
  const text = 'Foreign Minister Faisal bin Farhan met the delegation on Monday. Later, Prince Faisal told reporters that the talks had gone well.';
  const people = extractEntities(text, 'en').entities.filter((e) => e.kind === 'person');
  assert.deepEqual(
    people.map((e) => [e.name, e.aliases]),
    [['Faisal bin Farhan', ['Faisal']]],
  );
  assert.equal(people[0]!.mentions.length, 2);
});
