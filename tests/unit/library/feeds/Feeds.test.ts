import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FeedScheduler } from '../../../../electron/library/feeds/FeedScheduler';
import { png } from '../../../fixtures/pictures';
import { loopbackServer, type LoopbackServer } from '../../helpers/loopbackServer';
import { ROOT, tempLibrary } from '../../helpers/tempLibrary';

/**
 * Feeds end to end on a real library file, fetched from a loopback server that serves the fixtures with their
 * made-up hosts rewritten to itself: nothing here reaches the internet.
 */
type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Route>();
let server: LoopbackServer;

before(async () => {
  server = await loopbackServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', server.origin).pathname);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
});
after(() => server.close());

/** A fixture as the loopback server gives it: every `https://<name>.example` address pointed at the server. */
const fixture = (name: string) =>
  fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'feeds', name), 'utf8').replace(/https:\/\/[a-z]+\.example/g, server.origin);
const serve = (pathname: string, type: string, body: () => string, headers: Record<string, string> = {}) =>
  routes.set(pathname, (_req, res) => res.writeHead(200, { 'content-type': type, ...headers }).end(body()));
const requestsTo = (pathname: string) => server.seen.filter((r) => r.path === pathname);

const articleRows = (library: ReturnType<typeof tempLibrary>) =>
  library.db.prepare('SELECT id, title, source, author, published, url, body, updated_at AS updatedAt FROM articles ORDER BY id').all() as {
    id: number;
    title: string;
    source: string | null;
    author: string | null;
    published: string | null;
    url: string | null;
    body: string;
    updatedAt: string;
  }[];

test('each format becomes articles: RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed', async () => {
  const library = tempLibrary();
  serve('/rss2.xml', 'application/rss+xml', () => fixture('rss2.xml'));
  serve('/rdf.xml', 'application/rdf+xml', () => fixture('rdf.xml'));
  serve('/atom.xml', 'application/atom+xml', () => fixture('atom.xml'));
  serve('/feed.json', 'application/feed+json', () => fixture('feed.json'));
  for (const name of ['rss2.xml', 'rdf.xml', 'atom.xml', 'feed.json']) {
    const { feed, refresh } = await library.feeds.add(server.url(`/${name}`));
    assert.equal(refresh.status, 'updated', `${name}: ${refresh.error}`);
    assert.equal(feed.lastError, null);
  }
  const feeds = library.feeds.list();
  assert.deepEqual(
    feeds.map((f) => [f.title, f.articles, f.unread]),
    [
      ['Coastline Weekly', 2, 2],
      ['Harbour Gazette', 2, 2],
      ['Northern Ledger', 2, 2],
      ['Valley Courier', 1, 1],
    ],
  );
  const byTitle = new Map(articleRows(library).map((a) => [a.title, a]));
  const terminal = byTitle.get('Port authority approves new container terminal')!;
  assert.equal(terminal.source, 'Harbour Gazette');
  assert.equal(terminal.author, 'Maria Lindqvist');
  assert.equal(terminal.published, '2026-12-01');
  assert.equal(terminal.url, server.url('/2026/12/terminal'));
  assert.match(terminal.body, /^The port authority's board voted seven to two/);
  assert.match(terminal.body, /told reporters after the meeting\.\n\nResidents of the Nordhavn district/);
  assert.match(byTitle.get('Dam inspection finds no structural damage')!.body, /two-week inspection of the upper valley dam/);
  const budget = byTitle.get('Council budget passes after late-night session')!;
  assert.equal(budget.author, 'Aino Korhonen');
  assert.match(budget.body, /What changes\n\nTwo new kindergartens in the eastern districts\n\nFree public transport for pupils/);
  assert.match(byTitle.get('Fishing quotas cut for 2027')!.body, /fall by a fifth next year\.\n\nFishermen's associations/);
  assert.equal(byTitle.get('Lighthouse returns to service after restoration')!.author, 'Ellen Byrne');
});

test('a page that advertises its feed is followed to the feed; a page without one is refused with the reason', async () => {
  const library = tempLibrary();
  routes.set('/gazette/', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('page.html').replace('href="/feed.xml"', 'href="feed.xml"')),
  );
  serve('/gazette/feed.xml', 'application/rss+xml', () => fixture('rss2.xml'));
  const { feed } = await library.feeds.add(server.url('/gazette/'));
  assert.equal(feed.url, server.url('/gazette/feed.xml'));
  assert.equal(feed.title, 'Harbour Gazette');
  serve('/plain-page', 'text/html', () => '<!doctype html><title>No feed here</title><p>Hello</p>');
  await assert.rejects(library.feeds.add(server.url('/plain-page')), {
    message: `${server.url('/plain-page')}: not a feed that can be read: it is neither RSS, RDF, Atom nor JSON Feed (it was sent as text/html), and the page advertises no feed.`,
  });
  await assert.rejects(library.feeds.add(server.url('/gazette/feed.xml')), /You already follow/);
  assert.equal(library.feeds.list().length, 1);
});

test('a second refresh sends the validators, and a 304 rewrites nothing', async () => {
  const library = tempLibrary();
  routes.set('/conditional.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"rss-v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"rss-v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' }).end(fixture('rss2.xml'));
  });
  const { feed } = await library.feeds.add(server.url('/conditional.xml'));
  const before = articleRows(library);
  const items = library.db.prepare('SELECT * FROM feed_items ORDER BY id').all();
  const result = await library.feeds.refresh(feed.id);
  assert.deepEqual(result, { feedId: feed.id, status: 'unchanged', added: 0, updated: 0, skipped: 0 });
  const second = requestsTo('/conditional.xml').at(-1)!;
  assert.equal(second.headers['if-none-match'], '"rss-v1"');
  assert.equal(second.headers['if-modified-since'], 'Tue, 01 Dec 2026 10:00:00 GMT');
  assert.deepEqual(articleRows(library), before, 'no article rewritten');
  assert.deepEqual(library.db.prepare('SELECT * FROM feed_items ORDER BY id').all(), items);
});

