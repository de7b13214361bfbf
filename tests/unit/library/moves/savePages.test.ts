import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { fetchPage } from '../../../../electron/library/moves/fetchPage';
import { savePages } from '../../../../electron/library/moves/savePages';
import { png } from '../../../fixtures/pictures';
import { tempLibrary } from '../../helpers/tempLibrary';

const PAGE = `<!doctype html><html lang="en"><head><title>Ferries | Example Harbour News</title>
<meta property="og:title" content="Night ferries keep running">
<meta property="og:site_name" content="Example Harbour News">
<meta name="author" content="Maren Holt">
<meta property="article:published_time" content="2024-02-09T08:00:00Z">
</head><body><nav>Home · Sections</nav><article><h1>Night ferries keep running</h1>
<p>Every evening at six, the ferry from Kristiansand backs out of its berth, and for sixteen hours the passengers belong to the sea.</p>
<p>Airlines took most of the routes, yet the overnight boats survive, carried by freight lorries on the lower decks.</p>
<figure><img src="/pics/small.png" srcset="/pics/small.png 200w, /pics/deck.png 900w" alt="The car deck"><figcaption>The lower deck.</figcaption></figure>
</article><script>window.evil = 1</script></body></html>`;

const DECK = png(90, 40);
const seen: { url: string; agent: string }[] = [];
const server = http.createServer((req, res) => {
  seen.push({ url: req.url ?? '', agent: req.headers['user-agent'] ?? '' });
  if (req.url === '/ferries') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  else if (req.url === '/pics/deck.png') res.writeHead(200, { 'content-type': 'image/png' }).end(DECK);
  else if (req.url === '/moved') res.writeHead(301, { location: '/ferries' }).end();
  else if (req.url === '/data') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  else res.writeHead(404).end('gone');
});
const ready = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
after(() => server.close());

test('save fetches a page once and keeps it offline with its metadata; one that cannot be fetched waits, with why', async () => {
  const base = await ready;
  const library = tempLibrary();

  const results = await savePages(library, [`${base}/ferries`, `${base}/missing`, `${base}/data`, 'file:///etc/passwd'], fetchPage);
  assert.deepEqual(
    results.map(({ id: _id, ...r }) => r),
    [
      { url: `${base}/ferries`, status: 'added', title: 'Night ferries keep running' },
      { url: `${base}/missing`, status: 'waiting', title: `${base}/missing`, error: `${base}/missing: answered 404 Not Found` },
      { url: `${base}/data`, status: 'waiting', title: `${base}/data`, error: 'the page is application/json, not HTML' },
      { url: 'file:///etc/passwd', status: 'error', error: 'not an http or https address' },
    ],
  );
  const article = library.articles.get(results[0]!.id!)!;
  assert.deepEqual(
    { source: article.source, author: article.author, published: article.published, url: article.url },
    { source: 'Example Harbour News', author: 'Maren Holt', published: '2024-02-09', url: `${base}/ferries` },
  );
  assert.match(article.body, /^Every evening at six/);
  assert.doesNotMatch(article.body, /evil|Sections/);
  const [figure] = article.paragraphs.filter((b) => b.kind === 'image');
  assert.deepEqual([figure?.text, figure?.picture?.alt], ['The lower deck.', 'The car deck']);
  assert.deepEqual(library.pictures.get(figure!.picture!.hash!)?.bytes, DECK, 'the largest copy, fetched with the page');
  assert.ok(!seen.some((s) => s.url === '/pics/small.png'));
  assert.equal(library.waiting.get(results[1]!.id!)?.attempts, 1);
  assert.ok(
    seen.every((s) => /^Dossier\/\S+ \(\+feed reader\)$/.test(s.agent)),
    'the library’s own User-Agent',
  );

  const fetched = seen.length;
  const again = await savePages(library, [`${base}/ferries`], fetchPage);
  assert.deepEqual(
    again.map((r) => [r.status, r.id]),
    [['duplicate', results[0]!.id]],
  );
  assert.equal(seen.length, fetched, 'a page already here is not fetched again');

  const [redirected] = await savePages(library, [`${base}/moved`], fetchPage);
  assert.equal(redirected!.status, 'added', 'a redirect is followed');
});
