import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import type { Library } from '../../../../electron/library/Library';
import { LiveFacetSnapshot, readInWorker } from '../../../../electron/library/facets/LiveFacetSnapshot';
import { FacetSnapshotReader } from '../../../../electron/library/facets/FacetSnapshotReader';
import { foregroundOf } from '../../../../electron/library/workers/Foreground';
import { UNREAD } from '../../../../electron/library/facets/facetSnapshot';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

function tagArticle(library: Library, articleId: number, name: string): void {
  const { lastInsertRowid } = library.db.prepare("INSERT INTO tags (name, created_at) VALUES (?, datetime('now'))").run(name);
  library.db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(articleId, lastInsertRowid);
}

/** The seeds, read, starred, archived and tagged in part, so that every part of a snapshot holds something. */
async function library() {
  const library = tempLibrary();
  await library.import([SEEDS]);
  library.reading.setRead([1, 2], true);
  library.reading.setStarred([3], true);
  library.shelves.setArchived([4], true);
  tagArticle(library, 5, 'kept');
  return library;
}

test('read by a worker thread, the snapshot is the one read here, and it holds until the library changes', async (t) => {
  const lib = await library();
  const live = new LiveFacetSnapshot(lib.db, { read: readInWorker, fromArticles: 0 });
  const here = new FacetSnapshotReader(lib.db).read().snapshot;
  const read = t.mock.method(FacetSnapshotReader.prototype, 'read');
  const snapshot = await live.ready();
  assert.equal(read.mock.callCount(), 0, 'nothing was read on this thread');
  assert.deepEqual(snapshot, here);
  assert.ok(snapshot.entities.person.length > 0 && snapshot.tags.length === 1 && snapshot.flags.some((f) => f > 1));
  assert.equal(live.get(), snapshot, 'asked again, the same snapshot');
  assert.equal(await live.ready(), snapshot);
  assert.equal(read.mock.callCount(), 0);
});

/** A snapshot whose worker reads are each followed by a counted change, for the first `changed` of them. */
function changedAfterReads(lib: Library, changed: number) {
  let n = 0;
  const read = async (db: Library['db']) => {
    const snapshot = await readInWorker(db);
    if (n < changed) tagArticle(lib, 1 + (n % 5), `after ${changed} reads, ${++n}`);
    return snapshot;
  };
  const live = new LiveFacetSnapshot(lib.db, { read, fromArticles: 0 });
  return { live, changes: () => n };
}

test('a read the library changed after is read again; after three, the snapshot is read here', async (t) => {
  const lib = await library();
  const reader = new FacetSnapshotReader(lib.db);
  const read = t.mock.method(FacetSnapshotReader.prototype, 'read');
  const twice = changedAfterReads(lib, 2);
  const snapshot = await twice.live.ready();
  assert.equal(twice.changes(), 2);
  assert.equal(read.mock.callCount(), 0, 'the third read held');
  assert.deepEqual(snapshot, reader.read().snapshot);
  assert.equal(snapshot.tags.length, 3);

  const always = changedAfterReads(lib, Infinity);
  read.mock.resetCalls();
  assert.deepEqual(await always.live.ready(), reader.read().snapshot);
  assert.equal(always.changes(), 3);
  assert.equal(read.mock.callCount(), 2, 'read here, once, and by the test');
});

test('a worker that cannot open the library leaves the build to this thread', async () => {
  const lib = await library();
  const live = new LiveFacetSnapshot(lib.db, { read: readInWorker, fromArticles: 0 });
  // The connection keeps the file it has open; the worker finds no file at its name.
  fs.renameSync(lib.db.name, `${lib.db.name}.moved`);
  try {
    assert.deepEqual(await live.ready(), new FacetSnapshotReader(lib.db).read().snapshot);
  } finally {
    fs.renameSync(`${lib.db.name}.moved`, lib.db.name);
  }
});

test('a small library is read on this thread, where a worker would take longer to start than the read', async (t) => {
  const lib = await library();
  const read = t.mock.method(FacetSnapshotReader.prototype, 'read');
  const offThread = t.mock.fn(readInWorker);
  const snapshot = await new LiveFacetSnapshot(lib.db, { read: offThread, fromArticles: 6 }).ready();
  assert.equal(read.mock.callCount(), 1);
  assert.equal(offThread.mock.callCount(), 0);
  assert.equal(snapshot.ids.length, 5);
});

test('a read pauses before it begins, before each list of ids and after each group it reads, where a worker waits while the reader is answered', async () => {
  const lib = await library();
  let pauses = 0;
  const { snapshot } = new FacetSnapshotReader(lib.db).read(() => pauses++);
  const { sources, days, undated, entities, tags } = snapshot;
  const groups =
    sources.length + days.length + (undated.length > 0 ? 1 : 0) + entities.person.length + entities.place.length + entities.org.length + tags.length;
  // Before the transaction, six lists of ids read whole, and four statements of groups.
  assert.equal(pauses, 1 + 6 + 4 + groups);
});

test("a worker's read waits while the library's connection answers the reader (Foreground)", { timeout: 30_000 }, async () => {
  const lib = await library();
  const running = new Int32Array(foregroundOf(lib.db).shared);
  const here = new FacetSnapshotReader(lib.db).read().snapshot;
  Atomics.store(running, 0, 1);
  let read: Awaited<ReturnType<typeof readInWorker>> | undefined;
  const reading = readInWorker(lib.db).then((r) => (read = r));
  try {
    // Woken while the answer is still under way, a waiting worker waits again: a wake that finds one shows it paused.
    const deadline = Date.now() + 20_000;
    while (Atomics.notify(running, 0, 1) === 0) {
      assert.equal(read, undefined, 'read while the reader was answered');
      assert.ok(Date.now() < deadline, 'the worker never paused');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(read, undefined, 'went on while the reader was answered');
  } finally {
    Atomics.store(running, 0, 0);
    Atomics.notify(running, 0);
  }
  assert.deepEqual((await reading)?.snapshot, here);
});

test('what a worker read holds once the reading-state changes made meanwhile are applied to it; another change has it read again', async () => {
  const lib = await library();
  let reads = 0;
  let change = (): void => {};
  const live = new LiveFacetSnapshot(lib.db, {
    read: async (db) => {
      const read = await readInWorker(db);
      reads++;
      change();
      change = () => {};
      return read;
    },
    fromArticles: 0,
  });
  const markRead = (id: number, read: boolean) =>
    live.patch([id], UNREAD, !read, () => lib.db.prepare('UPDATE articles SET read_at = ? WHERE id = ?').run(read ? new Date().toISOString() : null, id));
  change = () => {
    markRead(3, true);
    markRead(1, false);
  };
  assert.deepEqual(await live.ready(), new FacetSnapshotReader(lib.db).read().snapshot);
  assert.equal(reads, 1, 'the read was caught up, not read again');

  // Out of date (another snapshot's reading state changed), it is read again; meanwhile an article is marked read and
  // a source changed, which no patch made: it is read a third time.
  lib.reading.setRead([5], true);
  change = () => {
    markRead(4, true);
    lib.db.prepare("UPDATE articles SET source = 'Elsewhere' WHERE id = 2").run();
  };
  assert.deepEqual(await live.ready(), new FacetSnapshotReader(lib.db).read().snapshot);
  assert.equal(reads, 1 + 2, 'read again');
});
