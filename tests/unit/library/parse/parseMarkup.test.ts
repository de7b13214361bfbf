import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { type Block, type ParsedArticle } from '../../../../electron/library/parse/types';
import { ROOT } from '../../helpers/tempLibrary';

const parse = (name: string): ParsedArticle => parseArticle(name, readFileSync(path.join(ROOT, 'tests', 'fixtures', 'parse', name)));
const parseString = (name: string, text: string): ParsedArticle => parseArticle(name, Buffer.from(text, 'utf8'));
/** The text each mark covers, with its style and href: what a reader would see highlighted. */
const marked = (b: Block | undefined): Array<[string, string, string?]> =>
  (b?.marks ?? []).map((m) => (m.href ? [b!.text.slice(m.start, m.end), m.style, m.href] : [b!.text.slice(m.start, m.end), m.style]));

describe('Markdown', () => {
  const article = parse('front-matter.md');

  test('front matter wins over what the body suggests', () => {
    assert.equal(article.title, 'Belarus and China sign a road map');
    assert.equal(article.published, '2025-09-03');
    assert.equal(article.source, 'BelTA');
    assert.equal(article.author, 'Jane Roe');
    assert.deepEqual(article.tags, ['China', 'Belarus']);
    assert.equal(article.url, 'https://example.org/news/road-map');
    assert.equal(article.dateline, 'Minsk');
    assert.equal(article.language, 'en');
  });

  test('headings, lists and quotes become blocks; emphasis, code and safe links become marks', () => {
    assert.deepEqual(
      article.blocks.map((b) => [b.kind, b.level ?? null]),
      [
        ['h', 2],
        ['p', null],
        ['h', 2],
        ['li', null],
        ['li', null],
        ['li', null],
        ['quote', null],
        ['p', null],
      ],
    );
    assert.deepEqual(marked(article.blocks[1]), [
      ['road map', 'strong'],
      ['industrial', 'em'],
      ['HS 3104', 'code'],
    ]);
    assert.deepEqual(marked(article.blocks[3]), [['Minsk', 'link', 'https://example.org/minsk']]);
    assert.equal(article.blocks[4]!.text, 'A joint fund, see details & notes');
    assert.deepEqual(marked(article.blocks[4]), [], 'a javascript: link keeps its text but no mark');
    assert.deepEqual(marked(article.blocks[7]), [['the ministry site', 'link', 'https://example.org/more']]);
  });

  test('no Markdown syntax or raw HTML reaches the text', () => {
    const all = JSON.stringify(article);
    for (const s of ['**', '`', '# ', '](', '<a', '<script', "alert('md')", 'javascript:', 'onclick', 'steal']) assert.ok(!all.includes(s), s);
  });

  test('without front matter the first level-1 heading is the title, and soft line breaks are spaces', () => {
    const a = parse('heading-title.md');
    assert.equal(a.title, 'Lukashenko visits the Great Stone park');
    assert.equal(a.blocks[1]!.text, 'Second paragraph with a line that continues here.');
    assert.ok(a.blocks.every((b) => b.kind === 'p'));
  });

  test('front matter that is not valid YAML is read line by line: a file with text is never refused for it', () => {
    const a = parse('bad-front-matter.md');
    assert.equal(a.title, '[unclosed');
    assert.equal(a.published, '2025-09-03');
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      ['Body text.'],
    );
    const b = parseString(
      'minsk.md',
      "---\ntitle: Minsk: talks resume\nsource: 'BelTA'\ndate: 2024-05-13\nauthor: Olga Petrova\ntags:\n  - diplomacy\n  - Belarus\n---\n\nThe talks resumed in Minsk on Monday.\n",
    );
    assert.equal(b.title, 'Minsk: talks resume');
    assert.equal(b.source, 'BelTA');
    assert.equal(b.published, '2024-05-13');
    assert.equal(b.author, 'Olga Petrova');
    assert.deepEqual(b.tags, ['diplomacy', 'Belarus']);
    assert.deepEqual(
      b.blocks.map((x) => x.text),
      ['The talks resumed in Minsk on Monday.'],
    );
  });

  test('an author list, comma-separated tags and a non-web url', () => {
    const a = parseString('a.markdown', '---\nauthor: [Ann Lee, Bo Chen]\ntags: "x, y"\nurl: "javascript:alert(1)"\n---\n\nSome body text here.\n');
    assert.equal(a.author, 'Ann Lee, Bo Chen');
    assert.deepEqual(a.tags, ['x', 'y']);
    assert.equal(a.url, null);
  });
});