test('an item that changes updates its article in place, and a highlight on it stays anchored', async () => {
  const library = tempLibrary();
  let version = 1;
  serve('/changing.xml', 'application/atom+xml', () =>
    version === 1 ? fixture('atom.xml') : fixture('atom.xml').replaceAll("council passed next year's budget", "council narrowly passed next year's budget"),
  );
  const { feed } = await library.feeds.add(server.url('/changing.xml'));
  const article = articleRows(library).find((a) => a.title.startsWith('Council budget'))!;
  const highlight = library.annotations.highlights.create(
    article.id,
    { quote: 'raises spending on schools by four per cent' },
    { color: 'yellow', note: 'schools', tags: [] },
  );
  version = 2;
  const result = await library.feeds.refresh(feed.id);
  assert.equal(result.status, 'updated');
  assert.equal(result.updated, 1);
  assert.equal(result.added, 0);
  const changed = articleRows(library).find((a) => a.id === article.id)!;
  assert.match(changed.body, /narrowly passed next year's budget/);
  assert.equal(articleRows(library).length, 2, 'no second article');
  assert.deepEqual(
    library.articles.versions.texts(article.id).map((v) => [v.version, v.body]),
    [
      [2, changed.body],
      [1, article.body],
    ],
    'the earlier text is kept as version 1',
  );
  const placed = library.annotations.highlights.get(highlight.id);
  assert.equal(placed.orphaned, false);
  assert.equal(changed.body.slice(placed.start!, placed.end!), 'raises spending on schools by four per cent');
  assert.equal(placed.start, highlight.start! + 'narrowly '.length);
});

test('hostile markup in items stays text: no script, style, frame or javascript: link is kept', async () => {
  const library = tempLibrary();
  const hostile = `<rss version="2.0"><channel><title>Hostile</title><item><guid>h1</guid><title>Hostile &lt;script&gt;alert(1)&lt;/script&gt; title</title>
    <description><![CDATA[<p>Visible text &lt;b&gt;not bold&lt;/b&gt; stays.<script>document.title='pwned'</script></p>
    <style>body{display:none}</style><iframe src="https://evil.example/"></iframe><img src=x onerror="alert(2)">
    <p><a href="javascript:alert(3)">bad link</a> and <a href="https://good.example/ok">good link</a>.</p>
    <svg><script>alert(4)</script></svg><object data="x.swf"></object>]]></description></item></channel></rss>`;
  serve('/hostile.xml', 'application/rss+xml', () => hostile);
  await library.feeds.add(server.url('/hostile.xml'), { fullText: false });
  const [article] = articleRows(library);
  assert.equal(article!.title, 'Hostile <script>alert(1)</script> title');
  assert.equal(article!.body, 'Visible text <b>not bold</b> stays.\n\nbad link and good link.');
  const blocks = library.articles.get(article!.id)!.paragraphs;
  const links = blocks.flatMap((b: { marks?: { style: string; href?: string }[] }) => (b.marks ?? []).filter((m) => m.style === 'link').map((m) => m.href));
  assert.deepEqual(links, ['https://good.example/ok']);
  // Its picture is asked for once, by the library, as a picture; answered with none, nothing is kept of it.
  assert.deepEqual(
    requestsTo('/x').map((r) => /^image\//.test(r.headers.accept ?? '')),
    [true],
  );
  assert.ok(blocks.every((b: { kind: string }) => b.kind !== 'image'));
});

test('an item carrying only a summary is replaced by its page, extracted as a saved page is; with full text off it is kept as given', async () => {
  const library = tempLibrary();
  serve('/summaries.xml', 'application/rss+xml', () => fixture('rss2.xml'));
  const page = `<!doctype html><html><head><title>Ferry timetable changes for the winter | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Ferry timetable changes for the winter</h1>
    <p>From Monday the ferries to the outer islands will sail four times a day instead of six, the operator announced, as it does every year when the tourist season ends and the sea grows rough.</p>
    <p>The first morning crossing moves to 7.15 and the last evening crossing to 19.30. Season tickets bought for the summer timetable remain valid, and refunds are offered to commuters whose journeys no longer fit.</p>
    <p>Islanders' associations asked for an extra Friday evening sailing, which the operator said it would consider in January.</p></article>
    <footer>© Harbour Gazette</footer></body></html>`;
  serve('/2026/12/ferries', 'text/html; charset=utf-8', () => page);
  const pages = () => requestsTo('/2026/12/ferries').length;
  const terminals = requestsTo('/2026/12/terminal').length;
  const earlier = pages();
  const { feed } = await library.feeds.add(server.url('/summaries.xml'));
  const ferries = articleRows(library).find((a) => a.title === 'Ferry timetable changes for the winter')!;
  assert.match(ferries.body, /^From Monday the ferries to the outer islands/);
  assert.match(ferries.body, /extra Friday evening sailing/);
  assert.doesNotMatch(ferries.body, /Sport|©/);
  assert.equal(ferries.url, server.url('/2026/12/ferries'));
  assert.equal(pages(), earlier + 1);
  assert.equal(requestsTo('/2026/12/terminal').length, terminals, 'an item with full content is stored as the feed gives it');

  const other = tempLibrary();
  await other.feeds.add(server.url('/summaries.xml'), { fullText: false });
  assert.equal(pages(), earlier + 1, 'full text off: no page fetched');
  assert.equal(articleRows(other).find((a) => a.title.startsWith('Ferry'))!.body, 'Fewer crossings to the islands from next week.');
  assert.equal(library.feeds.summary(feed.id).fullText, true);
});

test('a feed that fails says why and keeps its articles: malformed XML, a page instead of a feed, a server error', async () => {
  const library = tempLibrary();
  let answer: 'feed' | 'malformed' | 'html' | 'error' = 'feed';
  routes.set('/flaky.xml', (_req, res) => {
    if (answer === 'feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('rss2.xml'));
    else if (answer === 'malformed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Cut off');
    else if (answer === 'html') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Maintenance</p>');
    else res.writeHead(500).end();
  });
  const { feed } = await library.feeds.add(server.url('/flaky.xml'));
  const before = articleRows(library);
  const expected = {
    malformed: `${server.url('/flaky.xml')}: not a feed that can be read: its XML is malformed (it was sent as application/rss+xml)`,
    html: `${server.url('/flaky.xml')}: not a feed that can be read: it is neither RSS, RDF, Atom nor JSON Feed (it was sent as text/html)`,
    error: `${server.url('/flaky.xml')}: answered 500 Internal Server Error`,
  };
  for (const kind of ['malformed', 'html', 'error'] as const) {
    answer = kind;
    const result = await library.feeds.refresh(feed.id);
    assert.equal(result.status, 'error');
    assert.equal(result.error, expected[kind]);
    assert.equal(library.feeds.summary(feed.id).lastError, expected[kind]);
    assert.deepEqual(articleRows(library), before);
    assert.equal(library.feeds.summary(feed.id).articles, 2);
  }
  answer = 'feed';
  await library.feeds.refresh(feed.id);
  assert.equal(library.feeds.summary(feed.id).lastError, null, 'a refresh that succeeds clears the error');
});

test('429 with Retry-After stores a back-off that the schedule respects, and a manual refresh still asks', async () => {
  const library = tempLibrary();
  let busy = false;
  routes.set('/busy.xml', (_req, res) => {
    if (busy) res.writeHead(429, { 'retry-after': '3600' }).end();
    else res.writeHead(200, { 'content-type': 'application/feed+json' }).end(fixture('feed.json'));
  });
  const start = new Date('2026-12-05T12:00:00Z');
  const { feed } = await library.feeds.add(server.url('/busy.xml'), {}, start);
  let clock = start;
  const scheduler = new FeedScheduler(library.feeds, { now: () => clock });
  const asked = () => requestsTo('/busy.xml').length;

  clock = new Date(start.getTime() + 10 * 60_000);
  const early = asked();
  assert.deepEqual(await scheduler.tick(), [], 'within the minimum interval nothing is asked');
  assert.equal(asked(), early);

  busy = true;
  clock = new Date(start.getTime() + 31 * 60_000);
  const [backoff] = await scheduler.tick();
  assert.equal(backoff!.status, 'backoff');
  const stored = library.feeds.summary(feed.id);
  assert.equal(stored.nextAllowed, new Date(clock.getTime() + 3600_000).toISOString());
  assert.match(stored.lastError!, /answered 429 \(too many requests\); asked again after/);

  clock = new Date(clock.getTime() + 45 * 60_000);
  const before = asked();
  assert.deepEqual(await scheduler.tick(), [], 'the back-off holds past the interval');
  assert.equal(asked(), before);
  assert.equal((await library.feeds.refresh(feed.id, { now: clock })).status, 'backoff', 'a manual refresh asks anyway');
  assert.equal(asked(), before + 1);

  busy = false;
  clock = new Date(clock.getTime() + 61 * 60_000);
  const [after] = await scheduler.tick();
  assert.equal(after!.status, 'unchanged');
  assert.equal(library.feeds.summary(feed.id).lastError, null);
  await scheduler.stop();
});

test('an article deleted for good is not brought back by the next refresh; removing a feed keeps its articles', async () => {
  const library = tempLibrary();
  serve('/keep.json', 'application/feed+json', () => fixture('feed.json'));
  const { feed } = await library.feeds.add(server.url('/keep.json'));
  const [first] = articleRows(library);
  library.shelves.setTrashed([first!.id], true);
  library.shelves.emptyTrash();
  library.db.prepare('UPDATE feeds SET etag = NULL, last_modified = NULL').run();
  const result = await library.feeds.refresh(feed.id);
  assert.equal(result.added, 0);
  assert.equal(articleRows(library).length, 1);
  library.feeds.remove(feed.id);
  assert.equal(library.feeds.list().length, 0);
  assert.equal(articleRows(library).length, 1);
  assert.throws(() => library.feeds.remove(feed.id), { message: `There is no feed ${feed.id}.` });
});

test('OPML import subscribes in folders, once; the export gives the same subscriptions back', async () => {
  const library = tempLibrary();
  const opml = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'feeds', 'subs.opml'));
  assert.deepEqual({ ...library.feeds.importOpml(opml), feeds: undefined }, { added: 3, existing: 0, feeds: undefined });
  assert.deepEqual({ ...library.feeds.importOpml(opml), feeds: undefined }, { added: 0, existing: 3, feeds: undefined });
  assert.deepEqual(
    library.feeds.list().map((f) => [f.folder, f.title, f.url]),
    [
      ['Local', 'Harbour Gazette', 'https://gazette.example/feed.xml'],
      ['Local/Weather', 'Valley Courier', 'https://valley.example/rss'],
      [null, 'Northern Ledger', 'https://ledger.example/atom.xml'],
    ],
  );
  const again = tempLibrary();
  again.feeds.importOpml(Buffer.from(library.feeds.exportOpml()));
  const shape = (l: typeof library) => l.feeds.list().map(({ folder, title, url, siteUrl }) => ({ folder, title, url, siteUrl }));
  assert.deepEqual(shape(again), shape(library));
});

test('feed: in the query language finds a feed’s articles by its title (any case) or its id, and -feed: leaves them out', async () => {
  const library = tempLibrary();
  serve('/query-rss.xml', 'application/rss+xml', () => fixture('rss2.xml'));
  serve('/query-json.json', 'application/feed+json', () => fixture('feed.json'));
  const gazette = (await library.feeds.add(server.url('/query-rss.xml'))).feed;
  await library.feeds.add(server.url('/query-json.json'));
  const titles = (query: string) =>
    library.search
      .query(query, 50, 0)
      .rows.map((r) => r.title)
      .sort();
  const gazetteTitles = ['Ferry timetable changes for the winter', 'Port authority approves new container terminal'];
  assert.deepEqual(titles('feed:"harbour gazette"'), gazetteTitles);
  assert.deepEqual(titles(`feed:${gazette.id}`), gazetteTitles);
  assert.deepEqual(titles('-feed:"Harbour Gazette"'), ['Fishing quotas cut for 2027', 'Lighthouse returns to service after restoration']);
  assert.deepEqual(titles('feed:"Harbour Gazette" terminal'), ['Port authority approves new container terminal']);
  assert.deepEqual(titles('feed:nothing'), []);
  library.feeds.configure(gazette.id, { title: 'Gazette' });
  assert.deepEqual(titles('feed:gazette'), gazetteTitles, 'a renamed feed is found by its new name');
});

test('the schedule, once started, refreshes at once the feeds imported but never fetched, and stops after the refresh under way', async () => {
  const library = tempLibrary();
  serve('/scheduled.json', 'application/feed+json', () => fixture('feed.json'));
  const opml = `<opml version="2.0"><body><outline text="Scheduled" xmlUrl="${server.url('/scheduled.json')}"/></body></opml>`;
  library.feeds.importOpml(Buffer.from(opml));
  const scheduler = new FeedScheduler(library.feeds, { tickMs: 3_600_000 });
  scheduler.start();
  while (requestsTo('/scheduled.json').length === 0) await new Promise((resolve) => setImmediate(resolve));
  await scheduler.stop();
  const [feed] = library.feeds.list();
  assert.equal(feed!.title, 'Scheduled', 'the name the subscription list gave is kept');
  assert.equal(feed!.siteUrl, `${server.origin}/`, 'the site the feed names fills the one the list left out');
  assert.equal(feed!.articles, 2);
  assert.notEqual(feed!.lastChecked, null);
});

test('items keep their pictures, fetched once at refresh; a summary’s page brings its own; the same picture is stored once', async () => {
  const library = tempLibrary();
  const photo = png(60, 30);
  routes.set('/pics/photo.png', (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(photo));
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const feedXml = `<rss version="2.0"><channel><title>Pictures</title>
    <item><guid>p1</guid><title>With a photo</title><link>${server.url('/pics/story')}</link><description><![CDATA[<p>${words(120)}</p>
      <figure><img src="photo.png" alt="The quay"><figcaption>The quay at noon.</figcaption></figure><img src="/pics/open.gif" width="1" height="1">]]></description></item>
    <item><guid>p2</guid><title>Summary only</title><link>${server.url('/pics/page')}</link><description>Short.</description></item>
    </channel></rss>`;
  serve('/pics.xml', 'application/rss+xml', () => feedXml);
  serve(
    '/pics/page',
    'text/html',
    () => `<html><head><title>Summary only</title></head><body><article><h1>Summary only</h1><p>${words(150)}</p>
    <p><img src="${server.url('/pics/photo.png')}" alt="Same photo"></p><p>${words(40)}</p></article></body></html>`,
  );
  const { feed } = await library.feeds.add(server.url('/pics.xml'));
  const images = (title: string) => {
    const row = articleRows(library).find((a) => a.title === title)!;
    return library.articles.get(row.id)!.paragraphs.filter((b) => b.kind === 'image');
  };
  const hash = createHash('sha256').update(photo).digest('hex');
  assert.deepEqual(
    images('With a photo').map((b) => [b.text, b.picture]),
    [['The quay at noon.', { hash, alt: 'The quay' }]],
  );
  assert.deepEqual(
    images('Summary only').map((b) => b.picture),
    [{ hash, alt: 'Same photo' }],
  );
  assert.equal(library.pictures.get(hash)?.type, 'image/png');
  assert.equal(library.db.prepare('SELECT count(*) FROM pictures').pluck().get(), 1, 'stored once for both articles');
  assert.equal(requestsTo('/pics/open.gif').length, 0, 'a tracking pixel is never asked for');
  const fetched = requestsTo('/pics/photo.png').length;
  assert.equal(fetched, 1, 'once in a refresh, however many items show it');
  await library.feeds.refresh(feed.id);
  assert.equal(requestsTo('/pics/photo.png').length, fetched, 'an unchanged item’s pictures are not fetched again');
});
