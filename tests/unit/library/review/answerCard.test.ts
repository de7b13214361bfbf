import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerCard, LATER_DAYS, NEW_CARD, recallProbability } from '../../../../electron/library/review/answerCard';

const NOW = new Date('2026-03-10T12:00:00Z');
const TOMORROW = new Date('2026-03-11T00:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000);

test('every answer counts as a showing', () => {
  for (const answer of ['keep', 'sooner', 'later', 'discard', 'remembered', 'forgot'] as const) {
    const card = answerCard({ ...NEW_CARD, shown: 2 }, answer, NOW, TOMORROW);
    assert.equal(card.shown, 3, answer);
    assert.equal(card.lastShownAt, NOW.toISOString(), answer);
  }
});

test('sooner: due at the start of tomorrow; later: held back LATER_DAYS; discard: out', () => {
  assert.equal(answerCard(NEW_CARD, 'sooner', NOW, TOMORROW).dueAt, TOMORROW.toISOString());
  const later = answerCard(NEW_CARD, 'later', NOW, TOMORROW);
  assert.equal(later.hiddenUntil, days(LATER_DAYS).toISOString());
  assert.equal(later.dueAt, null, 'back in the draw afterwards, not forced');
  assert.equal(answerCard(NEW_CARD, 'discard', NOW, TOMORROW).discarded, true);
  assert.equal(answerCard(NEW_CARD, 'keep', NOW, TOMORROW).dueAt, null);
});

test('half-life: doubles on remembered, halves on forgot; the card returns when recall falls to one half', () => {
  const first = answerCard(NEW_CARD, 'remembered', NOW, TOMORROW);
  assert.equal(first.halfLifeDays, 2);
  assert.equal(first.dueAt, days(2).toISOString());
  assert.equal(recallProbability(first, NOW), 1);
  assert.equal(recallProbability(first, days(2)), 0.5, 'due exactly when recall is one half');
  assert.equal(recallProbability(first, days(4)), 0.25);

  const second = answerCard(first, 'remembered', days(2), TOMORROW);
  assert.equal(second.halfLifeDays, 4);
  assert.equal(second.dueAt, days(6).toISOString());
  const forgot = answerCard(second, 'forgot', days(6), TOMORROW);
  assert.equal(forgot.halfLifeDays, 2);
  assert.equal(forgot.dueAt, days(8).toISOString());
  assert.equal(answerCard(NEW_CARD, 'forgot', NOW, TOMORROW).halfLifeDays, 0.5);

  // Halving stops at a few hours, so a card forgotten again and again does not come back within minutes.
  let card = forgot;
  for (let i = 0; i < 10; i++) card = answerCard(card, 'forgot', NOW, TOMORROW);
  assert.equal(card.halfLifeDays, 0.25);
  assert.equal(recallProbability(NEW_CARD, NOW), null, 'a card not scheduled has no recall probability');
  // Keep on a scheduled card leaves its half-life and brings it back one half-life on.
  assert.deepEqual([answerCard(second, 'keep', NOW, TOMORROW).halfLifeDays, answerCard(second, 'keep', NOW, TOMORROW).dueAt], [4, days(4).toISOString()]);
});
