import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMatches, foldText } from '../../../../renderer/src/find/findMatches';

const found = (text: string, query: string) => findMatches(foldText(text), query).map((m) => text.slice(m.start, m.end));

test('find ignores case and accents, and gives the words as they are written', () => {
  const text = 'Lukashenko met Lukaščenko; LUKASCHENKO later. Café, cafe and CAFÉ.';
  assert.deepEqual(found(text, 'lukascenko'), ['Lukaščenko']);
  assert.deepEqual(found(text, 'Lukaschenko'), ['LUKASCHENKO']);
  assert.deepEqual(found(text, 'cafe'), ['Café', 'cafe', 'CAFÉ']);
  assert.deepEqual(found(text, 'café'), ['Café', 'cafe', 'CAFÉ']);
});

test('offsets stay right after decomposed letters, characters outside the BMP and folded spaces', () => {
  const text = 'Cafe\u0301 𝒳 Minsk\u00a0talks\n\nMinsk talks';
  const matches = findMatches(foldText(text), 'minsk  talks');
  assert.deepEqual(
    matches.map((m) => text.slice(m.start, m.end)),
    ['Minsk\u00a0talks', 'Minsk talks'],
  );
  assert.deepEqual(found(text, 'cafe'), ['Cafe\u0301']);
  assert.deepEqual(found(text, 'talks minsk'), [], 'a paragraph break is not a space');
});

test('an empty query or one of spaces finds nothing; repeats do not overlap', () => {
  assert.deepEqual(found('aaaa', ''), []);
  assert.deepEqual(found('a a', ' '), []);
  assert.deepEqual(found('aaaa', 'aa'), ['aa', 'aa']);
});

test('a text in ASCII and one with other letters give the same matches', () => {
  const ascii = 'Minsk\ttalks in MINSK, minsk.';
  assert.equal(foldText(ascii).from, null);
  assert.deepEqual(found(ascii, 'minsk'), ['Minsk', 'MINSK', 'minsk']);
  assert.deepEqual(found(ascii, 'minsk talks'), ['Minsk\ttalks']);
  const other = `${ascii} Мінск`;
  assert.deepEqual(found(other, 'minsk'), ['Minsk', 'MINSK', 'minsk']);
  assert.deepEqual(found(other, 'МІНСК'), ['Мінск']);
});
