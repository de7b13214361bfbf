import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m003: a v2 library keeps its articles and extracts their entities in the background', async () => {
  const file = path.join(tempDir(), 'v2.sqlite');
  const v2 = new Database(file);
  migrate(v2, file, migrations.slice(0, 2));
  const body = 'Alexander Lukashenko met Xi Jinping in Beijing.\n\nLukashenko thanked Xi.';
  v2.prepare(
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, language, imported_at, updated_at)
    VALUES ('/a.txt', 'h', 'Talks', 12, ?, '[]', 'en', 'now', 'now')`,
  ).run(body);
  v2.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 3);
    assert.equal(library.articles.get(1)!.body, body);
    assert.deepEqual(library.entities.read.forArticle(1), [], 'nothing extracted yet');
    const jobId = library.reextraction.start(false)!;
    while (!library.reextraction.status(jobId)!.finished) await new Promise((r) => setTimeout(r, 5));
    const names = library.entities.read.forArticle(1)!.map((e) => `${e.kind}:${e.name}:${e.mentions.length}`);
    assert.deepEqual(names.sort(), ['person:Alexander Lukashenko:2', 'person:Xi Jinping:2', 'place:Beijing:1']);
    assert.equal(library.reextraction.start(false), null);
  } finally {
    library.close();
  }
});
