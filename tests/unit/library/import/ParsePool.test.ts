import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ImportProgress } from '../../../../electron/library/import/importPaths';
import { IMPORT_CACHE_MIN_KIB } from '../../../../electron/library/import/ImportMemory';
import { ParsePool } from '../../../../electron/library/import/ParsePool';
import { prepareArticle, withoutBlocks } from '../../../../electron/library/import/prepareArticle';
import { readBlocks } from '../../../../electron/library/articles/storedBlocks';
import { inflateText } from '../../../../electron/library/db/textFunctions';
import { SEEDS, tempDir, tempLibrary } from '../../helpers/tempLibrary';

const FILES = 450;

/** FILES numbered clippings (three batches): every 100th names Lukashenko, 7 and 307 are twins, 50 is empty. */
function writeFolder(dir: string): string[] {
  return Array.from({ length: FILES }, (_, i) => {
    const file = path.join(dir, `c${String(i).padStart(4, '0')}.txt`);
    const n = i === 307 ? 7 : i;
    const body = n % 100 === 0 ? 'Alexander Lukashenko met the delegation in Minsk.' : `Round ${n} of the grain talks ended without a deal.`;
    fs.writeFileSync(file, i === 50 ? '' : ` date 2024-05-${String((n % 28) + 1).padStart(2, '0')} Report ${n}\n\n${body}\n`);
    return file;
  });
}

test('a large import is prepared on worker threads and written in walk order, batch by batch, with the same results', async () => {
  const library = tempLibrary();
  const files = writeFolder(tempDir());
  const progress: ImportProgress[] = [];
  const cacheSize = () => library.db.pragma('cache_size', { simple: true });
  const cacheBefore = cacheSize();
  const cacheWhileWriting = new Set<unknown>();
  const results = await library.import([path.dirname(files[0]!)], (p) => {
    progress.push(p);
    cacheWhileWriting.add(cacheSize());
  });
  assert.deepEqual([...cacheWhileWriting], [-IMPORT_CACHE_MIN_KIB], 'a larger page cache while it writes, the least for a small library');
  assert.equal(cacheSize(), cacheBefore, 'given back after');

  assert.deepEqual(
    results.map((r) => r.file),
    files,
    'walk order',
  );
  assert.deepEqual(
    progress.map((p) => p.done),
    files.map((_, i) => i + 1),
  );
  assert.ok(progress.every((p) => p.total === FILES));
  assert.equal(results[50]!.status, 'error');
  assert.match(results[50]!.error!, /empty/);
  assert.deepEqual(results[307], { file: files[307], status: 'duplicate', id: results[7]!.id }, 'a twin in a later batch');
  assert.equal(results.filter((r) => r.status === 'added').length, FILES - 2);

  assert.equal(library.articles.count(), FILES - 2);
  assert.equal(library.search.query('grain', 1, 0).total, FILES - 2 - 5);
  assert.deepEqual(
    library.search
      .query('person:lukashenko', 10, 0)
      .rows.map((r) => r.id)
      .sort((a, b) => a - b),
    [0, 100, 200, 300, 400].map((i) => results[i]!.id),
  );
  assert.equal(library.articles.get(results[123]!.id!)!.published, '2024-05-12');

  const again = await library.import([path.dirname(files[0]!)]);
  assert.equal(again.filter((r) => r.status === 'duplicate').length, FILES - 1);
});

test('the pool prepares what this thread would, bad files included, the blocks only as stored', async () => {
  const pool = new ParsePool({ size: 2 });
  try {
    const inputs = [...fs.readdirSync(SEEDS).map((f) => path.join(SEEDS, f)), path.join(SEEDS, 'missing.pdf')].map((file) => ({
      file,
      bytes: fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('%PDF-1.7'),
    }));
    const pooled = await Promise.all(inputs.map(({ file, bytes }) => pool.prepare(file, bytes)));
    const here = inputs.map(({ file, bytes }) => prepareArticle(file, bytes));
    // The blocks come back only as stored: a worker leaves the objects out of its reply, and the stored ones are theirs.
    assert.deepEqual(pooled, here.map(withoutBlocks));
    for (const [i, p] of here.entries()) {
      if (!p.ok) continue;
      assert.ok(p.value.article.blocks.length > 0);
      assert.deepEqual(pooled[i]!.ok && pooled[i]!.value.article.blocks, [], inputs[i]!.file);
      assert.deepEqual(readBlocks(inflateText(Buffer.from(p.value.stored.blocks)), p.value.body), p.value.article.blocks, inputs[i]!.file);
    }
    assert.deepEqual(pooled.at(-1), { ok: false, error: 'files of type ".pdf" are not supported' });
  } finally {
    await pool.close();
  }
});

test("a file that outgrows a worker's old generation ends the worker and is prepared on this thread", async () => {
  const pool = new ParsePool({ size: 1, oldGenerationMb: 32 });
  try {
    const small = Buffer.from('A short note from Minsk.\n');
    const paragraph = (i: number) => `<p>Paragraph ${i} of the long report on the grain talks, which ended without a deal.</p>\n`;
    const long = Buffer.from(`<html><body><article>${Array.from({ length: 5000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`);
    const fromWorker = await pool.prepare('/notes/small.txt', small);
    assert.deepEqual(fromWorker.ok && fromWorker.value.article.blocks, [], 'a worker prepared it: its blocks left out');
    // Blocks sent back show where it was prepared: here, since its worker ran out of memory on it.
    assert.deepEqual(await pool.prepare('/notes/long.html', long), prepareArticle('/notes/long.html', long));
    assert.deepEqual(await pool.prepare('/notes/small.txt', small), fromWorker, 'a new worker takes the next file');
  } finally {
    await pool.close();
  }
});

test('the pool starts one worker for any number of files, and one more each time the writer asks, up to its size', async () => {
  const pool = new ParsePool({ size: 2 });
  try {
    const seeds = fs.readdirSync(SEEDS).map((f) => ({ file: path.join(SEEDS, f), bytes: fs.readFileSync(path.join(SEEDS, f)) }));
    const prepareAll = () => Promise.all(seeds.map(({ file, bytes }) => pool.prepare(file, bytes)));
    const first = prepareAll();
    assert.equal(pool.workers, 1);
    const alone = await first;
    pool.more();
    assert.equal(pool.workers, 2);
    pool.more();
    assert.equal(pool.workers, 2, 'never more than its size');
    assert.deepEqual(await prepareAll(), alone);
  } finally {
    await pool.close();
  }
});
