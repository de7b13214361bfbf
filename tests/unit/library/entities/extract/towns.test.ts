import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';

const places = (text: string, language = 'en'): string[] => namesOf(text, 'place', language);

test('a small town is a place after a preposition of place, a sentence’s first word too', () => {
  assert.deepEqual(places('The team was flown to Entebbe and later drove on to Naivasha.'), ['Entebbe', 'Naivasha']);
  assert.deepEqual(places('Das Projekt bei Lüderitz stockt. In Babenhausen brach ein Damm.', 'de'), ['Lüderitz', 'Babenhausen']);
});

test('a small town is a place in a list beside a known place', () => {
  assert.deepEqual(places('Betroffen seien Standorte in Basel, Lugano und Genf.', 'de'), ['Basel', 'Lugano', 'Geneva']);
});

test('a town’s name without such words, inside a longer name or after a dateline in capitals, is no place', () => {
  assert.deepEqual(places('Entebbe said nothing. Naivasha Kamau and Lüderitz Weber signed.'), []);
  assert.deepEqual(places('JAKARTA, Nov 6 (Antara) - A court ruled.'), ['Jakarta']);
});
