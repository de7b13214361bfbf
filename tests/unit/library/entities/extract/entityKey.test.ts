import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { entityKey, extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('spellings of one person across languages share a key', () => {
  const key = entityKey('person', 'Alexander Lukashenko');
  for (const name of ['Aleksandr Lukashenko', 'Alexander Lukaschenko', 'Александр Лукашенко', 'Lukashenko', 'Лукашенко', 'Lukaschenko'])
    assert.equal(entityKey('person', name), key, name);
  assert.equal(entityKey('person', 'Си Цзиньпин'), entityKey('person', 'Xi Jinping'));
  assert.equal(entityKey('person', 'Виктор Хренин'), entityKey('person', 'Viktor Khrenin'));
  assert.notEqual(entityKey('person', 'Xi Jinping'), key);
});

test('unknown names fold transliteration variants but keep different people apart', () => {
  assert.equal(entityKey('person', 'Dmitry Ivanov'), entityKey('person', 'Дмитрий Иванов'));
  assert.equal(entityKey('person', 'Sergey Petrov'), entityKey('person', 'Sergei Petrov'));
  assert.equal(entityKey('person', 'Aliaksandr Kowalski'), entityKey('person', 'Aleksandr Kovalski'));
  assert.notEqual(entityKey('person', 'Liang Jun'), entityKey('person', 'Liang Yun'));
});

test('a name and its transliterations share a key, East Slavic vowels included; names that differ in letters do not', () => {
  const key = entityKey('person', 'Aryna Sabalenka');
  for (const name of ['Арина Соболенко', 'Arina Sobolenko', 'Aryna Sabalenka']) assert.equal(entityKey('person', name), key, name);
  assert.equal(entityKey('person', 'Соболенко'), entityKey('person', 'Sabalenka'));
  assert.equal(entityKey('person', 'Lukashenka'), entityKey('person', 'Лукашенко'));
  assert.equal(entityKey('person', 'Ivanova'), entityKey('person', 'Иванова'));
  assert.notEqual(entityKey('person', 'Ivanova'), entityKey('person', 'Ivanov'));
  assert.notEqual(entityKey('person', 'Mario Rossi'), entityKey('person', 'Maria Rossi'), 'given names keep their last letter');
  assert.notEqual(entityKey('person', 'Mo Yan'), entityKey('person', 'Ma Yan'));
  assert.notEqual(entityKey('person', 'Li Qiang'), entityKey('person', 'Lu Qiang'));
  assert.notEqual(entityKey('place', 'Kolodno'), entityKey('place', 'Kaladna'), 'places key by the gazetteer, not by folded vowels');
});

test('reports of one event in English and Russian share the person, however each spells her', () => {
  const people = (text: string, language: string) =>
    extractEntities(text, language)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.key);
  assert.deepEqual(
    people('Арина Соболенко обыграла американку в финале в Мельбурне. Соболенко сказала, что устала.', 'ru'),
    people('Aryna Sabalenka beat the American in the final in Melbourne. Sabalenka said she was tired.', 'en'),
  );
});

test('places and organisations key by their gazetteer entry in any language or abbreviation', () => {
  assert.equal(entityKey('place', 'Пекин'), entityKey('place', 'Beijing'));
  assert.equal(entityKey('place', 'Weißrussland'), entityKey('place', 'Belarus'));
  assert.equal(entityKey('place', 'Белоруссия'), entityKey('place', 'Беларусь'));
  assert.equal(entityKey('org', 'CPC'), entityKey('org', 'Communist Party of China'));
  assert.equal(entityKey('org', 'ШОС'), entityKey('org', 'Shanghai Cooperation Organisation'));
  assert.notEqual(entityKey('org', 'Beijing'), entityKey('place', 'Beijing'));
});

test('one person named in English, German and Russian articles gets one key', () => {
  const keyOf = (text: string, language: string): string[] =>
    extractEntities(text, language)
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.key);
  const en = keyOf('Belarusian President Aleksandr Lukashenko arrived in Beijing.', 'en');
  const de = keyOf('Lukaschenko traf am Montag in Peking ein.', 'de');
  const ru = keyOf('Лукашенко прибыл в Пекин.', 'ru');
  assert.deepEqual(de, en);
  assert.deepEqual(ru, en);
});

test('offsets always slice back to mention texts, whatever the text', () => {
  const words = fc.constantFrom(
    'President',
    'Xi',
    'Jinping',
    'Lukashenko',
    'Belarus’',
    'China,',
    'the',
    'Belarusian',
    'leader',
    '(CPC)',
    'Minsk.',
    'Путина',
    '\n\n',
    'said',
    'Chinas',
    'Li',
    'Qiang',
  );
  fc.assert(
    fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      const { entities, dates } = extractEntities(text, null);
      for (const m of [...entities.flatMap((e) => e.mentions), ...dates]) assert.equal(text.slice(m.start, m.end), m.text);
    }),
  );
});
