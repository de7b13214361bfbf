import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clipSpans, findHeadline, sliceBlock } from '../../../../renderer/src/article/headline';

const p = (text: string) => ({ kind: 'p', text });

test('a title cut from a one-sentence lead: the whole sentence is the headline, without its period, and nothing is left', () => {
  const lead = 'President of Belarus Alexander Lukashenko and the Chairman of China met in Tianjin, where the summit is taking place.';
  const found = findHeadline('President of Belarus Alexander Lukashenko and the Chairman of China met in Tianjin, where the…', [p(lead), p('Next.')]);
  assert.deepEqual(found, { shown: lead.length - 1, restFrom: lead.length });
});

test('a title that is the lead’s first sentence: the text goes on after it, past the space', () => {
  const lead = 'Belarus is committed to its friendship with China. We are prepared to develop cooperation.';
  const found = findHeadline('Belarus is committed to its friendship with China', [p(lead)]);
  assert.deepEqual(found, { shown: 49, restFrom: 51 });
  assert.equal(lead.slice(0, found.shown), 'Belarus is committed to its friendship with China');
  assert.equal(lead.slice(found.restFrom), 'We are prepared to develop cooperation.');
});

test('a question keeps its mark; a closing quote stays with its sentence', () => {
  assert.deepEqual(findHeadline('Who pays', [p('Who pays? Nobody knows.')]), { shown: 9, restFrom: 10 });
  assert.deepEqual(findHeadline('He said “no', [p('He said “no.” Then he left.')]), { shown: 13, restFrom: 14 });
});

test('a title of the file’s own, or a first block that is not a paragraph, is no headline of the text', () => {
  assert.equal(findHeadline('Senior CPC official meets Belarusian president', [p('Cai Qi, a member of the Standing Committee…')]), null);
  assert.equal(findHeadline('Summit', [{ kind: 'h', text: 'Summit. Day one' }]), null);
  assert.equal(findHeadline('…', [p('Anything.')]), null);
  assert.equal(findHeadline('x', []), null);
});

test('spans are clipped to a part and counted from its start; a highlight cut at the front is no longer its first piece', () => {
  const pieces = [
    { start: 2, end: 8, id: 1, first: true, length: 6 },
    { start: 10, end: 14, id: 2, first: true, length: 4 },
    { start: 20, end: 30, id: 3, first: true, length: 10 },
  ];
  assert.deepEqual(clipSpans(pieces, 5, 20), [
    { start: 0, end: 3, id: 1, first: false, length: 6 },
    { start: 5, end: 9, id: 2, first: true, length: 4 },
  ]);
  const block = { kind: 'p', text: 'Hello brave new world', marks: [{ start: 6, end: 11, style: 'em' as const }] };
  assert.deepEqual(sliceBlock(block, 6, 21), { kind: 'p', text: 'brave new world', marks: [{ start: 0, end: 5, style: 'em' }] });
});
