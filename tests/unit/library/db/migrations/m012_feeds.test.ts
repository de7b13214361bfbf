import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m012: a v11 library keeps its articles and gains feeds whose items outlive their articles and go with their feed', async () => {
  const file = path.join(tempDir(), 'v11.sqlite');
  const v11 = new Database(file);
  migrate(v11, file, migrations.slice(0, 11));
  v11
    .prepare(
      `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`,
    )
    .run();
  v11.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 12);
    assert.equal(library.articles.count(), 1);
    const feed = library.feeds.store.insert({ url: 'http://127.0.0.1:9/feed.xml', title: null, siteUrl: null, folder: 'News', fullText: true }, 'now');
    assert.deepEqual(
      library.db.prepare('SELECT full_text, interval_minutes, etag, last_error, next_allowed FROM feeds WHERE id = ?').get(feed),
      { full_text: 1, interval_minutes: 30, etag: null, last_error: null, next_allowed: null },
      'full text on and a 30-minute interval unless chosen otherwise',
    );
    library.feeds.store.addItem({ feedId: feed, guid: 'g1', url: null, contentHash: 'c1', articleId: 1 }, 'now');
    assert.deepEqual(library.feeds.store.findItem(feed, { guid: 'g1', url: null, contentHash: 'x' }), { id: 1, articleId: 1, contentHash: 'c1' });
    library.db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.equal(
      library.feeds.store.findItem(feed, { guid: 'g1', url: null, contentHash: 'x' })?.articleId,
      null,
      'the item is remembered without its article',
    );
    library.feeds.remove(feed);
    assert.equal(library.db.prepare('SELECT count(*) FROM feed_items').pluck().get(), 0);
    const plan = library.db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM feed_items WHERE feed_id = 1 AND guid = ?')
      .all('g')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    assert.match(plan, /USING (COVERING )?INDEX feed_items_guid/);
  } finally {
    library.close();
  }
});