describe('HTML', () => {
  const article = parse('article.html');

  test('metadata from Open Graph and article meta tags', () => {
    assert.equal(article.title, 'Xi meets Lukashenko in Beijing');
    assert.equal(article.published, '2025-09-02', 'the date as written, not shifted to UTC');
    assert.equal(article.source, 'Xinhua');
    assert.equal(article.author, 'Jane Roe');
    assert.equal(article.url, 'https://example.org/2025/09/02/xi-lukashenko.html');
    assert.deepEqual(article.tags, ['China', 'Belarus']);
    assert.equal(article.dateline, 'Beijing');
    assert.equal(article.language, 'en');
  });

  test('the article body without navigation, footer or cookie banner', () => {
    assert.deepEqual(
      article.blocks.map((b) => b.kind),
      ['p', 'p', 'h', 'p', 'li', 'li', 'quote', 'p'],
    );
    const all = JSON.stringify(article);
    for (const s of ['cookies', 'About us', 'Copyright Example', 'World', 'injected', 'tracker', 'color: red']) assert.ok(!all.includes(s), s);
  });

  test('relative links resolve against the canonical URL; javascript: links lose their mark', () => {
    assert.deepEqual(marked(article.blocks[1]), [
      ['firmly supports', 'em'],
      ['statement', 'link', 'https://example.org/statement.html'],
    ]);
    assert.ok(article.blocks[1]!.text.includes('Click here for nothing.'));
  });

  test('JSON-LD metadata', () => {
    const a = parse('jsonld.html');
    assert.equal(a.title, 'Minsk hosts Eurasian economic forum');
    assert.equal(a.published, '2024-06-27');
    assert.equal(a.author, 'Ivan Petrov');
    assert.equal(a.source, 'BelTA');
  });

  test('scripts, event handlers, styles and unsafe links leave nothing in any field', () => {
    const a = parse('hostile.html');
    const all = JSON.stringify(a);
    for (const s of ['alert', 'javascript', 'JaVaScRiPt', 'onerror', 'onload', 'onmouseover', 'evil', 'color:red', 'data:', 'svgtext', 'noscript', '<']) {
      assert.ok(!all.includes(s), s);
    }
    assert.deepEqual(marked(a.blocks[1]), [
      ['mail the editor', 'link', 'mailto:editor@example.org'],
      ['a safe link', 'link', 'https://example.org/ok'],
    ]);
  });
});

describe('bylines and furniture leave the body', () => {
  const LEAD = 'The harbour reopened on Monday after a week of storms, the port authority said in a statement.';
  const MORE = 'Ships queued outside the breakwater for most of the morning before pilots were allowed out again.';

  test('a saved page: the byline gives the author and the date; a photo counter and time line is dropped', () => {
    const a = parseString(
      'a.html',
      `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>By Olga Petrova · 13 May 2024</p><p>${LEAD}</p><p>23 / 10:42</p><p>${MORE}</p></article></body></html>`,
    );
    assert.equal(a.author, 'Olga Petrova');
    assert.equal(a.published, '2024-05-13');
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [LEAD, MORE],
    );
  });

  test('Markdown: a byline under the heading', () => {
    const a = parseString('a.md', `# Harbour reopens\n\nBy Anna Kowal\n\n${LEAD}\n`);
    assert.equal(a.author, 'Anna Kowal');
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [LEAD],
    );
  });

  test('a clipping: byline with an outlet, and counters and times between paragraphs', () => {
    const a = parseString('a.txt', `Harbour reopens\n\nBy Olga Petrova | Reuters\n\n${LEAD}\n\n3/12\n\n10:42\n\n${MORE}\n`);
    assert.equal(a.author, 'Olga Petrova');
    assert.equal(a.source, 'Reuters');
    assert.deepEqual(
      a.blocks.map((b) => b.text),
      [LEAD, MORE],
    );
  });

  test('a sentence that opens with "By" in lower case is text', () => {
    const a = parseString('a.md', `# Harbour reopens\n\nBy the way it went, nobody knew\n\n${LEAD}\n`);
    assert.equal(a.author, null);
    assert.equal(a.blocks[0]?.text, 'By the way it went, nobody knew');
  });
});

describe('a saved page’s title carries its site', () => {
  const BODY =
    '<body><article><p>The harbour reopened on Monday after a week of storms, the port authority said in a statement to reporters.</p><p>Ships queued outside the breakwater for most of the morning before pilots were allowed out again.</p></article></body>';
  const page = (head: string): ParsedArticle => parseString('a.html', `<html><head>${head}</head>${BODY}</html>`);
  const cases: Array<[title: string, headline: string, site: string | null]> = [
    ['Harbour reopens after storms | The Coastal Times', 'Harbour reopens after storms', 'The Coastal Times'],
    ['Harbour reopens after storms – The Coastal Times', 'Harbour reopens after storms', 'The Coastal Times'],
    ['Harbour reopens after storms — Coastal Times', 'Harbour reopens after storms', 'Coastal Times'],
    ['Harbour reopens after storms :: Coastal Times', 'Harbour reopens after storms', 'Coastal Times'],
    ['The Coastal Times | Harbour reopens after a week of storms', 'Harbour reopens after a week of storms', 'The Coastal Times'],
    ['Harbour reopens | Business | The Coastal Times', 'Harbour reopens', 'The Coastal Times'],
    ['Talks resume – BBC News', 'Talks resume', 'BBC'],
    ['Harbour reopens – but ships wait outside', 'Harbour reopens – but ships wait outside', null],
    ['Russia–Ukraine talks resume in Istanbul', 'Russia–Ukraine talks resume in Istanbul', null],
  ];
  for (const [title, headline, site] of cases) {
    test(title, () => {
      const a = page(`<title>${title}</title>`);
      assert.equal(a.title, headline);
      assert.equal(a.source, site);
    });
  }

  test('the site the page names elsewhere stays the source, and tells which end of the title is the site', () => {
    const og = page('<title>Harbour reopens | Coastal Times Online</title><meta property="og:site_name" content="Coastal Times Online">');
    assert.deepEqual([og.title, og.source], ['Harbour reopens', 'Coastal Times Online']);
    const ld = page(
      '<title>Coastal Times | Harbour reopens</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Coastal Times"}}</script>',
    );
    assert.deepEqual([ld.title, ld.source], ['Harbour reopens', 'Coastal Times']);
  });
});
