import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { writeLibraryExport } from '../../../../../electron/library/export/library/writeLibraryExport';
import type { Library } from '../../../../../electron/library/Library';
import { readReviewBackup } from '../../../../../electron/library/review/reviewBackup';
import { LEAD, MORE, png } from '../../../../fixtures/pictures';
import { writeStoryArticles } from '../../../helpers/storyArticles';
import { ROOT, SEEDS, tempDir, tempLibrary } from '../../../helpers/tempLibrary';

const MOVES = path.join(ROOT, 'tests', 'fixtures', 'moves');
const FEED = 'http://127.0.0.1:9/port-news.xml';

/** Everything of the user's and the articles', by the file each came from: what "the same library" means. */
function snapshot(library: Library) {
  const articles = library.db
    .prepare(
      `SELECT id, file, content_hash, title, source, author, published, dateline, language, url, word_count, body, imported_at, updated_at,
        read_at, starred, reading_position, archived_at, trashed_at, version FROM articles ORDER BY file`,
    )
    .all() as ({ id: number; archived_at: string | null; trashed_at: string | null } & Record<string, unknown>)[];
  return articles.map(({ id, ...row }) => {
    const detail = library.articles.get(id)!;
    return {
      ...row,
      blocks: detail.paragraphs,
      tags: library.annotations.tags.forArticle(id),
      note: library.annotations.notes.get(id),
      waiting: detail.waiting && { url: detail.waiting.url, excerpt: detail.waiting.excerpt },
      highlights: library.annotations.highlights.forArticle(id).map(({ id: _id, articleId: _articleId, ...h }) => h),
      versions: library.articles.versions.texts(id),
    };
  });
}

/** A saved page with a table, a listing and a captioned picture from its own folder. */
function figuresPage(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'Page_files'));
  fs.writeFileSync(path.join(dir, 'Page_files', 'port.png'), png(12, 6));
  const file = path.join(dir, 'figures.html');
  fs.writeFileSync(
    file,
    `<!doctype html><html><head><title>Figures of the port</title></head><body><article><h1>Figures of the port</h1><p>${LEAD}</p>` +
      '<table><tr><th>Year</th><th>Boxes &amp; <em>crates</em></th></tr><tr><td colspan="2"><a href="https://example.org/t">Total</a> | 4</td></tr><tr><td>2024</td><td>1.2</td></tr></table>' +
      '<pre><code>a = 1\n\n    b = "&lt;x&gt;"</code></pre><figure><img src="Page_files/port.png" alt="The port"><figcaption>The port at <strong>dawn</strong>.</figcaption></figure>' +
      `<p>${MORE}</p></article></body></html>`,
  );
  return file;
}

/** A library with a bit of everything: files, moved-in entries waiting for their page, orphans, notes, tags, colours, reading state, versions. */
async function fullLibrary(): Promise<Library> {
  const library = tempLibrary();
  const changing = path.join(tempDir(), 'ferries.txt');
  fs.writeFileSync(changing, 'Ferries in winter\n\nIn winter the ferries leave every three hours.');
  await library.import([
    SEEDS,
    path.join(MOVES, 'articles'),
    path.join(MOVES, 'instapaper.csv'),
    path.join(MOVES, 'readwise-export.csv'),
    figuresPage(),
    changing,
  ]);
  const { highlights, notes, tags } = library.annotations;
  const ferries = library.articles.findByFile(changing)!.id;
  highlights.create(ferries, { quote: 'every three hours' }, { color: 'blue', note: '', tags: [] });
  fs.writeFileSync(changing, 'Ferries in winter\n\nIn winter the ferries leave twice a day.');
  await library.import([changing]);
  highlights.create(
    1,
    { quote: 'Belarus', occurrence: 1 },
    { color: 'green', note: 'Who said it first?\n\nSecond paragraph, with *stars* and [brackets].', tags: ['sources', 'to check'] },
  );
  notes.set(2, 'The article as a whole: **one** note.');
  tags.setForArticle(2, ['China', 'Belarus relations']);
  library.reading.setRead([1, 3], true);
  library.reading.setStarred([2], true);
  library.reading.setPosition(4, 0.35);
  library.shelves.setArchived([3], true);
  library.shelves.setTrashed([5], true);
  library.review.answer(library.annotations.highlights.forArticle(1)[0]!.id, 'remembered', new Date('2026-11-30T09:00:00Z'));
  // Subscribed only (an OPML import fetches nothing): the export carries the subscription, in its folder.
  library.feeds.importOpml(Buffer.from(`<opml version="2.0"><body><outline text="News"><outline text="Port news" xmlUrl="${FEED}"/></outline></body></opml>`));
  return library;
}

