import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ARTICLE_EXTENSIONS, parseArticle } from '../../../electron/library/parse/parseArticle';
import { ParseError, type ParsedArticle } from '../../../electron/library/parse/types';

/** Longest one small input may take: a parser that hangs or backtracks wildly fails here, not at the test's timeout. */
export const MAX_MS_PER_INPUT = 2000;

// Pieces of what real files hold and of what breaks parsers, mixed with random text, so the heuristics actually run.
const TEXT_PIECES = [
  ' date 2025-09-03 ',
  'BEIJING, Sept. 2 (Xinhua) -- ',
  'MINSK, 3 September (BelTA) - ',
  'By Jane Roe',
  'Source: Reuters',
  'Home',
  'Most Popular',
  '(Web editor: Wang Lei)',
  'Follow us',
  'https://example.org/a?b=c',
  '2025年9月3日',
  '3 сентября 2025 г.',
  'Sept. 31, 2025',
  '99/99/9999',
  '习近平在北京',
  'Лукашенко',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\r\n',
  '\t',
  '\n',
  '\n\n',
  '—',
  ':',
  '-- ',
];
const MARKDOWN_PIECES = [
  '---\n',
  'title: ',
  'date: ',
  'source: ',
  'author: ',
  'url: ',
  'tags: [',
  ']',
  '&a ',
  '*a ',
  '!!js/function ',
  '{',
  '}',
  '? ',
  '|\n',
  '- ',
  '# ',
  '## ',
  '> ',
  '1. ',
  '```\n',
  '`',
  '**',
  '__',
  '*',
  '_',
  '[',
  '](',
  ')',
  '![x](',
  'javascript:alert(1)',
  'https://example.org/',
  '<script>alert(1)</script>',
  '<div>',
  '</div>',
  '<a href="',
  '">',
  '|',
  '\n',
  '\n\n',
  '    ',
  '\\',
  '&amp;',
  '&#0;',
  '[^1]',
  '[x]: http://a',
];
const HTML_PIECES = [
  '<html lang="en-GB">',
  '<head>',
  '<title>',
  '</title>',
  '<body>',
  '<meta property="article:published_time" content="2025-09-03">',
  '<meta name="author" content="',
  '<meta property="og:site_name" content="',
  '<link rel="canonical" href="',
  '">',
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"',
  '"}</script>',
  '<p>',
  '</p>',
  '<div class="cookie">',
  '</div>',
  '<article>',
  '</article>',
  '<h1>',
  '<h2>',
  '</h2>',
  '<ul><li>',
  '<blockquote>',
  '<a href="javascript:alert(1)">',
  '<a href="https://example.org/">',
  '<a href="data:text/html,x">',
  '</a>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<template>',
  '<noscript>',
  '<style>',
  '</style>',
  '<table><tr><td>',
  '&nbsp;',
  '&#x0;',
  '&lt;',
  '<br>',
  '<pre>',
  '<code>',
  '<em>',
  '<strong>',
  '"',
  "'",
  '>',
  '<',
];

const filler = fc.oneof(fc.lorem({ maxCount: 12 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const documentOf = (pieces: readonly string[]) =>
  fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 3 }, { arbitrary: filler, weight: 2 }), { maxLength: 40 }).map((parts) => parts.join(''));

/** Bytes as files arrive: with and without BOMs, valid and broken UTF-8 and UTF-16, or anything at all. */
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 500 }))
    .map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  fc.string({ unit: 'binary', maxLength: 500 }).map((s) => Uint8Array.from(Buffer.from(s, 'utf16le'))),
);

/** What every parsed article must be, whatever it came from. */
export function checkArticle(a: ParsedArticle): void {
  assert.ok(a.title.length > 0);
  assert.ok(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published));
  assert.ok(a.language === null || /^[a-z]{2}$/.test(a.language));
  assert.ok(a.url === null || /^https?:/.test(a.url), `url ${a.url}`);
  for (const b of a.blocks) {
    // Preformatted text keeps its indentation.
    assert.ok(b.text.trim().length > 0 && b.text === (b.kind === 'code' ? b.text.trimEnd() : b.text.trim()));
    for (const m of b.marks ?? []) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= b.text.length);
      assert.ok(m.href === undefined || /^(https?|mailto):/.test(m.href), `href ${m.href}`);
    }
  }
}

/** Parses, and accepts a well-formed article or our own ParseError, in reasonable time; anything else fails. */
export function parseOrRefuse(file: string, bytes: Uint8Array): void {
  const started = performance.now();
  try {
    checkArticle(parseArticle(file, bytes));
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  const ms = performance.now() - started;
  assert.ok(ms < MAX_MS_PER_INPUT, `${file} of ${bytes.length} bytes took ${Math.round(ms)} ms`);
}

/** One property per parser; the tests run them briefly, the soak at length. */
export const PARSER_PROPERTIES: Record<'text' | 'markdown' | 'html' | 'bytes', fc.IProperty<unknown[]>> = {
  text: fc.property(documentOf(TEXT_PIECES), (text) => parseOrRefuse('a.txt', Buffer.from(text))),
  markdown: fc.property(documentOf(MARKDOWN_PIECES), (text) => parseOrRefuse('a.md', Buffer.from(text))),
  html: fc.property(documentOf(HTML_PIECES), (text) => parseOrRefuse('a.html', Buffer.from(text))),
  bytes: fc.property(fc.constantFrom(...ARTICLE_EXTENSIONS), fileBytes, (ext, bytes) => parseOrRefuse(`a${ext}`, bytes)),
};
