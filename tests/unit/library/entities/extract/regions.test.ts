import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { entityKey, extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

const places = (text: string, language = 'en'): string[] => namesOf(text, 'place', language);

test('states, provinces, Länder and oblasts are places in each language, one place across them', () => {
  assert.deepEqual(places('Fördergeld des Landes Nordrhein-Westfalen. Weitere Artikel aus Thüringen.', 'de'), ['North Rhine-Westphalia', 'Thuringia']);
  assert.deepEqual(places('In neighbouring Assam, officials counted the dead. Trains left the Copperbelt.', 'en'), ['Assam', 'Copperbelt Province']);
  assert.equal(entityKey('place', 'Bayern'), entityKey('place', 'Bavaria'));
  assert.equal(entityKey('place', 'Бавария'), entityKey('place', 'Bavaria'));
  assert.equal(entityKey('place', '巴伐利亚'), entityKey('place', 'Bavaria'));
});

test('a region’s German genitive, of one word or several, is the region', () => {
  assert.deepEqual(places('Baden-Württembergs Verkehrsminister sprach über die größte Siedlung Sachsens.', 'de'), ['Baden-Württemberg', 'Saxony']);
});

test('a Russian title, a region in the genitive and a name: the region is a place, the name a person', () => {
  const found = extractEntities('Президент Татарстана Рустам Минниханов назвал проект важным.', 'ru').entities.map((e) => `${e.kind}:${e.name}`);
  assert.deepEqual(found.sort(), ['person:Рустам Минниханов', 'place:Tatarstan']);
});

test('continents and parts of the world are places, not the country a word of theirs names', () => {
  assert.deepEqual(places('Routes between South America and Kenya grew.', 'en'), ['South America', 'Kenya']);
  assert.deepEqual(places('Der Umschlag mit Südamerika wächst.', 'de'), ['South America']);
  assert.deepEqual(places('义乌对中亚五国出口小商品。', 'zh'), ['义乌', 'Central Asia']);
});
