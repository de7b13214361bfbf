import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { discoverFeeds } from '../../../../electron/library/feeds/discoverFeeds';
import { readOpml, writeOpml } from '../../../../electron/library/feeds/opml';
import { FeedFormatError, readFeed } from '../../../../electron/library/feeds/readFeed';
import { ROOT } from '../../helpers/tempLibrary';

const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'feeds', name));

test('RSS 2.0: guid, link (made absolute), creator, date, content:encoded and description', () => {
  const feed = readFeed(fixture('rss2.xml'), 'https://gazette.example/feed.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Harbour Gazette');
  assert.equal(feed.siteUrl, 'https://gazette.example/');
  const [terminal, ferries] = feed.entries;
  assert.equal(terminal!.guid, 'gazette-2026-1201-terminal');
  assert.equal(terminal!.url, 'https://gazette.example/2026/12/terminal');
  assert.equal(terminal!.author, 'Maria Lindqvist');
  assert.equal(terminal!.published, '2026-12-01');
  assert.match(terminal!.content!, /^<p>The port authority's board voted/);
  assert.equal(terminal!.summary, 'The board voted seven to two in favour of the expansion.');
  assert.equal(ferries!.url, 'https://gazette.example/2026/12/ferries');
  assert.equal(ferries!.content, null);
  assert.equal(ferries!.summary, '<p>Fewer crossings to the islands from next week.</p>');
});

test('RSS 1.0 (RDF): the item is known by its rdf:about, with Dublin Core author and date', () => {
  const feed = readFeed(fixture('rdf.xml'), 'https://valley.example/rss');
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.title, 'Valley Courier');
  assert.deepEqual(
    feed.entries.map(({ guid, url, title, author, published }) => ({ guid, url, title, author, published })),
    [
      {
        guid: 'https://valley.example/news/dam',
        url: 'https://valley.example/news/dam',
        title: 'Dam inspection finds no structural damage',
        author: 'Jonas Weber',
        published: '2026-11-28',
      },
    ],
  );
  assert.match(feed.entries[0]!.content!, /two-week inspection/);
});

test('Atom: an html title becomes its text, text content is escaped into paragraphs, the date falls back to updated', () => {
  const feed = readFeed(fixture('atom.xml'), 'https://ledger.example/atom.xml');
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Northern Ledger');
  assert.equal(feed.siteUrl, 'https://ledger.example/');
  const [budget, pass] = feed.entries;
  assert.equal(budget!.title, 'Council budget passes after late-night session');
  assert.equal(budget!.guid, 'tag:ledger.example,2026:budget');
  assert.equal(budget!.published, '2026-12-02');
  assert.equal(budget!.author, 'Aino Korhonen');
  assert.match(budget!.content!, /<h2>What changes<\/h2>/);
  assert.equal(pass!.published, '2026-12-01');
  assert.match(pass!.content!, /^<p>The road over the mountain pass was closed/);
  assert.equal(pass!.summary, null);
});

test('JSON Feed: content_html as it is, content_text escaped, numeric ids as text', () => {
  const feed = readFeed(fixture('feed.json'), 'https://coastline.example/feed.json');
  assert.equal(feed.format, 'json');
  assert.equal(feed.title, 'Coastline Weekly');
  const [lighthouse, quotas] = feed.entries;
  assert.equal(lighthouse!.guid, '2026-48-lighthouse');
  assert.equal(lighthouse!.author, 'Ellen Byrne');
  assert.match(lighthouse!.content!, /^<p>The lighthouse on Skerry Point/);
  assert.equal(quotas!.guid, '17');
  assert.equal(
    quotas!.content,
    "<p>Quotas for cod and haddock will fall by a fifth next year.</p><p>Fishermen's associations said the cut would cost jobs in the smaller harbours.</p>",
  );
});

test('a page, malformed XML or invalid JSON is refused with the reason', () => {
  assert.throws(() => readFeed(fixture('page.html'), 'https://gazette.example/'), {
    name: 'FeedFormatError',
    message: 'not a feed that can be read: it is neither RSS, RDF, Atom nor JSON Feed',
  });
  assert.throws(() => readFeed(Buffer.from('<rss version="2.0"><channel><title>Cut off'), 'https://x.example/'), FeedFormatError);
  assert.throws(() => readFeed(Buffer.from('{"version": "https://jsonfeed.org/version/1.1", "items": ['), 'https://x.example/'), /not valid JSON/);
});

test('javascript: and data: links in items are dropped', () => {
  const xml = `<rss version="2.0"><channel><title>T</title><link>javascript:alert(1)</link><item><title>x</title><link>javascript:alert(1)</link><description>d</description></item></channel></rss>`;
  const feed = readFeed(Buffer.from(xml), 'https://x.example/feed');
  assert.equal(feed.siteUrl, null);
  assert.equal(feed.entries[0]!.url, null);
});

test("a page's advertised feeds are found in its head, made absolute, and other alternates ignored", () => {
  assert.deepEqual(discoverFeeds(fixture('page.html').toString(), 'https://gazette.example/index.html'), [
    'https://gazette.example/feed.xml',
    'https://gazette.example/comments.atom',
  ]);
  assert.deepEqual(discoverFeeds('<link rel="alternate" type="application/feed+json" href="feed.json">', 'http://127.0.0.1:8080/blog/'), [
    'http://127.0.0.1:8080/blog/feed.json',
  ]);
});

test('OPML: folders are read (nested ones joined with "/"), and written back the same way', () => {
  const subscriptions = readOpml(fixture('subs.opml'));
  assert.deepEqual(subscriptions, [
    { url: 'https://gazette.example/feed.xml', title: 'Harbour Gazette', siteUrl: 'https://gazette.example/', folder: 'Local' },
    { url: 'https://valley.example/rss', title: 'Valley Courier', siteUrl: null, folder: 'Local/Weather' },
    { url: 'https://ledger.example/atom.xml', title: 'Northern Ledger', siteUrl: 'https://ledger.example/', folder: null },
  ]);
  const written = writeOpml(subscriptions);
  assert.match(written, /<opml version="2.0">/);
  assert.deepEqual(readOpml(Buffer.from(written)), subscriptions);
  assert.throws(() => readOpml(Buffer.from('<html>not opml</html>')), FeedFormatError);
  assert.deepEqual(readOpml(Buffer.from(writeOpml([]))), [], 'a reader without feeds still exports a readable file');
});
