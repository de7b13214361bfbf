import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m021FoldedPersonKeys } from '../../../../../electron/library/db/migrations/m021_foldedPersonKeys';
import { entityKey } from '../../../../../electron/library/entities/extract/entityKey';
import { EXTRACTOR_VERSION } from '../../../../../electron/library/entities/store/EntityWriter';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

const BODY = 'Aryna Sabalenka won the final in Minsk. Sabalenka said Viktor Yanukovych watched it.';

test('m021: corrections follow person keys to their folded vowels, and apply again once the outdated article is re-extracted', async () => {
  const file = libraryBefore(
    m021FoldedPersonKeys,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Final', 14, deflate_text('${BODY}'), x'', 'then', 'then')`,
    'INSERT INTO entity_extractions (article_id, version) VALUES (1, 1)',
    // Keys as the extractor made them before vowels were folded; a rename's value is a name and keeps its letters.
    `INSERT INTO entity_corrections (action, key, value, created_at) VALUES
      ('rename', 'person:aryna sabalenka', 'Aryna Sabalenka (world No. 1)', 'then'),
      ('merge', 'person:viktor yanukovych', 'person:yanukovych', 'then'),
      ('hide', 'place:minsk', '1', 'then'),
      ('kind', 'org:mario', 'person', 'then')`,
  );

  const library = await Library.open(file);
  try {
    const rows = library.db.prepare('SELECT action, key, value FROM entity_corrections ORDER BY id').all();
    assert.deepEqual(rows, [
      { action: 'rename', key: 'person:arina sabalenka', value: 'Aryna Sabalenka (world No. 1)' },
      { action: 'merge', key: 'person:viktar ianukavich', value: 'person:ianukavich' },
      { action: 'hide', key: 'place:minsk', value: '1' },
      { action: 'kind', key: 'org:mario', value: 'person' },
    ]);
    assert.equal(rows[0]!.key, entityKey('person', 'Aryna Sabalenka'), 'the key the extractor makes now');
    assert.equal(rows[1]!.key, entityKey('person', 'Viktor Yanukovych'));

    assert.ok(EXTRACTOR_VERSION > 1);
    assert.deepEqual(library.entities.articleIds(false), [1], 'an article an older extractor read is re-extracted on opening');
    library.db.transaction(() => library.entities.reextract(1))();
    const names = library.entities.read.forArticle(1)!.map((e) => e.name);
    assert.ok(names.includes('Aryna Sabalenka (world No. 1)'), names.join(', '));
    assert.ok(!names.includes('Minsk'), 'a place correction is kept as it was');
    assert.deepEqual(library.entities.articleIds(false), []);
  } finally {
    library.close();
  }
});
