import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../../../../electron/library/import/countWords';
import { corpusArticles } from '../../../bench/corpus';
import { mulberry32 } from '../../../bench/random';

/** The definition countWords reads by hand. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string) => [...text.matchAll(WORD)].length;

test('words are runs of letters and digits joined by apostrophes and hyphens, and each Han or kana character', () => {
  assert.equal(countWords("The President's well-known rock’n’roll speech, 2026-05-03."), 6);
  assert.equal(countWords('习近平会见 Путин'), 6);
  assert.equal(countWords("a漢 漢a 'tis -x- x' ひらがな"), 10);
  assert.equal(countWords('𠀀𠀁 😀 Ⅻ² café'), 4);
  assert.equal(countWords(''), 0);
});

test('the count is what the pattern matches, on generated articles in every language and on random strings of edge characters', () => {
  for (const { text } of corpusArticles(200)) assert.equal(countWords(text), byPattern(text));
  const alphabet = [...['a', 'Z', '9', "'", '’', '-', ' ', '漢', 'ひ', 'カ', 'ー', '々', 'é', 'ß', 'д', '٣', 'ǅ', 'Ⅻ', '²', '\u0301', '.', '\n'], '𠀀', '😀'];
  const rng = mulberry32(7);
  for (let k = 0; k < 10_000; k++) {
    const text = Array.from({ length: Math.floor(rng() * 10) }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
    assert.equal(countWords(text), byPattern(text), JSON.stringify(text));
  }
});
