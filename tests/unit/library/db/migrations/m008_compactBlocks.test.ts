import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import type { Block } from '../../../../../electron/library/parse/types';
import { tempDir } from '../../../helpers/tempLibrary';

test('m008: blocks stored with their texts keep only their lengths, and each article reads back exactly as before', async () => {
  const file = path.join(tempDir(), 'v7.sqlite');
  const v7 = new Database(file);
  migrate(v7, file, migrations.slice(0, 7));
  const articles: Block[][] = [
    [
      { kind: 'p', text: 'The delegation arrived in Minsk.', marks: [{ start: 26, end: 31, style: 'em' }] },
      { kind: 'code', text: 'a = 1\n\n  b = 2' },
      { kind: 'table', text: 'Year | GDP\n2023 | 1.2', cells: [{ row: 0, start: 0, end: 4, head: true }] },
    ],
    [],
    Array.from({ length: 50 }, (_, i) => ({ kind: 'li' as const, text: `Item ${i} of a list` })),
  ];
  const insert = v7.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES (?, ?, ?, 5, ?, ?, 'now', 'now')`);
  // More than one page of the migration's walk through the table.
  v7.transaction(() => {
    for (let i = 0; i < 1002; i++) {
      const blocks = articles[i % articles.length]!;
      insert.run(`/a${i}.txt`, `h${i}`, `Article ${i}`, blocks.map((b) => b.text).join('\n\n'), JSON.stringify(blocks));
    }
  })();
  v7.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 8);
    for (const id of [1, 2, 3, 1000, 1001, 1002]) assert.deepEqual(library.articles.get(id)!.paragraphs, articles[(id - 1) % articles.length], `article ${id}`);
    const stored = JSON.parse(library.db.prepare('SELECT blocks FROM articles WHERE id = 1').pluck().get() as string) as object[];
    assert.deepEqual(stored[0], { kind: 'p', marks: [{ start: 26, end: 31, style: 'em' }], length: 32 });
    assert.equal(library.db.prepare(`SELECT count(*) FROM articles WHERE blocks LIKE '%"text"%'`).pluck().get(), 0);
  } finally {
    library.close();
  }
});
