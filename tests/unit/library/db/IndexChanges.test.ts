import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { before, test } from 'node:test';
import { indexChanges } from '../../../../electron/library/db/IndexChanges';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
before(() => library.import([SEEDS]));

test('the articles whose text this connection changed are listed; a change by another connection or in a transaction lists nothing', async () => {
  const changes = indexChanges(library.db);
  assert.equal(indexChanges(library.db), changes, 'one list per connection');
  const [first, second, third] = library.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 3').pluck().all() as number[];
  const texts = (id: number) => library.db.prepare('SELECT body, title FROM articles WHERE id = ?').raw().get(id) as string[];
  const textsBefore = [first, second, third].map((id) => [id, texts(id!)]);
  let mark = changes.mark()!;
  library.reading.setRead([first!], true);
  library.shelves.setArchived([second!], true);
  assert.deepEqual(changes.since(mark), [], 'read and archived: the text is unchanged');
  library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' zebra') WHERE id = ?").run(first);
  library.db.prepare("UPDATE articles SET title = title || ' okapi' WHERE id = ?").run(second);
  library.db.prepare('DELETE FROM articles WHERE id = ?').run(third);
  assert.deepEqual(changes.since(mark), [first, second, third]);
  assert.deepEqual([...changes.before(mark)], textsBefore, 'each article’s text before its first change');

  mark = changes.mark()!;
  library.db.prepare('UPDATE articles SET title = title, body_deflated = body_deflated WHERE id = ?').run(first);
  assert.deepEqual(changes.since(mark), [], 'written again with the same text: the index holds it as it did');
  const last = library.db.prepare('SELECT max(id) FROM articles').pluck().get() as number;
  await library.import([SEEDS]);
  const readded = library.db.prepare('SELECT id FROM articles WHERE id > ?').pluck().all(last) as number[];
  library.db.prepare("UPDATE articles SET title = title || ' okapi' WHERE id = ?").run(first);
  assert.ok(readded.length > 0);
  const before = changes.before(mark);
  assert.deepEqual(
    readded.map((id) => before.get(id)),
    readded.map(() => 'added'),
    'added since the mark, whatever changed after',
  );
  const [body, title] = texts(first!);
  assert.deepEqual(before.get(first!), [body, title!.replace(/ okapi$/, '')], 'edited after the mark');

  mark = changes.mark()!;
  const other = new Database(library.db.name);
  registerTextFunctions(other);
  other.prepare('UPDATE articles SET starred = 1 WHERE id = ?').run(first);
  other.close();
  assert.equal(changes.since(mark), null, 'another connection wrote');

  mark = changes.mark()!;
  library.db.transaction(() => {
    assert.equal(changes.mark(), null);
    assert.equal(changes.since(mark), null);
  })();
  assert.deepEqual(changes.since(mark), []);
});
