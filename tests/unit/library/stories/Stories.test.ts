import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compareArticles } from '../../../../electron/library/stories/compareArticles';
import { articleSignature, signatureOf } from '../../../../electron/library/stories/minHash';
import { STORY_ARTICLES, writeStoryArticles } from '../../helpers/storyArticles';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

async function library() {
  const dir = writeStoryArticles(tempDir());
  const lib = tempLibrary();
  await lib.import([dir]);
  const id = (name: string) => lib.articles.findByFile(path.join(dir, name))!.id;
  return { lib, id, story: (name: string) => lib.stories.index.storyOf(id(name)) };
}

test('one event across outlets and languages is one story; the same people on another day are another', async () => {
  const { lib, id, story } = await library();
  assert.equal(story('tass.txt'), story('xinhua.txt'), 'Russian and English reports of one meeting');
  assert.equal(story('dpa.txt'), story('xinhua.txt'), 'the German report a day later');
  assert.notEqual(story('later.txt'), story('xinhua.txt'), 'the same men, a fortnight later');

  const shown = lib.stories.read.get(story('xinhua.txt')!)!;
  assert.deepEqual(
    shown.articles.map((a) => a.id),
    [id('tass.txt'), id('xinhua.txt'), id('dpa.txt')],
    'in time order (then in order of import)',
  );
  assert.deepEqual([...shown.languages].sort(), ['de', 'en', 'ru']);
  assert.ok(shown.people.includes('Wang Yi'), shown.people.join(', '));
  assert.deepEqual(
    lib.stories.read.list('', 10, 0).stories.map((s) => s.id),
    [shown.id],
    'a story of one article is not listed',
  );
  assert.deepEqual(lib.stories.read.list('lang:de', 10, 0).total, 1);
  assert.deepEqual(lib.stories.read.list('lang:zh', 10, 0).total, 0);
  assert.equal(lib.stories.read.ofArticle(id('later.txt')), null);
  const found = lib.search.query(`story:${shown.id}`, 10, 0);
  assert.deepEqual(found.rows.map((h) => h.id).sort(), shown.articles.map((a) => a.id).sort(), 'story: finds its articles');

  // Xinhua's report says more than TASS's: the meeting is in both, the industrial park only in Xinhua's.
  const { a, b } = compareArticles(lib.db, id('xinhua.txt'), id('tass.txt'));
  const said = (text: RegExp) => a.sentences.find((s) => text.test(s.text))?.shared;
  assert.equal(said(/^MINSK, March 3/), true, 'the meeting, in Russian too');
  assert.equal(said(/Great Stone/), false, 'the industrial park, in Xinhua alone');
  assert.ok(b.sentences.some((s) => s.shared));
});

test('articles are found by their keys once these are moved out of the recent keys', async () => {
  const { lib, story } = await library();
  lib.stories.index.keys.moveRecent();
  assert.equal(lib.db.prepare('SELECT count(*) FROM story_keys_recent').pluck().get(), 0);
  assert.equal((await lib.reclustering.finished(lib.reclustering.start(true)!))?.error, null);
  assert.equal(story('tass.txt'), story('xinhua.txt'));
  assert.equal(story('dpa.txt'), story('xinhua.txt'));
  assert.notEqual(story('later.txt'), story('xinhua.txt'));
});

test('reports of one event before 1970 are one story too', async () => {
  const dir = tempDir();
  for (const [name, text] of Object.entries(STORY_ARTICLES)) fs.writeFileSync(path.join(dir, name), text.replace(/2026-03-(\d\d)/, '1966-03-$1'));
  const lib = tempLibrary();
  await lib.import([dir]);
  const story = (name: string) => lib.stories.index.storyOf(lib.articles.findByFile(path.join(dir, name))!.id);
  assert.equal(story('tass.txt'), story('xinhua.txt'));
  assert.equal(story('dpa.txt'), story('xinhua.txt'));
});

test('split, merge and move out are kept through a full re-clustering', async () => {
  const { lib, id, story } = await library();
  const recluster = async () => {
    const status = await lib.reclustering.finished(lib.reclustering.start(true)!);
    assert.equal(status?.error, null);
  };
  await recluster();
  const meeting = story('xinhua.txt')!;
  assert.equal(story('tass.txt'), meeting, 'a re-clustering finds the same story, with the same id');

  lib.stories.corrections.moveOut(id('dpa.txt'));
  lib.stories.corrections.merge(story('later.txt')!, meeting);
  await recluster();
  assert.notEqual(story('dpa.txt'), story('xinhua.txt'), 'moved out');
  assert.equal(story('later.txt'), story('xinhua.txt'), 'merged');
  assert.equal(story('tass.txt'), story('xinhua.txt'));

  const split = lib.stories.corrections.split(story('xinhua.txt')!, [id('later.txt')]);
  assert.equal(story('later.txt'), split);
  await recluster();
  assert.notEqual(story('later.txt'), story('xinhua.txt'), 'split off');
  assert.equal(story('tass.txt'), story('xinhua.txt'), 'the rest stays together');
  assert.throws(() => lib.stories.corrections.moveOut(id('later.txt')), /alone in its story/);
});

test('an imported article is placed with the signature its parsing thread hashed, the one placing it here computes', async () => {
  const dir = tempDir();
  // A batch and more, so that the files are prepared on parsing threads; each of its own wording and title.
  for (let i = 0; i < 210; i++) {
    const words = Array.from({ length: 12 }, (_, j) => `w${(i * 7 + j * 13) % 97}`).join(' ');
    fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), ` date 2024-05-0${(i % 9) + 1} Report ${i} from Minsk\n\n${words}.\n`);
  }
  const lib = tempLibrary();
  await lib.import([dir]);
  const rows = lib.db.prepare('SELECT a.id, f.minhash FROM articles a JOIN story_features f ON f.article_id = a.id').all() as { id: number; minhash: Buffer }[];
  assert.equal(rows.length, 210);
  for (const { id, minhash } of rows) {
    const article = lib.articles.get(id)!;
    assert.deepEqual(signatureOf(minhash), articleSignature(article.title, article.body), article.file);
  }
});
