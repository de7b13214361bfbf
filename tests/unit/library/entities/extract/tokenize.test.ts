import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../../../electron/library/entities/extract/tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

test('words are letters, marks and digits, with letters after an apostrophe; a possessive is cut, other punctuation splits', () => {
  assert.deepEqual(words("O'Brien's l’Europe rock'n'roll 2024's COVID-19 x'2"), ["O'Brien", 'l’Europe', "rock'n'roll", '2024', 'COVID', '19', 'x', '2']);
  assert.deepEqual(words("the report's end, d' Abreu"), ['the', 'report', 'end', 'd', 'Abreu']);
  // Combining marks, Cyrillic, Han and letters outside the Basic Multilingual Plane are word characters; a dash and an emoji are not.
  assert.deepEqual(words('Crème brûle\u0301e — Путина 习近平 𝐀𝐁c😀d'), ['Crème', 'brûle\u0301e', 'Путина', '习近平', '𝐀𝐁c', 'd']);
});

test('a token knows its capitals and its matching form', () => {
  const [nato, paris, zurich, kiev, lower] = tokenize('NATO Paris Zürich Киеве iPhone');
  assert.deepEqual([nato!.cap, nato!.caps, nato!.norm], [true, true, 'nato']);
  assert.deepEqual([paris!.cap, paris!.caps, paris!.norm], [true, false, 'paris']);
  assert.deepEqual([zurich!.cap, zurich!.norm], [true, 'zurich']);
  assert.deepEqual([kiev!.cap, kiev!.caps, kiev!.norm], [true, false, 'киев']);
  assert.deepEqual([lower!.cap, lower!.caps, lower!.norm], [false, false, 'iphone']);
  assert.equal(tokenize('ÉCOLE')[0]!.caps, true);
  assert.equal(tokenize('A')[0]!.caps, false);
});
