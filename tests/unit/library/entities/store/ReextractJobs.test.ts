import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Library } from '../../../../../electron/library/Library';
import { SEEDS, tempLibrary } from '../../../helpers/tempLibrary';

async function seeded(): Promise<Library> {
  const library = tempLibrary();
  await library.import([SEEDS]);
  return library;
}

async function finished(library: Library, jobId: number) {
  for (;;) {
    const status = library.reextraction.status(jobId)!;
    if (status.finished) return status;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const entityRows = (library: Library) => library.db.prepare('SELECT count(*) FROM article_entities').pluck().get() as number;

test('the estimate counts every article and times a sample of them, leaving the library as it was', async () => {
  const library = await seeded();
  const mentions = entityRows(library);
  const { articles, seconds } = library.reextraction.estimate();
  assert.equal(articles, 5);
  assert.ok(seconds >= 0 && seconds < 5, `${seconds} s`);
  // The sample's writes were rolled back: the same mentions, no transaction left open.
  library.db.prepare('DELETE FROM article_entities').run();
  library.reextraction.estimate();
  assert.equal(entityRows(library), 0);
  assert.equal(library.db.inTransaction, false);
  assert.ok(mentions > 0);
});

test('a run asked to stop stops before its next batch and keeps what it did; a finished run cannot be cancelled', async () => {
  const library = await seeded();
  const jobId = library.reextraction.start(true)!;
  assert.equal(library.reextraction.cancel(jobId), true);
  const stopped = await finished(library, jobId);
  assert.deepEqual([stopped.cancelled, stopped.done, stopped.total, stopped.error], [true, 0, 5, null]);
  assert.equal(library.reextraction.cancel(jobId), false);
  assert.equal(library.reextraction.cancel(999), false);

  // The next run is not cancelled by the last one's request.
  const next = library.reextraction.start(true)!;
  assert.notEqual(next, jobId);
  const done = await finished(library, next);
  assert.deepEqual([done.cancelled, done.done, done.total], [false, 5, 5]);
  assert.ok(entityRows(library) > 0);
});
