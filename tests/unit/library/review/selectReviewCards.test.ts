import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REVIEW_SETTINGS } from '../../../../electron/common/contract/reviewContract';
import { answerCard, NEW_CARD, type CardState } from '../../../../electron/library/review/answerCard';
import { seededRandom } from '../../../../electron/library/review/seededRandom';
import { selectReviewCards, type ReviewCandidate } from '../../../../electron/library/review/selectReviewCards';

const NOW = new Date('2026-03-10T12:00:00Z');
const TIME = { now: NOW, dayStart: new Date('2026-03-10T00:00:00Z') };
const OLD = '2025-01-01T00:00:00Z';
const SETTINGS = { ...DEFAULT_REVIEW_SETTINGS, count: 1 };

function candidate(id: number, articleId: number, card: Partial<CardState> = {}, extra: Partial<ReviewCandidate> = {}): ReviewCandidate {
  return { id, articleId, created: OLD, favourite: false, card: { ...NEW_CARD, ...card }, ...extra };
}

/** How often each article (or highlight) comes up in `draws` one-card reviews from one seeded stream. */
function frequencies(candidates: ReviewCandidate[], key: (c: ReviewCandidate) => number, draws: number, settings = SETTINGS) {
  const random = seededRandom('proportions');
  const counts = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const [id] = selectReviewCards(candidates, settings, TIME, random);
    const k = key(candidates.find((c) => c.id === id)!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return (k: number) => (counts.get(k) ?? 0) / draws;
}

/** Four standard deviations of a proportion p estimated from n draws: a true proportion falls outside once in ~16,000 runs. */
const tolerance = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n);

test('each article comes up as often as its share of the highlights', () => {
  // Article 1 holds 6 of the 10 highlights, article 2 holds 3, article 3 one.
  const candidates = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3].map((article, i) => candidate(i + 1, article));
  const draws = 6000;
  const share = frequencies(candidates, (c) => c.articleId, draws);
  for (const [article, p] of [
    [1, 0.6],
    [2, 0.3],
    [3, 0.1],
  ] as const) {
    assert.ok(Math.abs(share(article) - p) <= tolerance(p, draws), `article ${article}: ${share(article)} against ${p}`);
  }
});

test('a highlight shown before is less likely, and so is its article: each showing halves its weight', () => {
  const shownTwice = answerCard(answerCard(NEW_CARD, 'keep', new Date(OLD), new Date(OLD)), 'keep', new Date(OLD), new Date(OLD));
  assert.equal(shownTwice.shown, 2);
  const candidates = [candidate(1, 1, shownTwice), candidate(2, 2)];
  const draws = 6000;
  const share = frequencies(candidates, (c) => c.id, draws);
  // Weights 1/4 and 1: the shown highlight comes up a fifth of the time.
  assert.ok(Math.abs(share(1) - 0.2) <= tolerance(0.2, draws), `shown twice: ${share(1)}`);
});

test('favourites and recent highlights are weighted as the settings say', () => {
  const recent = new Date(NOW.getTime() - 2 * 24 * 3600 * 1000).toISOString();
  const candidates = [candidate(1, 1, {}, { favourite: true }), candidate(2, 2, {}, { created: recent }), candidate(3, 3)];
  const settings = { ...SETTINGS, favouriteWeight: 3, recentWeight: 2, recentDays: 7 };
  const draws = 6000;
  const share = frequencies(candidates, (c) => c.id, draws, settings);
  for (const [id, p] of [
    [1, 0.5],
    [2, 1 / 3],
    [3, 1 / 6],
  ] as const) {
    assert.ok(Math.abs(share(id) - p) <= tolerance(p, draws), `highlight ${id}: ${share(id)} against ${p}`);
  }
});

