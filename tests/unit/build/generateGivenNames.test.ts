import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { GENERATED_GIVEN_NAMES_FILE, generateGivenNames } from '../../../build/scripts/generateGivenNames';
import { extractEntities } from '../../../electron/library/entities/extract/extractEntities';
import { GIVEN_NAMES } from '../../../electron/library/entities/extract/gazetteer/generatedGivenNames';

const given = new Set(GIVEN_NAMES.split(/\s+/));

test('the committed given-name table is exactly what the generator writes from the installed data sets (run `npm run names` after changing either)', () => {
  assert.equal(fs.readFileSync(GENERATED_GIVEN_NAMES_FILE, 'utf8'), generateGivenNames());
});

test('ordinary words and the names of places are no given names', () => {
  for (const name of ['nadia', 'tobias', 'helga', 'brigid']) assert.ok(given.has(name), name);
  for (const word of ['will', 'mark', 'grace', 'hope', 'georgia']) assert.ok(!given.has(word), word);
});

test('a given name nobody listed in the hand list starts a person, in English and German', () => {
  const people = (text: string, language: string): string[] =>
    extractEntities(text, language)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);
  assert.deepEqual(people('The award went to Nadia Kowalczuk, ahead of Tobias Lindqvist. Librarian Helga Brandt-Oyelaran runs the branch.', 'en'), [
    'Nadia Kowalczuk',
    'Tobias Lindqvist',
    'Helga Brandt-Oyelaran',
  ]);
  assert.deepEqual(people('Die Jury lobte die Regisseurin Helga Brandt-Oyelaran und ihren Kollegen Tobias Lindqvist.', 'de'), [
    'Helga Brandt-Oyelaran',
    'Tobias Lindqvist',
  ]);
});
