import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityKey, extractEntities } from '../../../../../../electron/library/entities/extract/extractEntities';
import { foldName } from '../../../../../../electron/library/entities/extract/entityKey';
import { PLACES } from '../../../../../../electron/library/entities/extract/gazetteer/places';

const places = (text: string, language: string | null = 'en'): string[] =>
  extractEntities(text, language)
    .entities.filter((e) => e.kind === 'place')
    .map((e) => e.name);

test('countries and cities nobody listed by hand are found, their names shown with diacritics', () => {
  const text =
    'Port officials from Chile and Kenya met in Valparaíso on Tuesday. They discussed container traffic with Mombasa and Durban, and flights to Brasília.';
  assert.deepEqual(places(text), ['Chile', 'Kenya', 'Valparaíso', 'Mombasa', 'Durban', 'Brasília']);
  assert.deepEqual(places('Die Delegation reiste weiter nach Valparaíso und São Paulo.', 'de'), ['Valparaíso', 'São Paulo']);
});

test('diacritics are folded for keys: a name written with or without them is one place', () => {
  assert.equal(entityKey('place', 'Valparaiso'), entityKey('place', 'Valparaíso'));
  assert.equal(entityKey('place', 'Valparaíso'), 'place:valparaiso');
  assert.equal(entityKey('place', 'Zurich'), entityKey('place', 'Zürich'));
});

test('Russian, German and Chinese names of a city are one place with its English name', () => {
  const key = (name: string): string => entityKey('place', name);
  assert.equal(key('明斯克'), key('Minsk'));
  assert.equal(key('Минск'), key('Minsk'));
  assert.equal(key('Йоханнесбург'), key('Johannesburg'));
  assert.equal(key('约翰内斯堡'), key('Johannesburg'));
  assert.equal(key('Сантьяго'), key('Santiago'));
  assert.equal(key('圣地亚哥'), key('Santiago'));
  assert.equal(key('Moskau'), key('Moscow'));
  assert.equal(key('智利'), key('Chile'));
  const ru = extractEntities('Делегация прилетела в Сантьяго, а затем в Йоханнесбург.', 'ru').entities;
  assert.deepEqual(
    ru.map((e) => [e.name, e.key]),
    [
      ['Santiago', key('Santiago')],
      ['Johannesburg', key('Johannesburg')],
    ],
  );
});

test('Russian names are found in their cases; a short stem that is also an ordinary word is no place where a sentence begins', () => {
  const text = 'Официальные лица Чили и Кении встретились в Сантьяго. Газ подорожал. Того же мнения эксперты из Дании. В секторе Газа спокойно.';
  assert.deepEqual(places(text, 'ru'), ['Chile', 'Kenya', 'Santiago', 'Denmark', 'Gaza']);
  assert.equal(entityKey('place', 'Чили'), entityKey('place', 'Chile'));
});

test('a city named like an ordinary word, used as one, is no place', () => {
  assert.deepEqual(places('Mobile phones are Nice to have. Reading the report took an hour, and the Bath was cold after the Split.'), []);
  assert.deepEqual(places('Nice work. Mobile banking grew. Reading is fun.'), []);
});

test('a one-word city inside another name, or after an article, is no place; standing alone it is', () => {
  // "Jersey" in "New Jersey" is not the island: the state is found whole.
  assert.deepEqual(places('Florence Nightingale met Santiago Peña and Michael Jordan in New Jersey.'), ['New Jersey']);
  assert.deepEqual(places('Das Essen war gut, und beim Essen sprach man über Politik.', 'de'), []);
  assert.deepEqual(places('Die Messe in Essen beginnt am Montag.', 'de'), ['Essen']);
  assert.deepEqual(places('Doris said she would stay.'), []);
  // German capitalises every noun: a noun beside a city says nothing, a given name before it still does.
  assert.deepEqual(places('Am Montag trafen sich in Durban Vertreter der Hafenstadt Mombasa.', 'de'), ['Durban', 'Mombasa']);
  assert.deepEqual(places('Der Regisseur Michael Jordan kam nicht.', 'de'), []);
  assert.deepEqual(places('Officials in Florence and Santiago agreed.'), ['Florence', 'Santiago']);
  // A capital that only opens the sentence is no part of a name.
  assert.deepEqual(places('Visiting Mombasa, the minister spoke.'), ['Mombasa']);
  assert.deepEqual(places('Michael Jordan spoke.'), []);
});

test('the hand-listed places keep their names and keys, and no generated place takes one of their names', () => {
  const keys = new Set(PLACES.map((line) => `place:${foldName('place', line.split('|', 1)[0]!)}`));
  for (const line of PLACES) {
    const [name, ...aliases] = line.split('|');
    assert.equal(entityKey('place', name!), `place:${foldName('place', name!)}`, name);
    // Some hand-listed aliases meet after Russian stemming ("Бразилия", "Бразилиа"): each stays with a hand-listed place.
    for (const alias of aliases) assert.ok(keys.has(entityKey('place', alias)), `${alias} (${name})`);
  }
  // Hand-listed names need no context, as generated ones do.
  assert.deepEqual(places('The Beijing Olympics opened, and Moscow Metro trains ran late.'), ['Beijing', 'Moscow']);
});
