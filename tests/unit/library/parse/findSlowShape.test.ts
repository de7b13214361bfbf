import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { parseBudgetMs } from '../../../../electron/library/import/ParsePool';
import { findSlowShape } from '../../../../electron/library/parse/findSlowShape';
import { htmlNesting } from '../../../../electron/library/parse/htmlNesting';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { readPlainText } from '../../../../electron/library/parse/readPlainText';
import { blocksToText, ParseError, type ParsedArticle } from '../../../../electron/library/parse/types';
import { corpusArticles } from '../../../bench/corpus';
import { SLOW_FILES } from '../../../fixtures/slowFiles';
import { GROWTH_FACTOR, growthOf, MAX_GROWTH } from '../../helpers/parseGrowth';
import { ROOT } from '../../helpers/tempLibrary';

const textOf = (a: ParsedArticle) => `${a.title}\n\n${blocksToText(a.blocks)}`;

test('every known slow shape is found and named, and the file is read as plain text with its words, within its budget', () => {
  for (const { name, text, words } of SLOW_FILES) {
    const bytes = Buffer.from(text);
    const started = performance.now();
    const article = parseArticle(name, bytes);
    const ms = performance.now() - started;
    assert.equal(article.readAsPlainText, findSlowShape(path.extname(name), text), name);
    assert.match(article.readAsPlainText ?? '', /nested \d+ deep \(more than \d+\)|holds \d+ emphasis, code or HTML delimiters/, name);
    for (const w of words) assert.ok(textOf(article).includes(w), `${name}: "${w}"`);
    assert.ok(ms < parseBudgetMs(bytes.length), `${name} took ${Math.round(ms)} ms`);
  }
});

test('ordinary articles are never taken for slow ones: the fixtures, the seeds and 3,000 generated articles', () => {
  const files = ['tests/fixtures/parse', 'tests/fixtures/hostile', 'seeds'].flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir)).map((f) => path.join(ROOT, dir, f)),
  );
  for (const file of files) assert.equal(findSlowShape(path.extname(file), fs.readFileSync(file, 'utf8')), null, file);
  let markdown = 0;
  for (const { name, text } of corpusArticles(3000)) {
    if (name.endsWith('.md')) markdown++;
    assert.equal(findSlowShape(path.extname(name), text), null, name);
  }
  assert.ok(markdown > 50, 'the generated articles include Markdown');
  const table = `| a | b |\n|---|---|\n${'| **bold** | `code` and _em_ |\n'.repeat(100)}`;
  const code = `Some code:\n\n\`\`\`\n${'x = a_b * c_d ** e ~ f;\n'.repeat(2000)}\`\`\`\n\nAfter it.`;
  const nested = `${Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n> > > a quote in a quote`;
  // Code is not lexed for emphasis: neither a block left open to the end nor the paragraph after a long one counts its stars.
  const longCode = `\`\`\`\n${'x = a_b * c_d ** e ~ f;\n'.repeat(5000)}`;
  const unclosed = `Code to the end:\n\n${longCode}`;
  const afterCode = `${longCode}\`\`\`\n${'A paragraph of plain words, with an *emphasis* now and then. '.repeat(80)}`;
  for (const md of [table, code, nested, unclosed, afterCode]) assert.equal(findSlowShape('.md', md), null, md.slice(0, 40));
});

// Markup that exercises the parser's implied end tags, void and raw-text elements, comments and foreign content.
const HTML_PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<span>',
  '</span>',
  '<b>',
  '</b>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<table>',
  '<tr>',
  '<td>',
  '<th>',
  '</table>',
  '<dl><dt>',
  '<dd>',
  '</dl>',
  '<h2>',
  '</h2>',
  '<section>',
  '</section>',
  '<br>',
  '<hr>',
  '<img src=x>',
  '<select><option>',
  '<option>',
  '</select>',
  '<button>',
  '</button>',
  'text ',
  '<!-- <div> -->',
  '<script>var s = "<div><div>";</script>',
  '<style>p > a {}</style>',
  '<title>a <b> title</title>',
  '<svg><path d="M0"/><g><circle/></g></svg>',
  '<div/>',
  '</br>',
  '</p>',
];

/** The depth of the element tree linkedom builds, walked without recursion. */
function treeDepth(html: string): number {
  const { document } = parseHTML(html);
  let deepest = 0;
  const stack: [Element, number][] = [[document.documentElement, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

test('the nesting scan counts the depth of the tree that linkedom, and so Readability, will see', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...HTML_PIECES), { maxLength: 60 }), (pieces) => {
      const html = `<!doctype html><html><body>${pieces.join('')}</body></html>`;
      assert.equal(htmlNesting(html), treeDepth(html), html);
    }),
    { numRuns: 300 },
  );
});

