import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { type READWISE_COLUMNS } from '../../../../../electron/library/export/formats/csvExport';
import { Exports } from '../../../../../electron/library/export/Exports';
import { distinctFileNames, safeFileName } from '../../../../../electron/library/export/formats/safeFileName';
import { AWKWARD, awkwardLibrary } from '../../../helpers/awkwardLibrary';

const library = awkwardLibrary();
// A note that would be markup if any format let it through.
const injected = library.annotations.highlights.create(
  3,
  { quote: '双方讨论了贸易问题' },
  { color: 'yellow', note: '<img src=x onerror=alert(1)> & <script>alert(2)</script>', tags: ['a b  c'] },
);
const exports = new Exports(library);
const render = (format: 'md' | 'csv' | 'html', scope: Parameters<Exports['render']>[1] = { kind: 'all' }, perArticle = false, bom = false) =>
  exports.render(format, scope, { bom }, perArticle);
const all = library.annotations.query.find({ query: '', colors: [], tags: [], text: '', orphaned: null, sort: 'article', limit: 100, offset: 0 }).highlights;

test('Markdown: one file per article, front matter read back by a YAML parser, every quote and note shown exactly', () => {
  const { files } = render('md', { kind: 'all' }, true);
  assert.deepEqual(
    files.map((f) => f.name).sort(),
    ['Quotes -double-, commas, -stars- _under_ -brackets- -hash - pipe - `tick`.md', '习近平会见普京.md', 'Лукашенко- «встреча» в Минске.md'].sort(),
  );
  const first = files.find((f) => f.name.startsWith('Quotes'))!.content;
  const [, front, body] = first.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  assert.deepEqual(parseYaml(front!), {
    title: AWKWARD[0]!.title,
    source: 'Reuters, "Wire"',
    author: "Ann O'Neil",
    published: '2025-03-04',
    url: 'https://example.com/news/trade?x=1&y=2',
    tags: ['Economy', 'long-read'],
  });
  const russian = parseYaml(files.find((f) => f.name.startsWith('Лукашенко'))!.content.split('---\n')[1]!);
  assert.deepEqual(
    [russian.title, russian.file, russian.entities],
    [AWKWARD[1]!.title, '/clippings/awkward-2.txt', { people: ['Alexander Lukashenko'], places: ['Minsk'] }],
  );

  // Rendered as Markdown, each quote and note reads exactly as written: nothing became emphasis, a list, a heading or a link.
  const { document } = parseHTML(`<html><body>${marked.parse(body!, { async: false })}</body></html>`);
  const quotes = Array.from(document.querySelectorAll('blockquote')).map((q) => q.textContent.trim());
  const ofArticle = all.filter((h) => h.articleId === 1);
  assert.deepEqual(
    quotes,
    ofArticle.map((h) => h.quote),
    'overlapping highlights are each their own quote, in text order',
  );
  assert.equal(document.querySelectorAll('em, strong, a, code, ul, ol, h1, h3, table').length, 2, 'only the colour meanings are emphasised');
  const text = document.body.textContent;
  assert.ok(text.includes('First line, with "quotes"\nSecond line: *not* bold, [not] a link'));
  assert.ok(text.includes('> not a quote\n# not a heading'));
  assert.ok(text.includes('Article note: "quoted", with, commas'));
  assert.ok(text.includes('## not a heading | not a table'));
  assert.deepEqual(
    Array.from(document.querySelectorAll('em')).map((e) => e.textContent),
    ['Key "claim", verbatim', 'Disputed *strongly*'],
  );

  // Obsidian's block ids: on a line of their own, a blank line before and after, right under their quote.
  for (const h of ofArticle) assert.match(body!, new RegExp(`\\n> [^\\n]*\\n\\n\\^h-${h.uuid}\\n\\n`));
  assert.match(body!, /\(yellow\) · #key-point #trade\n/);
});

test('Markdown: a selection is one file; an orphaned highlight is kept and marked; tags lose their spaces', () => {
  const { files } = render('md');
  assert.equal(files.length, 1);
  assert.equal(files[0]!.name, 'Dossier - Everything.md');
  const md = files[0]!.content;
  const front = parseYaml(md.split('---\n')[1]!);
  assert.deepEqual([front.title, front.articles, front.highlights], ['Dossier: Everything', 3, 7]);
  assert.match(
    md,
    /> Текст, которого больше нет\n\n\^h-0b7e0a3c-5d1e-4f6a-9b2c-3d4e5f6a7b8c\n\n\*Key "claim", verbatim\* \(yellow\) · \*no longer found in the article’s text\*\n\norphaned, with a note/,
  );
  assert.ok(md.includes('(yellow) · #a-b-c\n\n\\<img src\\=x onerror\\=alert(1)\\> \\& \\<script\\>alert(2)\\</script\\>\n'));
  for (const h of all) assert.ok(md.includes(`^h-${h.uuid}`), h.quote);
});

test('CSV: Readwise columns, read back by a CSV parser with commas, quotes, newlines and non-Latin text intact', () => {
  const csv = render('csv').files[0]!.content;
  assert.ok(!csv.startsWith('\uFEFF'));
  const rows = parseCsv<Record<(typeof READWISE_COLUMNS)[number], string>>(csv, { columns: true });
  assert.deepEqual(Object.keys(rows[0]!), ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
  assert.deepEqual(rows.map((r) => r.Highlight).sort(), all.map((h) => h.quote).sort());
  const first = rows.find((r) => r.Highlight === 'He said: "Trade, not aid"')!;
  assert.deepEqual(first, {
    Highlight: 'He said: "Trade, not aid"',
    Title: AWKWARD[0]!.title,
    Author: "Ann O'Neil",
    URL: 'https://example.com/news/trade?x=1&y=2',
    Note: 'First line, with "quotes"\nSecond line: *not* bold, [not] a link\n.key-point .trade',
    Location: '1',
    Date: all
      .find((h) => h.quote === first.Highlight)!
      .created.replace('T', ' ')
      .slice(0, 19),
  });
  assert.deepEqual(
    rows.filter((r) => r.Title === AWKWARD[0]!.title).map((r) => r.Location),
    ['1', '2', '3'],
  );
  const russian = rows.find((r) => r.Highlight.startsWith('Обсуждалась'))!;
  assert.deepEqual([russian.Author, russian.URL, russian.Note], ['ТАСС', '', 'Заметка, с запятой\n.экономика']);
  assert.equal(rows.find((r) => r.Highlight === '双方讨论了贸易问题')!.Note, '<img src=x onerror=alert(1)> & <script>alert(2)</script>\n.a-b-c');

  const withBom = render('csv', { kind: 'all' }, false, true).files[0]!.content;
  assert.ok(withBom.startsWith('\uFEFFHighlight,'));
  assert.deepEqual(parseCsv(withBom, { columns: true, bom: true }), rows);
});

test('HTML: one self-contained page, nothing loaded or run, every piece of text escaped', () => {
  const html = render('html').files[0]!.content;
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script, link, img, iframe, object, embed, [src], [style], [onerror]').length, 0);
  assert.equal(
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  );
  assert.deepEqual(
    Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href')),
    ['https://example.com/news/trade?x=1&y=2'],
  );
  const attributes = Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).map((a) => `${e.localName}[${a.name}]`));
  assert.deepEqual(
    [...new Set(attributes)].sort(),
    [
      'a[href]',
      'article[lang]',
      'figure[class]',
      'figure[id]',
      'html[lang]',
      'meta[charset]',
      'meta[content]',
      'meta[http-equiv]',
      'meta[name]',
      'p[class]',
      'div[class]',
      'span[class]',
    ].sort(),
  );
  assert.doesNotMatch(document.querySelector('style')!.textContent, /url\(|@import|https?:/);
  assert.deepEqual(
    Array.from(document.querySelectorAll('blockquote'))
      .map((q) => q.textContent)
      .sort(),
    all.map((h) => h.quote).sort(),
  );
  assert.deepEqual(
    Array.from(document.querySelectorAll('h2')).map((h) => h.textContent),
    [AWKWARD[1]!.title, AWKWARD[0]!.title, AWKWARD[2]!.title],
  );
  const injectedFigure = document.getElementById(`h-${injected.uuid}`)!;
  assert.equal(injectedFigure.querySelector('.note')!.textContent, '<img src=x onerror=alert(1)> & <script>alert(2)</script>');
  assert.ok(document.querySelector('figure.orphaned')!.textContent.includes('no longer found'));
  assert.ok(document.querySelector('style')!.textContent.includes('print-color-adjust: exact'));
});

test('file names are safe on Windows, macOS and Linux', () => {
  const cases: [string, string][] = [
    ['Plain title', 'Plain title.md'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['Obsidian [[link]] #tag ^block', 'Obsidian --link-- -tag -block.md'],
    ['CON', '_CON.md'],
    ['con.notes', '_con.notes.md'],
    ['LPT9', '_LPT9.md'],
    ['COM¹', '_COM¹.md'],
    ['Console', 'Console.md'],
    ['trailing dots...  ', 'trailing dots.md'],
    ['.hidden', 'hidden.md'],
    ['tab\tand\nnewline\u0007bell', 'tab and newline-bell.md'],
    ['', 'Untitled.md'],
    ['...', 'Untitled.md'],
    ['Лукашенко: «встреча»', 'Лукашенко- «встреча».md'],
    ['e\u0301te\u0301', 'été.md'],
  ];
  for (const [title, expected] of cases) assert.equal(safeFileName(title, '.md'), expected, JSON.stringify(title));
  const long = safeFileName('习'.repeat(300), '.md');
  assert.ok(Buffer.byteLength(long) <= 255 && long.endsWith('习.md'), 'cut to fit, on a character boundary');
  const emoji = safeFileName(`${'a'.repeat(178)}👩‍👩‍👧 end`, '.md');
  assert.equal(emoji, `${'a'.repeat(178)}.md`, 'a grapheme that does not fit is left out whole');
  assert.deepEqual(distinctFileNames(['Same', 'same', 'SAME', 'Other'], '.md'), ['Same.md', 'same (2).md', 'SAME (3).md', 'Other.md']);
});

test('preview: counts, first highlights and the start of the file, for each scope', () => {
  const preview = exports.preview('html', { kind: 'query', query: 'source:ТАСС' }, { bom: false });
  assert.deepEqual(preview.counts, { articles: 1, highlights: 2 });
  assert.equal(preview.fileName, 'Лукашенко- «встреча» в Минске.html');
  assert.ok(preview.sample.startsWith('<body>'));
  assert.deepEqual(
    preview.items.map((i) => [i.quote, i.orphaned]),
    [
      ['Обсуждалась торговля и «новые» тарифы', false],
      ['Текст, которого больше нет', true],
    ],
  );
  const chosen = exports.preview('md', { kind: 'highlights', ids: [injected.id] }, { bom: false });
  assert.deepEqual(chosen.counts, { articles: 1, highlights: 1 });
  assert.ok(!chosen.sample.includes('## Note'), 'chosen highlights alone, not their article’s note');
  assert.deepEqual(exports.preview('pdf', { kind: 'all' }, { bom: false }).counts, { articles: 3, highlights: 7 });
  assert.equal(exports.preview('csv', { kind: 'all' }, { bom: false }).fileName, 'Dossier - Everything.csv');
  assert.throws(() => exports.preview('md', { kind: 'highlights', ids: [injected.id, 999] }, { bom: false }), /There is no highlight 999\./);
  assert.throws(() => exports.preview('md', { kind: 'article', id: 999 }, { bom: false }), /There is no article 999\./);
  assert.deepEqual(exports.preview('md', { kind: 'query', query: 'nothing-matches-this' }, { bom: false }).counts, { articles: 0, highlights: 0 });
});
