import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { readBackup, restoreBackup } from '../../../../electron/library/backup/restoreBackup';
import { writeBackup } from '../../../../electron/library/backup/writeBackup';
import type { Library } from '../../../../electron/library/Library';
import { writeStoryArticles } from '../../helpers/storyArticles';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

/** Each entity's count as kept, and as its keys (recent or not) give it; an entity all of whose keys went keeps a count of 0. */
function counts(library: Library) {
  const kept = library.db.prepare('SELECT entity_id, articles FROM story_key_counts WHERE articles != 0 ORDER BY entity_id').raw().all();
  const keys = library.db
    .prepare(
      'SELECT entity_id, count(*) FROM (SELECT entity_id FROM story_keys UNION ALL SELECT entity_id FROM story_keys_recent) GROUP BY entity_id ORDER BY entity_id',
    )
    .raw()
    .all();
  return { kept, keys };
}

function assertExact(library: Library, when: string): number {
  const { kept, keys } = counts(library);
  assert.deepEqual(kept, keys, when);
  return keys.length;
}

test("each entity's article count follows its keys through imports, re-extraction, deletion, their move out of the recent keys, re-clustering and a restore", async () => {
  const dir = writeStoryArticles(tempDir());
  const library = tempLibrary();
  await library.import([dir]);
  const entities = assertExact(library, 'after the import');
  assert.ok(entities > 3);

  // Hiding an entity changes every article's entities: their keys are rewritten on re-extraction.
  const minsk = library.db.prepare("SELECT id FROM entities WHERE key = 'place:minsk'").pluck().get() as number;
  library.entities.correct({ action: 'hide', id: minsk, hidden: true });
  library.db.transaction(() => library.entities.articleIds(true).forEach((id) => library.entities.reextract(id)))();
  assert.equal(assertExact(library, 'after re-extraction'), entities - 1, "Minsk's keys are gone");

  const later = library.articles.findByFile(path.join(dir, 'later.txt'))!.id;
  library.shelves.setTrashed([later], true);
  library.shelves.emptyTrash();
  assertExact(library, 'after a deletion');

  // The same again, the keys now in the main table.
  library.stories.index.keys.moveRecent();
  assert.equal(library.db.prepare('SELECT count(*) FROM story_keys_recent').pluck().get(), 0);
  assertExact(library, 'after moving the recent keys');
  library.entities.correct({ action: 'hide', id: minsk, hidden: false });
  library.db.transaction(() => library.entities.articleIds(true).forEach((id) => library.entities.reextract(id)))();
  assertExact(library, 'after re-extraction of moved keys');
  library.stories.index.keys.moveRecent();
  const dpa = library.articles.findByFile(path.join(dir, 'dpa.txt'))!.id;
  library.shelves.setTrashed([dpa], true);
  library.shelves.emptyTrash();
  assertExact(library, 'after a deletion of moved keys');

  const recluster = async (all: boolean) => assert.equal((await library.reclustering.finished(library.reclustering.start(all)!))?.error, null);
  await recluster(true);
  assertExact(library, 'after a full re-clustering');

  const backup = path.join(tempDir(), 'backup.json');
  writeBackup(library, backup);
  restoreBackup(library, readBackup(backup), true);
  await recluster(false);
  assertExact(library, 'after a restore and its placing');
});
