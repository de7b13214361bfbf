import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapToWords } from '../../../../renderer/src/annotate/wordSnap';

const BODY = "Yin Bogu, of the Communist Party of China (CPC) Central Committee, met China's partners.\n\nBelarus-China ties 2,030 times.";

function snapped(from: string, to: string, language?: string): string {
  const start = BODY.indexOf(from);
  const end = BODY.indexOf(to, start) + to.length;
  const span = snapToWords(BODY, { start, end }, language);
  return BODY.slice(span.start, span.end);
}

test('a selection that starts or ends inside a word takes the whole word', () => {
  assert.equal(snapped('munist Party', 'Centr'), 'Communist Party of China (CPC) Central');
  assert.equal(snapped('ogu', 'ogu'), 'Bogu');
  assert.equal(snapped("hina's", 'partn'), "China's partners");
  assert.equal(snapped('rus-Chi', 'rus-Chi'), 'Belarus-China', 'each word of a hyphenated pair');
  assert.equal(snapped('030', '030'), '2,030');
});

test('a selection on word edges, or ending in punctuation or space, is kept as it is', () => {
  assert.equal(snapped('Communist', 'China'), 'Communist Party of China');
  assert.equal(snapped('(CPC', 'Committee,'), '(CPC) Central Committee,');
  assert.equal(snapped(' of the', 'Communist '), ' of the Communist ');
});

test('Chinese is snapped to its words, not to the whole run of characters', () => {
  const body = '习近平在北京会见俄罗斯总统普京。';
  const start = body.indexOf('京');
  const span = snapToWords(body, { start, end: start + 1 }, 'zh');
  assert.equal(body.slice(span.start, span.end), '北京');
});