test('a day draws the count asked for, without repeats, and the same cards however often it is asked', () => {
  const candidates = Array.from({ length: 50 }, (_, i) => candidate(i + 1, (i % 7) + 1));
  const first = selectReviewCards(candidates, DEFAULT_REVIEW_SETTINGS, TIME, seededRandom('2026-03-10'));
  assert.equal(first.length, 10);
  assert.equal(new Set(first).size, 10);
  assert.deepEqual(selectReviewCards(candidates, DEFAULT_REVIEW_SETTINGS, TIME, seededRandom('2026-03-10')), first);
  assert.notDeepEqual(selectReviewCards(candidates, DEFAULT_REVIEW_SETTINGS, TIME, seededRandom('2026-03-11')), first);

  // Answering three of them leaves the other seven, in the same order: the answered ones take their places.
  const answered = new Set(first.slice(0, 3));
  const later = new Date(NOW.getTime() + 3600_000);
  const after = candidates.map((c) => (answered.has(c.id) ? { ...c, card: answerCard(c.card, 'keep', NOW, later) } : c));
  assert.deepEqual(selectReviewCards(after, DEFAULT_REVIEW_SETTINGS, { ...TIME, now: later }, seededRandom('2026-03-10')), first.slice(3));
});

test('sooner brings a card back first the next day; later holds it back; discard leaves it out for good', () => {
  const tomorrow = new Date('2026-03-11T00:00:00Z');
  const nextDay = { now: new Date('2026-03-11T09:00:00Z'), dayStart: tomorrow };
  const candidates = Array.from({ length: 30 }, (_, i) => candidate(i + 1, i + 1));
  const settings = { ...DEFAULT_REVIEW_SETTINGS, count: 3 };
  const answered = (id: number, answer: Parameters<typeof answerCard>[1]) =>
    candidates.map((c) => (c.id === id ? { ...c, card: answerCard(c.card, answer, NOW, tomorrow) } : c));

  const sooner = answered(17, 'sooner');
  assert.ok(!selectReviewCards(sooner, { ...settings, count: 30 }, { ...TIME, now: new Date('2026-03-10T23:00:00Z') }, seededRandom('a')).includes(17));
  for (const seed of ['a', 'b', 'c']) assert.equal(selectReviewCards(sooner, settings, nextDay, seededRandom(seed))[0], 17);

  for (const answer of ['later', 'discard'] as const) {
    const out = answered(17, answer);
    for (const seed of ['a', 'b', 'c']) assert.ok(!selectReviewCards(out, { ...settings, count: 29 }, nextDay, seededRandom(seed)).includes(17), answer);
  }
  const in31Days = { now: new Date('2026-04-10T09:00:00Z'), dayStart: new Date('2026-04-10T00:00:00Z') };
  assert.ok(selectReviewCards(answered(17, 'later'), { ...settings, count: 30 }, in31Days, seededRandom('a')).includes(17), 'back after 30 days');
  assert.ok(!selectReviewCards(answered(17, 'discard'), { ...settings, count: 30 }, in31Days, seededRandom('a')).includes(17), 'never back');
});

test('cards answered today take their places in today’s count', () => {
  const candidates = Array.from({ length: 20 }, (_, i) => candidate(i + 1, 1, i < 4 ? { shown: 1, lastShownAt: '2026-03-10T08:00:00Z' } : {}));
  const ids = selectReviewCards(candidates, DEFAULT_REVIEW_SETTINGS, TIME, seededRandom('x'));
  assert.equal(ids.length, 6);
  assert.ok(ids.every((id) => id > 4));
});

test('a card under spaced repetition comes only when due, ahead of the draw', () => {
  const scheduled = answerCard(NEW_CARD, 'remembered', new Date('2026-03-08T12:00:00Z'), new Date('2026-03-09T00:00:00Z'));
  assert.equal(scheduled.dueAt, '2026-03-10T12:00:00.000Z', 'half-life 2 days');
  const candidates = [candidate(1, 1, scheduled), ...Array.from({ length: 20 }, (_, i) => candidate(i + 2, i + 2))];
  const before = { now: new Date('2026-03-10T11:00:00Z'), dayStart: TIME.dayStart };
  for (const seed of ['a', 'b', 'c', 'd']) {
    assert.ok(!selectReviewCards(candidates, { ...DEFAULT_REVIEW_SETTINGS, count: 20 }, before, seededRandom(seed)).includes(1));
    assert.equal(selectReviewCards(candidates, DEFAULT_REVIEW_SETTINGS, TIME, seededRandom(seed))[0], 1);
  }
});
