import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('a role between a name with no head noun and a person makes it an organisation, not a lone adjective or a person', () => {
  const text = 'Harbour Lines chief executive Ruth Okello said fares would rise. Cycling Ghana president Kofi Mensah agreed.';
  assert.deepEqual(namesOf(text, 'org', 'en'), ['Harbour Lines', 'Cycling Ghana']);
  assert.deepEqual(namesOf(text, 'person', 'en'), ['Ruth Okello', 'Kofi Mensah']);
  // An adjective alone, a sentence's first word, or a person's own surname is no organisation.
  assert.deepEqual(namesOf("Presiding judge Ama Boateng said Tetteh had lied. Tetteh's lawyer Yaw Darko said he would appeal.", 'org', 'en'), []);
  assert.deepEqual(namesOf('In Lima, Peruvian minister Rosa Quispe said so.', 'org', 'en'), []);
});

test('Russian: a body in the genitive between a title and a person, an acronym too, and the same body in another case', () => {
  const text = 'Об этом сообщил глава ЦИК Давид Гиоргадзе. Генеральный директор Росатома Игорь Семенов поздравил коллег, сообщили в Росатоме.';
  assert.deepEqual(namesOf(text, 'org', 'ru'), ['ЦИК', 'Росатома']);
  const org = extractEntities(text, 'ru').entities.find((e) => e.name === 'Росатома')!;
  assert.deepEqual(org.aliases, ['Росатоме']);
});

test('a person "of" an organisation, ", chairman of" one, and German "von der" and "Vorsitzende der X, Name"', () => {
  assert.deepEqual(namesOf('Councillor Mark de Vries of Groen Links said no. Analyst Jane Lowe of Quorra Metrics said so.', 'org', 'en'), [
    'Groen Links',
    'Quorra Metrics',
  ]);
  assert.deepEqual(namesOf('Luis Ortega, chairman of Puerto Seco Andino, said the deal was done.', 'org', 'en'), ['Puerto Seco Andino']);
  assert.deepEqual(namesOf('Mayor Anne Hidalgo of Paris spoke.', 'org', 'en'), [], 'a person of a place is not of an organisation');
  const german = 'Stadträtin Jana Holt von der Diakonie warnte. Der Vorsitzende der Händlergemeinschaft, Omar Kaya, sagt: „Es reicht.“';
  assert.deepEqual(namesOf(german, 'org', 'de'), ['Diakonie', 'Händlergemeinschaft']);
});

test('a lower-case noun after a name that says what it is, with an owner before it', () => {
  const text =
    "Voters backed the Green Dawn coalition. Patients waited at Kiruddu hospital. The European Union's rescEU programme paid. A Vestas spokesman declined.";
  assert.deepEqual(namesOf(text, 'org', 'en').sort(), ['European Union', 'Green Dawn', 'Kiruddu', 'Vestas', 'rescEU']);
});

test('"and" beside an organisation already found, past what describes it', () => {
  const text =
    "The line is run by a consortium led by Traxis and Sonaco. The round was backed by Norway's Fjord Capital and the Danish state fund Vækstfonden.";
  assert.deepEqual(namesOf(text, 'org', 'en'), ['Traxis', 'Sonaco', 'Fjord Capital', 'Vækstfonden']);
});

test('teams either side of a result, and their names again; a noun before the verb in German is not a team', () => {
  const text = 'Nacional beat Olimpia 2-0 on Sunday. Olimpia, who had won the first leg, were booed. CONCACAF fined Nacional.';
  assert.deepEqual(namesOf(text, 'org', 'en'), ['Nacional', 'Olimpia', 'CONCACAF']);
  assert.equal(extractEntities(text, 'en').entities.find((e) => e.name === 'Nacional')!.mentions.length, 2);
  assert.deepEqual(namesOf('Eintracht Frankfurt hat das Heimspiel gegen Hertha Berlin mit 3:1 gewonnen.', 'org', 'de'), [
    'Eintracht Frankfurt',
    'Hertha Berlin',
  ]);
  assert.deepEqual(namesOf('Nacional beat Olimpia in the vote.', 'org', 'en'), [], 'no result, no match');
});

test('owners after "owned by", journals after "published in", German bodies announcing, Russian bodies in lower case', () => {
  assert.deepEqual(namesOf('The mine is owned by Kinross. The study was published on Monday in Cell Reports.', 'org', 'en'), ['Kinross', 'Cell Reports']);
  assert.deepEqual(namesOf('Das teilte Flughafen Köln Marketing mit.', 'org', 'de'), ['Flughafen Köln Marketing']);
  assert.deepEqual(namesOf('Договор подписан с министерством сельского хозяйства Казахстана.', 'org', 'ru'), ['министерством сельского хозяйства Казахстана']);
});

test('the distinctive word of an organisation found, after a generic word, names another organisation', () => {
  const text = 'Rowing Chile president Ana Pérez said the regatta would ask World Rowing for a date.';
  assert.deepEqual(namesOf(text, 'org', 'en'), ['Rowing Chile', 'World Rowing']);
});
