import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { before, test } from 'node:test';
import { IndexRevision } from '../../../../electron/library/db/IndexRevision';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
before(() => library.import([SEEDS]));

test('the index revision stays through changes that leave the text alone, and moves with any change to what is searched', () => {
  const revision = new IndexRevision(library.db);
  const [first, second] = library.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 2').pluck().all() as number[];
  let at = revision.current();
  const stays = (what: string, change: () => unknown) => {
    change();
    assert.equal(revision.current(), at, what);
  };
  const moves = (what: string, change: () => unknown) => {
    change();
    const now = revision.current();
    assert.notEqual(now, at, what);
    at = now;
    assert.equal(revision.current(), at, `${what}: then stays`);
  };
  stays('asked again', () => {});
  stays('read', () => library.reading.setRead([first!], true));
  stays('starred', () => library.reading.setStarred([first!], true));
  stays('archived', () => library.shelves.setArchived([first!], true));
  stays('a setting', () => library.setSetting('x', 'y'));
  moves('a body edited', () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' zebra') WHERE id = ?").run(first));
  moves('a title edited', () => library.db.prepare("UPDATE articles SET title = title || ' okapi' WHERE id = ?").run(first));
  moves('an article deleted', () => library.db.prepare('DELETE FROM articles WHERE id = ?').run(second));
  // The CLI writing to the library the app has open.
  moves('another connection', () => {
    const other = new Database(library.db.name);
    registerTextFunctions(other);
    other.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' gnu') WHERE id = ?").run(first);
    other.close();
  });
  library.db.transaction(() => {
    library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' ibex') WHERE id = ?").run(first);
    assert.notEqual(revision.current(), revision.current(), 'inside a transaction');
  })();
  assert.notEqual(revision.current(), at, 'after the transaction');
});
