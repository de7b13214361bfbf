import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';

const places = (text: string, language = 'en'): string[] => namesOf(text, 'place', language);

test('a German name joined by hyphens and ending in a noun of place is one place', () => {
  assert.deepEqual(places('Das Projekt im Tsau-Khaeb-Nationalpark stockt. Die Merkez-Moschee lädt ein.', 'de'), ['Tsau-Khaeb-Nationalpark', 'Merkez-Moschee']);
  assert.deepEqual(places('Die Stadt will den August-Bebel-Platz neu gestalten.', 'de'), ['August-Bebel-Platz']);
});

test('a known place with a district after a hyphen, or "de" and a name, is the whole name; two places joined stay two', () => {
  assert.deepEqual(places('Geklagt hatte eine Mieterin aus Köln-Ehrenfeld.', 'de'), ['Köln-Ehrenfeld']);
  assert.deepEqual(places('Santiago de Chile – Das Teleskop steht oberhalb von San Pedro de Atacama.', 'de'), ['Santiago de Chile', 'San Pedro de Atacama']);
  assert.ok(!places('Die Strecke Berlin-Brandenburg ist voll.', 'de').includes('Berlin-Brandenburg'));
});

test('a street, square or station named in one word is a place where only names are capitalised; where nouns are, only the town’s main station after "vom", "am"…', () => {
  assert.deepEqual(places('The council voted to close part of the Maasboulevard to cars, as Berlin did on Alexanderplatz.'), [
    'Maasboulevard',
    'Berlin',
    'Alexanderplatz',
  ]);
  // Not the noun alone, nor a word that merely ends so in lower case.
  assert.deepEqual(places('The Boulevard reopened; the boulevard and the Strasse were closed.'), []);
  assert.deepEqual(places('Die Linie fährt vom Hauptbahnhof nach Grünau.', 'de'), ['Hauptbahnhof', 'Grünau']);
  // German capitalises every noun: a compound ending in "platz" is a word, and the station is the town's only after a preposition with its article.
  assert.deepEqual(places('Der Hauptbahnhof ist alt, jeder Arbeitsplatz zählt und der Parkplatz ist voll.', 'de'), []);
});
