import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import type { Library } from '../../../../electron/library/Library';
import { ROOT, tempDir, tempLibrary } from '../../helpers/tempLibrary';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'moves');
const fixture = (name: string) => path.join(FIXTURES, name);

/** The Omnivore fixture folder as the zip Omnivore hands out. */
function omnivoreZip(): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }))
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else files[`${prefix}${e.name}`] = fs.readFileSync(path.join(dir, e.name));
  };
  walk(fixture('omnivore'), '');
  // Named like nothing in particular: the import tells the export by its content.
  const file = path.join(tempDir(), 'download (3).bin');
  fs.writeFileSync(file, zipSync(files));
  return file;
}

/** A library holding the two articles the exports mention by address. */
async function libraryWithArticles(): Promise<Library> {
  const library = tempLibrary();
  const results = await library.import([fixture('articles')]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['added', 'added'],
  );
  return library;
}

const idOf = (library: Library, url: string) => (library.db.prepare('SELECT id FROM articles WHERE url = ?').get(url) as { id: number }).id;
const found = (library: Library, query: string) =>
  library.search
    .query(query, 50, 0)
    .rows.map((r) => r.title)
    .sort();
const quotes = (library: Library, id: number) =>
  library.annotations.highlights.forArticle(id).map((h) => {
    const { body } = library.articles.get(id)!;
    return { quote: h.quote, at: h.start === null ? null : body.slice(h.start, h.end!), note: h.note, color: h.color, tags: h.tags };
  });

async function importTwice(library: Library, file: string) {
  const [first] = await library.import([file]);
  const before = library.db
    .prepare('SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM highlights) h, (SELECT count(*) FROM article_tags) t')
    .get();
  const [second] = await library.import([file]);
  const after = library.db
    .prepare('SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM highlights) h, (SELECT count(*) FROM article_tags) t')
    .get();
  assert.deepEqual(after, before, 'a second import adds nothing');
  assert.equal(second!.status, 'duplicate');
  assert.equal(second!.moved!.added + second!.moved!.highlights + second!.moved!.orphaned, 0);
  return first!;
}

test("Pocket's HTML export: entries matched by address or added waiting for their page, with tags, time added and read state", async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, fixture('pocket.html'));
  assert.equal(result.status, 'added');
  assert.deepEqual(result.moved, { app: 'pocket', entries: 5, added: 3, waiting: 3, matched: 2, highlights: 0, existing: 0, orphaned: 0 });
  assert.deepEqual(found(library, 'tag:history'), ['Every map is an argument', 'The salt roads of the Baltic & beyond']);
  assert.deepEqual(found(library, 'tag:belarus'), ['Talks resume in Minsk']);
  const salt = library.articles.get(idOf(library, 'https://example.net/longreads/salt-roads'))!;
  assert.equal(salt.body, '');
  assert.equal(salt.importedAt, '2023-11-15T22:13:20.000Z');
  assert.deepEqual({ url: salt.waiting?.url, attempts: salt.waiting?.attempts }, { url: 'https://example.net/longreads/salt-roads', attempts: 0 });
  assert.equal(library.articles.get(idOf(library, 'https://example.org/news/minsk-talks'))!.waiting, null, 'an article with its text does not wait');
  assert.deepEqual(found(library, 'is:read'), ['Coral reefs recover faster than expected', 'Every map is an argument']);
});

test("Pocket's CSV export reads the same fields, its tags separated by |", async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, fixture('pocket.csv'));
  assert.deepEqual(result.moved, { app: 'pocket', entries: 3, added: 2, waiting: 2, matched: 1, highlights: 0, existing: 0, orphaned: 0 });
  assert.deepEqual(found(library, 'tag:maps'), ['Every map is an argument']);
  assert.deepEqual(found(library, 'is:read'), ['Every map is an argument']);
  assert.equal(library.articles.get(idOf(library, 'https://example.net/longreads/salt-roads'))!.title, 'The salt roads of the Baltic, and beyond');
});

