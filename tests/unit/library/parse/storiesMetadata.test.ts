import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreStoriesMetadata } from '../../../bench/metadataBench';
import { tempLibrary } from '../../helpers/tempLibrary';

/** The target, kept as a floor: `npm run bench` prints the figures per field and language. */
const FLOOR = 0.98;

test('the stories set’s title, date, source, author and language are right for at least 98% of fields, in each field', async () => {
  const score = await scoreStoriesMetadata(tempLibrary());
  const misses = score.misses.map((m) => `${m.file} ${m.field}: want ${m.want}, got ${m.got}`).join('\n');
  assert.equal(score.articles, 157);
  assert.ok((score.overall.share ?? 0) >= FLOOR, misses);
  for (const [field, tally] of Object.entries(score.byField)) assert.ok((tally.share ?? 0) >= FLOOR, `${field}: ${tally.share}\n${misses}`);
});
