import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import expected from '../../../fixtures/seeds-expected.json';
import { SEEDS, tempDir, tempLibrary } from '../../helpers/tempLibrary';

type Gold = { title: string[] | { prefix: string }; published: string };
const gold = Object.entries(expected).filter(([name]) => name.endsWith('.txt')) as [string, Gold][];

function titleMatches(title: string, want: Gold['title']): boolean {
  return Array.isArray(want) ? want.includes(title) : want.prefix.startsWith(title.replace(/…$/, '').trim()) || title.startsWith(want.prefix);
}

test('the five seeds import with their true titles and dates', async () => {
  const library = tempLibrary();
  const results = await library.import([SEEDS]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['added', 'added', 'added', 'added', 'added'],
  );
  for (const [name, want] of gold) {
    const result = results.find((r) => path.basename(r.file) === name)!;
    const article = library.articles.get(result.id!)!;
    assert.ok(titleMatches(article.title, want.title), `${name}: title "${article.title}"`);
    assert.equal(article.published, want.published, `${name}: published`);
    assert.ok(article.wordCount > 100, `${name}: word count ${article.wordCount}`);
  }
});

test('re-importing unchanged files reports duplicates and writes nothing', async () => {
  const library = tempLibrary();
  await library.import([SEEDS]);
  const before = library.db.prepare('SELECT id, updated_at FROM articles ORDER BY id').all();
  const again = await library.import([SEEDS]);
  assert.deepEqual(
    again.map((r) => r.status),
    Array(5).fill('duplicate'),
  );
  assert.deepEqual(library.db.prepare('SELECT id, updated_at FROM articles ORDER BY id').all(), before);
});

test('the same content under another path is a duplicate of the first article', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  const seed = path.join(SEEDS, '002_ac33ee3db0e813a5.txt');
  const [first] = await library.import([seed]);
  fs.copyFileSync(seed, path.join(dir, 'copy.txt'));
  const [copy] = await library.import([path.join(dir, 'copy.txt')]);
  assert.equal(copy!.status, 'duplicate');
  assert.equal(copy!.id, first!.id);
  assert.equal(library.articles.count(), 1);
});

test('a changed file is updated in place, keeping its id', async () => {
  const library = tempLibrary();
  const file = path.join(tempDir(), 'story.txt');
  fs.writeFileSync(file, ' date 2024-03-01 First headline\n\nThe first version of the story.\n');
  const [added] = await library.import([file]);
  fs.writeFileSync(file, ' date 2024-03-02 Second headline\n\nThe corrected version of the story.\n');
  const [updated] = await library.import([file]);
  assert.equal(updated!.status, 'updated');
  assert.equal(updated!.id, added!.id);
  const article = library.articles.get(added!.id!)!;
  assert.equal(article.title, 'Second headline');
  assert.equal(article.published, '2024-03-02');
  assert.equal(library.search.query('corrected', 10, 0).total, 1);
  assert.equal(library.search.query('first', 10, 0).total, 0);
});

test('bad input gets one clear error per file; everything else is imported and nothing existing changes', async () => {
  const library = tempLibrary();
  await library.import([path.join(SEEDS, '000_b6e059254387143c.txt')]);
  const snapshot = library.db.prepare('SELECT * FROM articles').all();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'b-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(path.join(dir, 'c-good.txt'), ' date 2024-05-06 A good article\n\nIt has a body that is fine.\n');
  const missing = path.join(dir, 'missing.txt');
  const results = await library.import([dir, missing]);
  const byName = new Map(results.map((r) => [path.basename(r.file), r]));
  assert.equal(byName.get('a-empty.txt')?.status, 'error');
  assert.match(byName.get('a-empty.txt')!.error!, /empty/i);
  assert.equal(byName.get('b-image.txt')?.status, 'error');
  assert.match(byName.get('b-image.txt')!.error!, /binary|not text/i);
  assert.equal(byName.get('missing.txt')?.status, 'error');
  assert.match(byName.get('missing.txt')!.error!, /no such file/);
  assert.equal(byName.get('c-good.txt')?.status, 'added');
  for (const r of results) assert.equal('error' in r, r.status === 'error', `${r.file}: error only on errors`);
  assert.deepEqual(library.db.prepare('SELECT * FROM articles WHERE id = 1').all(), snapshot);
  assert.equal(library.articles.count(), 2);
});