/** Inputs that would make a scanner or reader backtrack, rescan or look through its stack for each tag. */
const ADVERSARIAL: [ext: string, what: string, make: (n: number) => string][] = [
  ['.html', 'stray end tags under deep nesting', (n) => `${'<div>'.repeat(n / 10)}${'</span>'.repeat(n / 14)}`],
  ['.html', 'unclosed comments', (n) => '<!--'.repeat(n / 4)],
  ['.html', 'unclosed scripts', (n) => `<p>a</p>${'<script>'.repeat(n / 8)}`],
  ['.html', 'unclosed paragraphs', (n) => '<p>a '.repeat(n / 5)],
  ['.html', 'deep nesting closed at once', (n) => `${'<div><span>'.repeat(n / 22)}x</div>`],
  ['.html', 'line breaks', (n) => `<p>${'a<br>'.repeat(n / 5)}`],
  ['.md', 'list markers', (n) => '- '.repeat(n / 2)],
  ['.md', 'delimiters', (n) => `x ${'_a'.repeat(n / 2)}`],
  ['.md', 'fences', (n) => '```\n'.repeat(n / 4)],
  ['.md', 'blank lines', (n) => `x${'\n \n'.repeat(n / 3)}y`],
  ['.md', 'indentation', (n) => `x\n${' '.repeat(n)}y`],
];

/**
 * Four times the parsers' growth inputs, as these readers are much faster; past a few hundred KB the collection of
 * their intermediate strings, not their algorithms, would set the ratio (parseGrowth).
 */
const SMALL_CHARS = 8_000;

for (const [ext, what, make] of ADVERSARIAL) {
  test(`${ext} ${what}: the scan and the plain reader take time linear in the input`, () => {
    const scanAndRead = (text: string) => {
      findSlowShape(ext, text);
      try {
        readPlainText(ext, text);
      } catch (err) {
        if (!(err instanceof ParseError)) throw err;
      }
    };
    const { chars, smallMs, largeMs, ratio } = growthOf(scanAndRead, make, SMALL_CHARS);
    assert.ok(ratio <= MAX_GROWTH, `${chars} characters ${smallMs.toFixed(2)} ms, ${GROWTH_FACTOR}× that ${largeMs.toFixed(2)} ms: ${ratio.toFixed(1)}×`);
  });
}

test('Markdown and text read as plain text keep their lines and paragraphs, and Markdown its front matter', () => {
  const md = readPlainText(
    '.md',
    '---\ntitle: The front title\nsource: BelTA\ntags: [trade]\n---\n\nFirst line *as is*\nsecond   line\n\n\n  Next paragraph  \n',
  );
  assert.deepEqual([md.title, md.source, md.tags], ['The front title', 'BelTA', ['trade']]);
  assert.deepEqual(md.blocks, [
    { kind: 'p', text: 'First line *as is*\nsecond line' },
    { kind: 'p', text: 'Next paragraph' },
  ]);
  const heading = readPlainText('.md', '# The heading title\n\nThe body of the note.');
  assert.deepEqual([heading.title, blocksToText(heading.blocks)], ['The heading title', 'The body of the note.']);
  const txt = readPlainText('.txt', 'Grain talks end without a deal\nMINSK, 2 May - The talks ended.\n\nA second paragraph.');
  assert.equal(txt.title, 'Grain talks end without a deal');
  assert.deepEqual(
    txt.blocks.map((b) => b.text),
    ['MINSK, 2 May - The talks ended.', 'A second paragraph.'],
  );
  assert.equal(txt.dateline, 'Minsk');
});

test('HTML read as plain text: text only, in blocks, without code or page chrome, at any depth', () => {
  const html = `<html><head><title>Page &amp; title</title><style>p { color: red }</style></head><body><nav>Menu</nav>
    <h2>A sub-heading</h2><p>One &eacute;<br>two</p><script>document.write("<p>not text</p>")</script>
    <div><p>Three<p>Four</div><ul><li>An item<li>Another</ul><aside>Related</aside>${'<div>'.repeat(100_000)}The deepest words.`;
  const article = readPlainText('.html', html);
  assert.equal(article.title, 'Page & title');
  assert.deepEqual(
    article.blocks.map((b) => [b.kind, b.text]),
    [
      ['h', 'A sub-heading'],
      ['p', 'One é\ntwo'],
      ['p', 'Three'],
      ['p', 'Four'],
      ['li', 'An item'],
      ['li', 'Another'],
      ['p', 'The deepest words.'],
    ],
  );
  assert.ok(article.blocks.every((b) => b.marks === undefined));
});
