import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

const places = (text: string, language = 'en'): string[] => namesOf(text, 'place', language);

test('a dateline names its place, and the text’s later mentions of it are that place', () => {
  const text = 'Ostrakow, 2. Oktober 2024\n\nDas Projekt soll im Frühjahr beginnen, bestätigte der Beauftragte Jonas Weber in Ostrakow.';
  const [place] = extractEntities(text, 'de').entities.filter((e) => e.kind === 'place');
  assert.equal(place?.name, 'Ostrakow');
  assert.equal(place.mentions.length, 2);
  assert.deepEqual(places('Lobitoa, May 3\n\nTrains left Lobitoa on Friday.'), ['Lobitoa']);
  // Not a name before a comma and a date inside a sentence, nor a line without a date.
  assert.deepEqual(places('Mit Ostrakow, 2. Oktober und anderen.\nOstrakow, bitte melden.', 'de'), []);
});

test('a district named after its city with a hyphen is that place when named alone later', () => {
  const text =
    'Duisburg-Marxloh: Ein Viertel wehrt sich.\n\nAuf der Straße in Marxloh reihen sich Geschäfte. Der Bürgermeister sagte, Marxloh sei besser als sein Ruf.';
  const [place] = extractEntities(text, 'de').entities.filter((e) => e.kind === 'place');
  assert.equal(place?.name, 'Duisburg-Marxloh');
  assert.deepEqual(
    place.mentions.map((m) => m.text),
    ['Duisburg-Marxloh', 'Marxloh', 'Marxloh'],
  );
});

test('a Russian adjective before a noun of land or town is a place, not where it opens a sentence or is no adjective', () => {
  assert.deepEqual(places('Станция даст воду для полей Ферганской долины. Жители Старого города ушли.', 'ru'), ['Ферганской долины', 'Старого города']);
  assert.deepEqual(places('Власти города ушли. Нового города не будет.', 'ru'), []);
});

test('a name after a lower-case noun of place: a cosmodrome, a river', () => {
  assert.deepEqual(places('Ракета стартовала с космодрома Восточнинск, сообщили в агентстве.', 'ru'), ['Восточнинск']);
  assert.deepEqual(places('A park will run along the river Maasvaal.'), ['Maasvaal']);
});

test('a place’s name after a word that begins such names: a hill, a house, a palace, a lake', () => {
  assert.deepEqual(places('Das Teleskop wurde auf dem Cerro Chajnantor eingeweiht.', 'de'), ['Cerro Chajnantor']);
  assert.deepEqual(places('"It is a clear message to the Casa de Nariño," she said.'), ['Casa de Nariño']);
});

test('after "the", generic words and a place’s head noun name one place', () => {
  assert.deepEqual(places('Pakistan beat the hosts by 64 runs at the National Stadium on Friday.'), ['Pakistan', 'National Stadium']);
});

test('parts of the world as news writes them, and a country’s long name without its inner article', () => {
  assert.deepEqual(places('Routes between South America and East Africa grew; West Africa followed.'), ['South America', 'Eastern Africa', 'Western Africa']);
  assert.deepEqual(places('Copper from the Democratic Republic of Congo reached the coast.'), ['Democratic Republic of the Congo']);
});

test('those living in a place, and places named together before a plural noun of place', () => {
  assert.deepEqual(places('The councillor said residents of Tawanui and Kelburnia would pay more.'), ['Tawanui', 'Kelburnia']);
  assert.deepEqual(places('Floods cut off the Sylhet and Sunamganj districts of Bangladesh.'), ['Sylhet', 'Sunamganj', 'Bangladesh']);
  assert.deepEqual(places('The Mayor and Council agreed.'), []);
});

test('a venue’s noun after a name of something else makes a place ("Berlinale Palast")', () => {
  assert.deepEqual(places('Die Jury sagte bei der Gala im Berlinale Palast, der Film sei wichtig.', 'de'), ['Berlinale Palast']);
});

test('German: a part of a known place written as one word with it, and a name joined to a place after "in"', () => {
  assert.deepEqual(places('Nach dem Regen sind in Schwaben und Oberbayern Tausende geflohen.', 'de'), ['Schwaben', 'Oberbayern']);
  assert.deepEqual(places('Die Kämpfe in der Ostukraine dauern an. Der Oberst und das Oberhaupt schwiegen.', 'de'), ['Ostukraine']);
  // Not a noun beside a word that names no place.
  assert.deepEqual(places('Sie arbeitet in Forschung und Lehre.', 'de'), []);
});

test('after a preposition of place, a place in the possessive names the place after it ("in Oslo’s Folkets Hus"); not without the preposition, nor a person', () => {
  assert.deepEqual(places("Støre told supporters in Oslo's Folkets Hus that he would lead."), ['Oslo', 'Folkets Hus']);
  assert.deepEqual(places("Oslo's Folkets Hus was full."), ['Oslo']);
  assert.deepEqual(places("Critics in Britain's Boris Johnson era disagreed."), ['United Kingdom']);
  assert.ok(!places("She lectures at St. John's College.").includes('College'));
});