test(
  'an unreadable folder is one error and the rest of the import goes on',
  { skip: process.getuid?.() === 0 ? 'root reads every folder' : false },
  async () => {
    const library = tempLibrary();
    const dir = tempDir();
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'A headline\n\nA body.\n');
    fs.chmodSync(locked, 0o000);
    try {
      const results = await library.import([dir]);
      assert.deepEqual(
        results.map((r) => [path.basename(r.file), r.status]),
        [
          ['locked', 'error'],
          ['ok.txt', 'added'],
        ],
      );
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  },
);

test('a path inside a file (not a folder) is reported, not thrown', async () => {
  const library = tempLibrary();
  const file = path.join(tempDir(), 'plain.txt');
  fs.writeFileSync(file, 'x');
  const [result] = await library.import([path.join(file, 'inside.txt')]);
  assert.equal(result!.status, 'error');
  assert.match(result!.error!, /not a folder/);
});

test('folder imports pick up article files recursively, in name order, skipping hidden and other files', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  fs.mkdirSync(path.join(dir, '.hidden'));
  fs.writeFileSync(path.join(dir, 'b.txt'), 'Bravo headline\n\nBody b.\n');
  fs.writeFileSync(path.join(dir, 'sub', 'deeper', 'a.txt'), 'Alpha headline\n\nBody a.\n');
  fs.writeFileSync(path.join(dir, 'photo.jpg'), 'not an article');
  fs.writeFileSync(path.join(dir, '.hidden', 'c.txt'), 'Hidden\n\nBody.\n');
  const results = await library.import([dir]);
  assert.deepEqual(
    results.map((r) => path.relative(dir, r.file)),
    ['b.txt', path.join('sub', 'deeper', 'a.txt')],
  );
});

test('progress is reported for every file', async () => {
  const library = tempLibrary();
  const seen: number[] = [];
  await library.import([SEEDS], (p) => seen.push(p.done));
  assert.deepEqual(seen, [1, 2, 3, 4, 5]);
});

test('seedOnce imports the seeds on the first opening only', async () => {
  const library = tempLibrary();
  await library.seedOnce(SEEDS);
  assert.equal(library.articles.count(), 5);
  library.db.prepare('DELETE FROM articles WHERE id = 1').run();
  await library.seedOnce(SEEDS);
  assert.equal(library.articles.count(), 4);
});

test('in one batch, new articles written together give what writing them in turn would: twins, and updates to a twin', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  const story = (headline: string) => ` date 2024-03-01 ${headline}\n\nPresident Lukashenko met the delegation in Minsk about ${headline.toLowerCase()}.\n`;
  fs.writeFileSync(path.join(dir, 'b.txt'), story('Potash exports'));
  const [before] = await library.import([path.join(dir, 'b.txt')]);
  fs.writeFileSync(path.join(dir, 'a.txt'), story('Grain harvest'));
  // Changed to the content of a new file before it: still an update of its own article.
  fs.writeFileSync(path.join(dir, 'b.txt'), story('Grain harvest'));
  fs.copyFileSync(path.join(dir, 'a.txt'), path.join(dir, 'c.txt'));
  fs.writeFileSync(path.join(dir, 'd.txt'), story('Rail freight'));
  fs.copyFileSync(path.join(dir, 'd.txt'), path.join(dir, 'e.txt'));
  const results = await library.import([dir]);
  const [a, b, c, d, e] = results;
  assert.deepEqual(
    results.map((r) => [path.basename(r.file), r.status]),
    [
      ['a.txt', 'added'],
      ['b.txt', 'updated'],
      ['c.txt', 'duplicate'],
      ['d.txt', 'added'],
      ['e.txt', 'duplicate'],
    ],
  );
  assert.equal(b!.id, before!.id);
  // The first article with that content, as the library is asked.
  assert.equal(c!.id, before!.id);
  assert.equal(e!.id, d!.id);
  assert.ok(d!.id! > a!.id!);
  for (const r of [a, d]) {
    const article = library.articles.get(r!.id!)!;
    assert.equal(article.file, r!.file);
    assert.ok(
      library.search
        .query(`"${article.title}"`, 5, 0)
        .rows.map((row) => row.id)
        .includes(r!.id!),
    );
    assert.ok((library.db.prepare('SELECT count(*) FROM article_entities WHERE article_id = ?').pluck().get(r!.id!) as number) > 0, 'entities written');
  }
});
