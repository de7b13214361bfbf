import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { entityKey } from '../../../../../electron/library/entities/extract/extractEntities';

const places = (text: string, language = 'en'): string[] => namesOf(text, 'place', language);

test('German cases of countries nobody listed by hand: a genitive, and a dative plural after "den"', () => {
  assert.deepEqual(places('Chiles Wissenschaftsministerin kam. Kundinnen kommen aus den Niederlanden.', 'de'), ['Chile', 'Netherlands']);
  assert.equal(entityKey('place', 'Chiles'), entityKey('place', 'Chile'));
  assert.equal(entityKey('place', 'Niederlanden'), entityKey('place', 'Netherlands'));
  // A city's genitive stays unread: "Doris" is no town "Dori".
  assert.deepEqual(places('Doris sagte nichts.', 'de'), []);
});

test('Chinese names of countries nobody listed by hand are found; a two-character name after 中 is China and another', () => {
  assert.deepEqual(places('铁路将延伸至乌干达边境。', 'zh'), ['Uganda']);
  assert.deepEqual(places('中非合作论坛在北京举行。', 'zh'), ['Beijing']);
});

test('Russian cities without a Russian name in CLDR are found by their GeoNames name written back in Cyrillic', () => {
  assert.deepEqual(places('Оренбург, 6 апреля. Вода отступает.', 'ru'), ['Orenburg']);
});
