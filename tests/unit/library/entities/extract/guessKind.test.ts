import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessKind } from '../../../../../electron/library/entities/extract/guessKind';

test('a name the gazetteer knows is guessed as its kind, in any of its languages', () => {
  assert.equal(guessKind('Minsk'), 'place');
  assert.equal(guessKind('Пекин'), 'place');
  assert.equal(guessKind('Shanghai Cooperation Organization'), 'org');
  assert.equal(guessKind('CPC'), 'org');
  assert.equal(guessKind('Alexander Lukashenko'), 'person');
  assert.equal(guessKind('Lukashenko'), 'person');
});

test('an unknown name is guessed from its head word, an acronym is an organisation, and the rest are people', () => {
  assert.equal(guessKind('Belarusian State University'), 'org');
  assert.equal(guessKind('Ministry of Foreign Affairs'), 'org');
  assert.equal(guessKind('Diaoyutai State Guesthouse'), 'place');
  assert.equal(guessKind('Palace of Independence'), 'place');
  assert.equal(guessKind('Gomel Oblast'), 'place');
  assert.equal(guessKind('ZXQ'), 'org');
  assert.equal(guessKind('Yin Bogu'), 'person');
  assert.equal(guessKind('  '), 'person');
});
