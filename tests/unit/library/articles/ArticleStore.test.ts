import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constants, deflateRawSync } from 'node:zlib';
import { inflateText } from '../../../../electron/library/db/textFunctions';
import { prepareArticle } from '../../../../electron/library/import/prepareArticle';
import { storeBlocks } from '../../../../electron/library/articles/storedBlocks';
import { tempLibrary } from '../../helpers/tempLibrary';

const html = `<html><head><title>Grain talks</title></head><body><article><h1>Grain talks</h1>
  <p>The delegation arrived in <b>Minsk</b> on Monday for two days of talks on grain.</p>
  <p>Officials said the first round covered customs rules at the border.</p></article></body></html>`;

test('a parsing thread prepares the text as it is stored, and the writer stores what it is given rather than deflating again', () => {
  // Cloned as a worker's reply is: its buffers arrive as plain Uint8Arrays.
  const prepared = structuredClone(prepareArticle('talks.html', new TextEncoder().encode(html)));
  assert.ok(prepared.ok);
  const { article, body, wordCount, stored } = prepared.value;
  assert.equal(inflateText(Buffer.from(stored.body)), body);
  assert.equal(inflateText(Buffer.from(stored.blocks)), storeBlocks(article.blocks));
  assert.notEqual(storeBlocks(article.blocks), '', 'blocks with marks are stored beside the body');

  // Deflated without matching repeats, unlike the writer: other bytes for the same text, so the row shows whose bytes it holds.
  const huffmanOnly = (text: string) => deflateRawSync(text, { strategy: constants.Z_HUFFMAN_ONLY });
  const given = { body: huffmanOnly(body), blocks: huffmanOnly(storeBlocks(article.blocks)) };
  assert.notDeepEqual(given.body, Buffer.from(stored.body));
  const library = tempLibrary();
  const now = new Date().toISOString();
  const [many] = library.db.transaction(() =>
    library.articles.insertMany([{ file: 'a.html', contentHash: 'a', article, body, wordCount, stored: given }], now),
  )();
  const one = library.articles.insert({ file: 'b.html', contentHash: 'b', article, body, wordCount, stored: given }, now);
  const plain = library.articles.insert({ file: 'c.html', contentHash: 'c', article, body, wordCount }, now);
  const rows = library.db.prepare('SELECT id, body_deflated AS b, blocks_deflated AS k FROM articles ORDER BY id').all() as {
    id: number;
    b: Buffer;
    k: Buffer;
  }[];
  assert.deepEqual(
    rows.map((r) => [r.id, r.b.equals(given.body), r.k.equals(given.blocks)]),
    [
      [many, true, true],
      [one, true, true],
      [plain, false, false],
    ],
  );
  assert.deepEqual(rows[2]!.b, Buffer.from(stored.body), 'deflated by the writer when not given: the same bytes as the parsing thread makes');
  for (const id of [many!, one, plain]) {
    const read = library.articles.get(id)!;
    assert.equal(read.body, body);
    assert.deepEqual(read.paragraphs, article.blocks);
  }
  assert.equal(library.search.query('customs', 10, 0).total, 3, 'the full-text index reads the stored text');
});
