import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceAround } from '../../../../electron/library/review/sentenceAround';

const around = (body: string, quote: string) => {
  const start = body.indexOf(quote);
  return sentenceAround(body, start, start + quote.length);
};

test('the sentence around a quote, not the ones beside it', () => {
  const body = 'Talks began. The delegation, led by Mr. Lee, arrived in Minsk on Sept. 2 by train. Nothing was signed.\nA new paragraph.';
  assert.deepEqual(around(body, 'arrived in Minsk'), { before: 'The delegation, led by Mr. Lee, ', after: ' on Sept. 2 by train.' });
  assert.deepEqual(around(body, 'Talks'), { before: '', after: ' began.' });
  assert.deepEqual(around(body, 'train. Nothing'), { before: 'The delegation, led by Mr. Lee, arrived in Minsk on Sept. 2 by ', after: ' was signed.' });
  assert.deepEqual(around(body, 'A new'), { before: '', after: ' paragraph.' }, 'a paragraph break ends a sentence');
});

test('a sentence longer than the reach is cut there', () => {
  const body = `${'word '.repeat(500)}quote ${'more '.repeat(500)}end.`;
  const { before, after } = around(body, 'quote');
  assert.ok(before.length <= 600 && before.length > 500);
  assert.ok(after.length <= 600 && after.length > 500);
});
