import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseBudgetMs, ParsePool } from '../../../../electron/library/import/ParsePool';
import { prepareArticle, withoutBlocks, type Prepared } from '../../../../electron/library/import/prepareArticle';
import { findSlowShape } from '../../../../electron/library/parse/findSlowShape';
import { corpusArticles } from '../../../bench/corpus';
import { SLOW_FILES } from '../../../fixtures/slowFiles';
import { SEEDS, tempDir, tempLibrary } from '../../helpers/tempLibrary';

test('each slow file imports within its budget with its words, and the result says it was read as plain text and why', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  for (const { name, text, words } of SLOW_FILES) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const started = performance.now();
    const [result] = await library.import([file]);
    const ms = performance.now() - started;
    assert.equal(result!.status, 'added', name);
    assert.equal(result!.readAsPlainText, findSlowShape(path.extname(name), text), name);
    const article = library.articles.get(result!.id!)!;
    for (const w of words) assert.ok(`${article.title}\n\n${article.body}`.includes(w), `${name}: "${w}"`);
    assert.ok(ms < parseBudgetMs(Buffer.byteLength(text)), `${name} took ${Math.round(ms)} ms`);
  }
});

test('a file past its budget has its worker stopped and is read as plain text, after the rest of its batch; nothing is lost', async () => {
  // 80,000 images: a shape the scan does not know, linear but slow (seconds), read as plain text in a few hundred ms.
  const gallery = Buffer.from(`<body><p>Words of the gallery page.</p>${'<img src=x>'.repeat(90_000)}`);
  assert.equal(findSlowShape('.html', gallery.toString()), null);
  const pool = new ParsePool({ size: 2, budgetMs: (bytes) => (bytes === gallery.length ? 1000 : parseBudgetMs(bytes)) });
  try {
    const ordinary = fs.readdirSync(SEEDS).map((f) => ({ file: path.join(SEEDS, f), bytes: fs.readFileSync(path.join(SEEDS, f)) }));
    const settled: string[] = [];
    const tracked = (file: string, prepared: Promise<Prepared>) => prepared.then((p) => (settled.push(file), p));
    const [slow, ...rest] = await Promise.all([
      tracked('gallery.html', pool.prepare('gallery.html', gallery)),
      ...ordinary.map(({ file, bytes }) => tracked(file, pool.prepare(file, bytes))),
    ]);
    assert.equal(settled.at(-1), 'gallery.html', 'the others were not held up behind it');
    assert.deepEqual(
      rest,
      ordinary.map(({ file, bytes }) => withoutBlocks(prepareArticle(file, bytes))),
    );
    assert.ok(slow?.ok);
    assert.equal(slow.value.article.readAsPlainText, 'reading it took longer than its budget of 1 s');
    assert.equal(slow.value.body, 'Words of the gallery page.');
    // The stopped worker's replacement goes on preparing files.
    assert.deepEqual(await pool.prepare(ordinary[0]!.file, ordinary[0]!.bytes), withoutBlocks(prepareArticle(ordinary[0]!.file, ordinary[0]!.bytes)));
  } finally {
    await pool.close();
  }
});

test('a folder of 1,000 ordinary articles with 10 slow files among them is imported whole, every file with its text', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  const ordinary = [...corpusArticles(1000)].map(({ name, text }) => ({ file: path.join(dir, name), text }));
  for (const { file, text } of ordinary) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  // Spread through the folder, so they fall in different batches.
  const slow = SLOW_FILES.map((s, i) => ({ ...s, file: path.join(dir, '000', `${String(i * 100 + 50).padStart(6, '0')}-${s.name}`) }));
  for (const { file, text } of slow) fs.writeFileSync(file, text);

  const results = await library.import([dir]);
  assert.equal(results.length, 1010);
  assert.deepEqual(
    results.filter((r) => r.status !== 'added'),
    [],
  );
  const byFile = new Map(results.map((r) => [r.file, r]));
  for (const { file, text } of ordinary) {
    const result = byFile.get(file)!;
    assert.equal(result.readAsPlainText, undefined, file);
    // The longest paragraph after the header line is the article's text, not a headline or furniture.
    const longest = text
      .split('\n\n')
      .slice(1)
      .reduce((a, b) => (b.length > a.length ? b : a));
    assert.ok(library.articles.get(result.id!)!.body.includes(longest.trim()), file);
  }
  for (const { file, words } of slow) {
    const result = byFile.get(file)!;
    assert.ok(result.readAsPlainText, file);
    const article = library.articles.get(result.id!)!;
    for (const w of words) assert.ok(`${article.title}\n\n${article.body}`.includes(w), `${file}: "${w}"`);
  }
});
