import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FeedScheduler } from '../../../../electron/library/feeds/FeedScheduler';
import { fetchWaiting, MAX_ATTEMPTS } from '../../../../electron/library/moves/fetchWaiting';
import { png } from '../../../fixtures/pictures';
import { loopbackServer, type LoopbackServer } from '../../helpers/loopbackServer';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const PAGE = `<!doctype html><html lang="en"><head><title>Night ferries keep running</title><meta name="author" content="Maren Holt"></head><body><article>
<h1>Night ferries keep running</h1><p>Every evening at six, the ferry from Kristiansand backs out of its berth, and for sixteen hours the passengers belong to the sea.</p>
<p>Airlines took most of the routes, yet the overnight boats survive, carried by freight lorries on the lower decks.</p>
<figure><img src="pics/berth.png" alt="The berth"><figcaption>The berth at six.</figcaption></figure></article></body></html>`;
const BERTH = png(30, 20);

let server: LoopbackServer;
before(async () => {
  server = await loopbackServer((req, res) => {
    if (req.url === '/ferries') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/pics/berth.png') res.writeHead(200, { 'content-type': 'image/png' }).end(BERTH);
    else res.writeHead(404).end('gone');
  });
});
after(() => server.close());

test('the schedule fetches the pages of articles moved in by address only, and stops trying one that keeps failing', async () => {
  const library = tempLibrary();
  const csv = path.join(tempDir(), 'pocket.csv');
  fs.writeFileSync(
    csv,
    `title,url,time_added,cursor,tags,status\nNight ferries,${server.url('/ferries')},1700000000,a1,travel,unread\nA page gone,${server.url('/gone')},1700000000,a2,,unread\n`,
  );
  await library.import([csv]);
  const [ferries, gone] = library.waiting.list().sort((a, b) => a.url.localeCompare(b.url));
  assert.deepEqual([ferries?.url, gone?.url], [server.url('/ferries'), server.url('/gone')]);

  const scheduler = new FeedScheduler(library.feeds, { alsoFetch: () => fetchWaiting(library.waiting) });
  await scheduler.tick();
  assert.equal(library.waiting.get(ferries!.articleId), undefined, 'filled in: no longer waiting');
  const article = library.articles.get(ferries!.articleId)!;
  assert.match(article.body, /^Every evening at six/);
  assert.deepEqual([article.title, article.author], ['Night ferries', 'Maren Holt']);
  const [figure] = article.paragraphs.filter((b) => b.kind === 'image');
  assert.deepEqual([figure?.text, figure?.picture?.alt], ['The berth at six.', 'The berth']);
  assert.deepEqual(library.pictures.get(figure!.picture!.hash!)?.bytes, BERTH, 'its picture fetched with it');
  assert.equal(article.version, 1, 'the empty text it waited with is no version of its own');
  assert.equal(library.search.total('tag:travel'), 1);
  assert.equal(library.waiting.get(gone!.articleId)?.attempts, 1);
  assert.match(library.waiting.get(gone!.articleId)?.lastError ?? '', /404/);

  for (let i = 0; i < MAX_ATTEMPTS + 2; i++) await scheduler.tick();
  assert.equal(library.waiting.get(gone!.articleId)?.attempts, MAX_ATTEMPTS);
  assert.equal(server.seen.filter((r) => r.path === '/gone').length, MAX_ATTEMPTS, 'no more tries after the last');
  assert.equal(server.seen.filter((r) => r.path === '/ferries').length, 1);
});