test("Instapaper's CSV: its own folders are read state and star, the user's folders tags; a selection is a highlight where the text is here, else kept with the waiting article", async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, fixture('instapaper.csv'));
  assert.deepEqual(result.moved, { app: 'instapaper', entries: 4, added: 2, waiting: 2, matched: 2, highlights: 1, existing: 0, orphaned: 0 });
  assert.deepEqual(found(library, 'tag:Cartography'), ['Every map is an argument']);
  assert.deepEqual(found(library, 'is:starred'), ['The salt roads of the Baltic']);
  assert.deepEqual(found(library, 'is:read'), ['Coral reefs recover faster than expected']);
  const minsk = idOf(library, 'https://example.org/news/minsk-talks');
  assert.deepEqual(quotes(library, minsk), [
    {
      quote: 'Officials said the first round of talks would cover grain transit',
      at: 'Officials said the first round of talks would cover grain transit',
      note: '',
      color: 'yellow',
      tags: [],
    },
  ]);
  const maps = library.articles.get(idOf(library, 'https://example.net/essays/maps'))!;
  assert.equal(maps.waiting?.excerpt, 'Maps are arguments, not mirrors.');
});

test("Omnivore's zip: the saved page as the article, labels as tags, reading progress, each highlight with its note anchored on its words", async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, omnivoreZip());
  assert.deepEqual(result.moved, { app: 'omnivore', entries: 2, added: 1, waiting: 0, matched: 1, highlights: 2, existing: 0, orphaned: 1 });
  const ferries = idOf(library, 'https://example.com/travel/night-ferries');
  const article = library.articles.get(ferries)!;
  assert.equal(article.title, 'Night ferries of the North Sea');
  assert.equal(article.author, 'Maren Holt');
  assert.match(article.body, /^Every evening at six/);
  assert.equal(article.waiting, null);
  assert.equal(library.reading.position(ferries), 0.4);
  assert.deepEqual(found(library, 'tag:"Sea & ships"'), ['Night ferries of the North Sea']);
  assert.deepEqual(found(library, 'tag:science'), ['Coral reefs recover faster than expected']);
  assert.deepEqual(found(library, 'is:read'), ['Coral reefs recover faster than expected'], 'archived and read to the end there');
  assert.deepEqual(quotes(library, ferries), [
    {
      quote: 'carried by freight lorries on the lower decks',
      at: 'carried by freight lorries on the lower decks',
      note: 'Freight pays for the passengers.',
      color: 'yellow',
      tags: [],
    },
    { quote: 'the swell rises past four metres', at: 'the swell rises past four metres', note: '', color: 'yellow', tags: [] },
    // Its text is no longer in the page: kept, orphaned, with its quote and note.
    { quote: 'The timetable was rewritten in 1989.', at: null, note: 'A passage later cut from the page.', color: 'yellow', tags: [] },
  ]);
});

test('Readwise, in the template Dossier writes: matched by address, tags from ".tag" words, a highlight whose article is not here kept on an article waiting for its page', async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, fixture('readwise-template.csv'));
  assert.deepEqual(result.moved, { app: 'readwise', entries: 3, added: 1, waiting: 1, matched: 2, highlights: 2, existing: 0, orphaned: 1 });
  const minsk = idOf(library, 'https://example.org/news/minsk-talks');
  assert.deepEqual(quotes(library, minsk), [
    {
      quote: 'grain transit, border crossings',
      at: 'grain transit, border crossings',
      note: 'Three topics, not two.',
      color: 'yellow',
      tags: ['borders', 'trade'],
    },
  ]);
  const ports = idOf(library, 'https://example.net/history/baltic-ports');
  assert.equal(library.articles.get(ports)!.waiting?.url, 'https://example.net/history/baltic-ports');
  assert.deepEqual(quotes(library, ports), [{ quote: 'The harbour was silted up by 1700.', at: null, note: 'Check the date', color: 'yellow', tags: [] }]);
  assert.equal(library.annotations.highlights.forArticle(minsk)[0]!.created, '2024-05-20T09:15:00.000Z');
});

