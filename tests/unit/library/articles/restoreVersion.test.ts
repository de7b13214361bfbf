import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { restoreVersion } from '../../../../electron/library/articles/restoreVersion';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const FIRST = [
  'Ferry talks in Minsk',
  'Alexander Lukashenko met the ferry operators in Minsk on Monday.',
  'The ferries to the islands stayed in port all afternoon.',
];
const SECOND = ['Ferry talks in Minsk', 'The operators met in Minsk on Monday.', 'The harbour opens again tomorrow morning.'];

test('restoring a version makes its text current, keeps the replaced text as a version, and places the highlights again', async () => {
  const library = tempLibrary();
  const file = path.join(tempDir(), 'ferries.txt');
  fs.writeFileSync(file, FIRST.join('\n\n'));
  const id = (await library.import([file]))[0]!.id!;
  const first = library.articles.get(id)!;
  const highlight = library.annotations.highlights.create(id, { quote: 'stayed in port' }, { color: 'green', note: '', tags: [] });
  fs.writeFileSync(file, SECOND.join('\n\n'));
  await library.import([file]);
  const second = library.articles.get(id)!;
  assert.equal(library.annotations.highlights.forArticle(id)[0]!.orphaned, true, 'its words are gone from the second text');
  const parts = { articles: library.articles, entities: library.entities, highlights: library.annotations.highlights };

  const versions = restoreVersion(library.db, parts, id, 1);
  assert.deepEqual(
    versions.map((v) => [v.version, v.words, v.current]),
    [
      [1, first.wordCount, false],
      [2, second.wordCount, false],
      [3, first.wordCount, true],
    ],
  );
  const restored = library.articles.get(id)!;
  assert.equal(restored.body, first.body);
  assert.equal(restored.version, 3);
  assert.deepEqual(
    restored.paragraphs.map((p) => p.text),
    FIRST.slice(1),
  );
  assert.equal(library.articles.versions.text(id, 2).body, second.body, 'the replaced text is kept');
  const [placed] = library.annotations.highlights.forArticle(id);
  assert.equal(placed!.id, highlight.id);
  assert.equal(placed!.orphaned, false);
  assert.equal(restored.body.slice(placed!.start!, placed!.end!), 'stayed in port');
  // Search and entities follow the restored text.
  assert.deepEqual(
    library.search.query('ferries', 10, 0).rows.map((r) => r.id),
    [id],
  );
  assert.ok(library.entities.read.forArticle(id)!.some((e) => e.name === 'Alexander Lukashenko'));

  // Restoring the text it replaced undoes it; the current version cannot be restored.
  restoreVersion(library.db, parts, id, 2);
  assert.equal(library.articles.get(id)!.body, second.body);
  assert.throws(() => restoreVersion(library.db, parts, id, 4), /already the current text/);
  assert.throws(() => restoreVersion(library.db, parts, id, 9), /no version 9/);
  library.close();
});
