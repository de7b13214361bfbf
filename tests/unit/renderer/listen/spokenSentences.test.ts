import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spokenSentences } from '../../../../renderer/src/listen/spokenSentences';

const texts = (body: string, language: string | null = 'en') => spokenSentences(body, language).map((s) => body.slice(s.start, s.end));

test('each paragraph is cut into its sentences, as offsets into the body, without the spaces around them', () => {
  const body = 'Talks began. Nothing was signed!\n\nA second paragraph  without a stop\n\n—\n\n中国国家主席在北京会见普京。双方讨论了贸易问题。';
  assert.deepEqual(texts(body), [
    'Talks began.',
    'Nothing was signed!',
    'A second paragraph  without a stop',
    '中国国家主席在北京会见普京。',
    '双方讨论了贸易问题。',
  ]);
  for (const s of spokenSentences(body, null)) assert.equal(body.slice(s.start, s.end).trim(), body.slice(s.start, s.end));
});

test('a paragraph of punctuation alone is not read, and an empty body has nothing to read', () => {
  assert.deepEqual(texts('—\n\n* * *'), []);
  assert.deepEqual(texts(''), []);
});
