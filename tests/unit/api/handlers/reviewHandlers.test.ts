import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Channel, Envelope, RequestOf, ResponseOf } from '../../../../electron/common/contract/contract';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { knownLibrary } from '../../helpers/searchLibrary';

function api() {
  const library = knownLibrary();
  const handlers = createHandlers({ library, version: 'test', mode: 'browser' });
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>) => (await dispatch(handlers, channel, request)) as Envelope<ResponseOf<C>>;
  return { library, call };
}

test('review.today answers cards with their highlight, article, context and schedule; review.answer records an answer', async () => {
  const { library, call } = api();
  const h = library.annotations.highlights.create(1, { quote: 'New tariffs' }, { color: 'green', note: 'Which ones?', tags: ['trade'] });
  const today = await call('review.today', {});
  assert.ok(today.ok);
  assert.deepEqual(today.data.cards, [
    {
      highlight: h,
      article: { id: 1, title: 'Lukashenko meets Xi in Minsk', source: 'Xinhua', published: '2025-09-03' },
      context: { before: '', after: ' were discussed.' },
      schedule: { shown: 0, dueAt: null, hiddenUntil: null, discarded: false, halfLifeDays: null, recall: null },
    },
  ]);
  const answered = await call('review.answer', { highlightId: h.id, answer: 'discard' });
  assert.ok(answered.ok);
  assert.deepEqual([answered.data.schedule.discarded, answered.data.answeredToday, answered.data.streak], [true, 1, 1]);
  const after = await call('review.today', { query: 'source:Xinhua' });
  assert.ok(after.ok);
  assert.deepEqual(after.data.cards, []);
});

test('a highlight that does not exist, an unknown answer and a count out of range are refused', async () => {
  const { call } = api();
  assert.deepEqual(await call('review.answer', { highlightId: 99, answer: 'keep' }), {
    ok: false,
    error: { code: 'not_found', message: 'There is no highlight 99.' },
  });
  const unknown = await call('review.answer', { highlightId: 1, answer: 'maybe' as 'keep' });
  assert.equal(!unknown.ok && unknown.error.code, 'invalid');
  const tooMany = await call('review.today', { count: 101 });
  assert.equal(!tooMany.ok && tooMany.error.code, 'invalid');
});

test('review.setSettings changes what it names and answers the whole; review.settings reads it back', async () => {
  const { call } = api();
  assert.deepEqual(await call('review.settings', {}), { ok: true, data: { count: 10, favouriteWeight: 2, recentWeight: 2, recentDays: 30 } });
  assert.deepEqual(await call('review.setSettings', { count: 3, favouriteWeight: 4 }), {
    ok: true,
    data: { count: 3, favouriteWeight: 4, recentWeight: 2, recentDays: 30 },
  });
  assert.deepEqual(await call('review.settings', {}), { ok: true, data: { count: 3, favouriteWeight: 4, recentWeight: 2, recentDays: 30 } });
  const refused = await call('review.setSettings', { count: 0 });
  assert.equal(!refused.ok && refused.error.code, 'invalid');
});