test("Readwise's own export: matched by title and author, colours and tags kept; a book not here keeps its highlights as orphans with their quotes", async () => {
  const library = await libraryWithArticles();
  const result = await importTwice(library, fixture('readwise-export.csv'));
  assert.deepEqual(result.moved, { app: 'readwise', entries: 3, added: 1, waiting: 0, matched: 2, highlights: 2, existing: 0, orphaned: 2 });
  const coral = idOf(library, 'https://example.org/science/coral');
  assert.deepEqual(quotes(library, coral), [
    { quote: 'one hot year could undo the gains', at: 'one hot year could undo the gains', note: '', color: 'red', tags: ['climate'] },
  ]);
  assert.deepEqual(quotes(library, idOf(library, 'https://example.org/news/minsk-talks'))[0]!.tags, ['dates', 'follow-up']);
  assert.deepEqual(found(library, 'tag:follow-up'), ['Talks resume in Minsk'], 'through its highlight');
  assert.deepEqual(library.annotations.tags.forArticle(idOf(library, 'https://example.org/news/minsk-talks')), ['belarus', 'diplomacy'], 'document tags');
  const book = library.db.prepare("SELECT id FROM articles WHERE title = 'Pride and Prejudice'").get() as { id: number };
  assert.deepEqual(
    quotes(library, book.id).map((h) => [h.quote, h.at, h.note, h.color]),
    [
      ['It is a truth universally acknowledged', null, 'The opening line', 'yellow'],
      ['Mr. Darcy soon drew the attention of the room', null, '', 'red'],
    ],
  );
  assert.equal(library.articles.get(book.id)!.waiting, null, 'nothing to fetch without an address');
  assert.deepEqual(found(library, 'tag:novels'), ['Pride and Prejudice']);
});

test('a waiting article, once its page is fetched, gets its text; highlights made before are placed in it and the kept passage becomes one', async () => {
  const library = await libraryWithArticles();
  await library.import([fixture('instapaper.csv'), fixture('readwise-template.csv')]);
  const maps = idOf(library, 'https://example.net/essays/maps');
  assert.deepEqual(
    library.waiting
      .list()
      .map((w) => w.url)
      .sort(),
    ['https://example.net/essays/maps', 'https://example.net/history/baltic-ports', 'https://example.net/longreads/salt-roads'],
  );
  library.waiting.fill(
    maps,
    '<html><head><title>Every map is an argument</title></head><body><article><h1>Every map is an argument</h1><p>Cartographers choose what to leave out. Maps are arguments, not mirrors. They persuade before they inform, and the reader rarely notices the choices that were made.</p></article></body></html>',
  );
  const article = library.articles.get(maps)!;
  assert.equal(article.waiting, null);
  assert.match(article.body, /Maps are arguments, not mirrors\./);
  assert.deepEqual(
    quotes(library, maps).map((h) => h.at),
    ['Maps are arguments, not mirrors.'],
  );
  const ports = idOf(library, 'https://example.net/history/baltic-ports');
  library.waiting.failed(ports, 'the server answered 503');
  assert.deepEqual(
    { attempts: library.waiting.get(ports)?.attempts, lastError: library.waiting.get(ports)?.lastError },
    { attempts: 1, lastError: 'the server answered 503' },
  );
  library.waiting.fill(
    ports,
    '<html><body><article><p>The harbour was silted up by 1700. Trade moved east to the deeper water at the river mouth, and the old quays were sold.</p></article></body></html>',
  );
  assert.deepEqual(
    quotes(library, ports).map((h) => [h.at, h.note]),
    [['The harbour was silted up by 1700.', 'Check the date']],
  );
});

test('a CSV that is no known export is not taken for one, and a file read as an article stays an article', async () => {
  const library = tempLibrary();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'other.csv'), 'url,comment\nhttps://example.org/a,hello\n');
  fs.writeFileSync(path.join(dir, 'note.txt'), 'Highlight, url and other words, in an ordinary clipping about Minsk.\n\nA second paragraph of it.');
  const results = await library.import([path.join(dir, 'other.csv'), path.join(dir, 'note.txt')]);
  assert.deepEqual(
    results.map((r) => [path.basename(r.file), r.status, r.moved]),
    [
      ['other.csv', 'error', undefined],
      ['note.txt', 'added', undefined],
    ],
  );
});
