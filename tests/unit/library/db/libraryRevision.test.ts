import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { before, test } from 'node:test';
import { LibraryRevision, writeQuietly } from '../../../../electron/library/db/libraryRevision';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
before(() => library.import([SEEDS]));

test('settings never move the revision, reading places move it only for what reads them, and every other write moves both', () => {
  const revision = new LibraryRevision(library.db);
  const [first] = library.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 1').pluck().all() as number[];
  let at = [revision.current(false), revision.current(true)];
  const after = (what: string, change: () => unknown, moved: [boolean, boolean]) => {
    try {
      change();
    } catch {
      // A write that fails is still a case: what it wrote, if anything, counts as for one that succeeds.
    }
    const now = [revision.current(false), revision.current(true)];
    assert.deepEqual([now[0] !== at[0], now[1] !== at[1]], moved, what);
    at = now;
  };
  after('a setting', () => library.setSetting('currentQuery', 'said'), [false, false]);
  after('the same setting again', () => library.setSetting('currentQuery', 'said'), [false, false]);
  after('a reading place', () => library.reading.setPosition(first!, 0.4), [false, true]);
  after(
    'a quiet write that throws after writing',
    () =>
      writeQuietly(library.db, 'settings', () => {
        library.setSetting('other', 'value');
        throw new Error('after writing');
      }),
    [false, false],
  );
  after(
    'a quiet write that fails',
    () => writeQuietly(library.db, 'positions', () => library.db.prepare('UPDATE articles SET reading_position = 2 WHERE id = ?').run(first)),
    [false, false],
  );
  after('a read mark', () => library.reading.setRead([first!], true), [true, true]);
  after(
    'a setting rolled back with a read mark',
    () =>
      library.db.transaction(() => {
        library.setSetting('currentQuery', 'tax');
        library.reading.setRead([first!], false);
        throw new Error('rolled back');
      })(),
    [true, true],
  );
  after(
    'a setting rolled back alone',
    () =>
      library.db.transaction(() => {
        library.setSetting('currentQuery', 'bill');
        throw new Error('rolled back');
      })(),
    [false, false],
  );
  // The CLI writing to the library the app has open, even a setting: what it wrote is not known here.
  after(
    'another connection',
    () => {
      const other = new Database(library.db.name);
      registerTextFunctions(other);
      other.prepare("INSERT INTO settings (key, value) VALUES ('cli', 'yes')").run();
      other.close();
    },
    [true, true],
  );
});