test('a library exported and imported into an empty library is the same library: articles, text, metadata, tags, reading state, highlights and notes', async () => {
  const source = await fullLibrary();
  const folder = path.join(tempDir(), 'Moving out');
  const { counts } = writeLibraryExport(source, folder);
  const expected = snapshot(source);
  assert.equal(counts.articles, expected.length);
  assert.equal(
    counts.highlights,
    expected.reduce((n, a) => n + a.highlights.length, 0),
  );
  assert.deepEqual(fs.readdirSync(folder).sort(), [
    'annotations.json',
    'articles',
    'dossier-library.json',
    'feeds.opml',
    'review.json',
    'stories.json',
    'versions.json',
  ]);
  assert.match(fs.readFileSync(path.join(folder, 'feeds.opml'), 'utf8'), new RegExp(`<outline text="News"[^>]*>\\s*<outline[^>]*xmlUrl="${FEED}"`));

  const target = tempLibrary();
  const [result] = await target.import([folder]);
  assert.equal(result!.status, 'added');
  assert.deepEqual(
    { added: result!.moved!.added, matched: result!.moved!.matched, waiting: result!.moved!.waiting },
    { added: expected.length, matched: 0, waiting: expected.filter((a) => a.waiting).length },
  );
  assert.deepEqual(snapshot(target), expected);
  assert.deepEqual(readReviewBackup(target.db), readReviewBackup(source.db));
  assert.equal(readReviewBackup(source.db).cards.length, 1);
  assert.deepEqual(
    target.feeds.list().map((f) => [f.url, f.folder, f.title]),
    [[FEED, 'News', 'Port news']],
  );
  assert.ok(
    expected.some((a) => a.archived_at) &&
      expected.some((a) => a.trashed_at) &&
      expected.some((a) => a.waiting) &&
      expected.some((a) => a.highlights.some((h) => h.orphaned)) &&
      expected.some((a) => a.versions.length > 1 && a.highlights.some((h) => h.orphaned && h.version === 1)),
    'the library compared holds each kind of thing',
  );
  const figures = target.articles.get(target.db.prepare("SELECT id FROM articles WHERE title = 'Figures of the port'").pluck().get() as number)!;
  assert.deepEqual(
    figures.paragraphs.map((b) => b.kind),
    ['p', 'table', 'code', 'image', 'p'],
  );
  assert.deepEqual(target.pictures.get(figures.paragraphs[3]!.picture!.hash!)?.bytes, Buffer.from(png(12, 6)));

  const [again] = await target.import([folder]);
  assert.equal(again!.status, 'duplicate');
  assert.deepEqual(snapshot(target), expected, 'a second import adds nothing');
});

test("each article's Markdown holds its front matter, its whole text, and its note and highlights as the notes export writes them", async () => {
  const source = await fullLibrary();
  const folder = path.join(tempDir(), 'out');
  writeLibraryExport(source, folder);
  const minsk = fs.readFileSync(path.join(folder, 'articles', 'Talks resume in Minsk.md'), 'utf8');
  assert.match(
    minsk,
    /^---\ntitle: Talks resume in Minsk\nsource: Example Wire\nauthor: Anna Kowal\npublished: 2024-05-14\nurl: https:\/\/example.org\/news\/minsk-talks\nlanguage: en\n/,
  );
  assert.match(minsk, /\nreading:\n {2}read: null\n {2}starred: false\n/);
  assert.match(minsk, /\n---\n\nThe delegation arrived in Minsk on Tuesday morning, after a night train from Warsaw that ran two hours late.\n\n/);
  assert.match(
    minsk,
    /\n\n## Highlights\n\n> Officials said[^\n]*\n\n\^h-[0-9a-f-]{36}\n\nyellow\n\n> A second round is planned for June\n\n\^h-[0-9a-f-]{36}\n\nblue · #dates #follow-up\n\nWhen exactly\?\n/,
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'dossier-library.json'), 'utf8'));
  assert.equal(manifest.format, 'dossier-library');
  assert.ok(manifest.articles.includes('articles/Talks resume in Minsk.md'));
});

test('the export carries the story corrections, by file; the imported articles are placed again obeying them', async () => {
  const source = tempLibrary();
  const files = writeStoryArticles(tempDir());
  await source.import([files]);
  const storyIn = (library: Library) => (name: string) => library.stories.index.storyOf(library.articles.findByFile(path.join(files, name))!.id);
  const story = storyIn(source);
  source.stories.corrections.split(story('xinhua.txt')!, [source.articles.findByFile(path.join(files, 'dpa.txt'))!.id]);
  source.stories.corrections.merge(story('later.txt')!, story('xinhua.txt')!);
  const folder = path.join(tempDir(), 'Stories');
  writeLibraryExport(source, folder);

  const target = tempLibrary();
  await target.import([folder]);
  const byFile = (library: Library) =>
    library.db
      .prepare(
        'SELECT x.file AS a, y.file AS b, l.together, l.created_at FROM story_links l JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b ORDER BY 1, 2',
      )
      .all();
  assert.deepEqual(byFile(target), byFile(source));
  assert.equal(byFile(source).length, 5, 'dpa apart from tass and xinhua; tass with xinhua, and later with both, together');
  assert.equal((await target.reclustering.finished(target.reclustering.start(false)!))?.error, null);
  const placed = storyIn(target);
  assert.notEqual(placed('dpa.txt'), placed('xinhua.txt'), 'kept apart');
  assert.equal(placed('later.txt'), placed('xinhua.txt'), 'kept together');
  assert.equal(placed('tass.txt'), placed('xinhua.txt'));
});
