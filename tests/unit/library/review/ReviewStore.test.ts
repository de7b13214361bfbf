import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { HighlightColor } from '../../../../electron/common/shapes/highlightColors';
import { readBackup, restoreBackup } from '../../../../electron/library/backup/restoreBackup';
import { writeBackup } from '../../../../electron/library/backup/writeBackup';
import { SEEDS, tempDir, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
const article = new Map<string, number>();
const NOW = new Date('2026-03-10T12:00:00');

/** A highlight of `quote` (its first occurrence) in seed `seed`. */
function highlight(seed: string, quote: string, color: HighlightColor = 'yellow', tags: string[] = []): number {
  return library.annotations.highlights.create(article.get(seed)!, { quote, occurrence: 1 }, { color, note: '', tags }).id;
}

const ids = new Map<string, number>();
before(async () => {
  for (const r of await library.import([SEEDS])) article.set(path.basename(r.file).slice(0, 3), r.id!);
  // Seed 000 is the only article about Cai Qi; its second highlight does not name him.
  ids.set('cai', highlight('000', 'Cai Qi'));
  ids.set('summit', highlight('000', 'Lukashenko is in China', 'red', ['summits']));
  ids.set('other', highlight('001', 'Lukashenko', 'red'));
  ids.set('tagged', highlight('002', 'Lukashenko', 'green', ['summits']));
  ids.set('plain', highlight('003', 'Lukashenko', 'blue'));
});

const drawn = (query: string) =>
  library.review
    .today(query, 100, NOW)
    .cards.map((c) => c.highlight.id)
    .sort((a, b) => a - b);
const named = (...names: string[]) => names.map((n) => ids.get(n)!).sort((a, b) => a - b);

test('a themed review draws only the highlights of the articles its query finds, whatever the quote says', () => {
  assert.deepEqual(drawn(''), named('cai', 'summit', 'other', 'tagged', 'plain'));
  assert.deepEqual(drawn('person:"Cai Qi"'), named('cai', 'summit'));
  assert.deepEqual(drawn('-person:"Cai Qi"'), named('other', 'tagged', 'plain'));
});

test('color: and tag: name the highlights themselves, as in All highlights', () => {
  assert.deepEqual(drawn('color:red'), named('summit', 'other'));
  assert.deepEqual(drawn('-color:red'), named('cai', 'tagged', 'plain'));
  assert.deepEqual(drawn('color:red color:green'), named('summit', 'other', 'tagged'));
  assert.deepEqual(drawn('tag:summits'), named('summit', 'tagged'), 'not the untagged highlight beside it');
  assert.deepEqual(drawn('tag:summits person:"Cai Qi"'), named('summit'));
  const hinted = library.review.today('tag:#', 100, NOW);
  assert.deepEqual(hinted.cards, []);
  assert.equal(hinted.hints.length, 1);
});

test('archived articles are reviewed; the Trash only when asked for', () => {
  library.shelves.setArchived([article.get('001')!], true);
  library.shelves.setTrashed([article.get('003')!], true);
  try {
    assert.deepEqual(drawn(''), named('cai', 'summit', 'other', 'tagged'));
    assert.deepEqual(drawn('is:trashed'), named('plain'));
  } finally {
    library.shelves.setArchived([article.get('001')!], false);
    library.shelves.setTrashed([article.get('003')!], false);
  }
});

test('each card shows the sentence its quote stands in, and its article', () => {
  const card = library.review.today('', 100, NOW).cards.find((c) => c.highlight.id === ids.get('summit'))!;
  assert.equal(card.context.before, '');
  assert.match(card.context.after, /^ for the Shanghai Cooperation Organization Summit 2025, .*\.$/);
  assert.doesNotMatch(card.context.after, /Beijing|\n/);
  const cai = library.review.today('', 100, NOW).cards.find((c) => c.highlight.id === ids.get('cai'))!;
  assert.equal(cai.context.before, '');
  assert.match(cai.context.after, /^, a member of the Standing Committee .* Sept\. 2, 2025\.$/, 'an abbreviation does not end the sentence');
  assert.deepEqual(Object.keys(card.article).sort(), ['id', 'published', 'source', 'title']);
  assert.equal(card.article.id, article.get('000'));
});

test('answers are kept: the day’s count, the streak, the schedule, and through a backup and a restore', async () => {
  const day1 = new Date('2026-03-10T09:00:00');
  const day2 = new Date('2026-03-11T09:00:00');
  const first = library.review.today('', 3, day1);
  assert.equal(first.cards.length, 3);
  assert.deepEqual([first.streak, first.answeredToday], [0, 0]);
  const [a, b] = first.cards.map((c) => c.highlight.id) as [number, number];
  assert.deepEqual(library.review.answer(a, 'keep', day1), {
    schedule: { shown: 1, dueAt: null, hiddenUntil: null, discarded: false, halfLifeDays: null, recall: null },
    streak: 1,
    answeredToday: 1,
  });
  const remembered = library.review.answer(b, 'remembered', day1);
  assert.equal(remembered.schedule.halfLifeDays, 2);
  assert.equal(remembered.schedule.recall, 1);
  const left = library.review.today('', 3, day1);
  assert.deepEqual(
    left.cards.map((c) => c.highlight.id),
    first.cards.slice(2).map((c) => c.highlight.id),
    'the day’s remaining card',
  );
  assert.equal(library.review.today('', 3, day2).streak, 1, 'a streak stands until the day ends without a review');
  library.review.answer(a, 'sooner', day2);
  assert.equal(library.review.today('', 3, day2).streak, 2);

  const file = path.join(tempDir(), 'backup.json');
  writeBackup(library, file);
  const restored = tempLibrary();
  restoreBackup(restored, readBackup(file), false);
  const uuid = (lib: typeof library, id: number) => lib.annotations.highlights.get(id).uuid;
  const cards = (lib: typeof library) =>
    lib.db
      .prepare(
        'SELECT h.uuid, r.shown, r.due_at, r.half_life_days, r.recalled_at FROM review_cards r JOIN highlights h ON h.id = r.highlight_id ORDER BY h.uuid',
      )
      .all();
  assert.deepEqual(cards(restored), cards(library));
  assert.equal(cards(restored).length, 2);
  assert.ok(cards(restored).some((c: any) => c.uuid === uuid(library, b) && c.half_life_days === 2));
  assert.equal(restored.review.today('', 3, day2).streak, 2);
});

test('settings are kept, with defaults for what was never set', () => {
  assert.deepEqual(library.review.settings(), { count: 10, favouriteWeight: 2, recentWeight: 2, recentDays: 30 });
  assert.deepEqual(library.review.setSettings({ count: 5 }), { count: 5, favouriteWeight: 2, recentWeight: 2, recentDays: 30 });
  assert.equal(library.review.today('', undefined, new Date('2026-05-01T09:00:00')).cards.length, 5);
});
