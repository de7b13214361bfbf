import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import type { Block } from '../../../../electron/library/parse/types';

const LEAD = 'Belarus and China trade grew strongly in the first half of the year, officials in Minsk said on Tuesday, citing customs data.';
const MORE = 'More words follow the table, so that the page reads as an article and not as a list of figures with nothing around them.';
const page = (inner: string) =>
  Buffer.from(`<!doctype html><html><body><article><h1>Trade figures</h1><p>${LEAD}</p>${inner}<p>${MORE}</p></article></body></html>`);
const blocksOf = (name: string, bytes: Buffer) => parseArticle(name, bytes).blocks;
/** Each row's cells as [text, head?, span?], as a reader would see the table. */
const grid = (b: Block | undefined) => {
  const rows: Array<Array<[string, ...(true | number)[]]>> = [];
  for (const c of b?.cells ?? []) (rows[c.row] ??= []).push([b!.text.slice(c.start, c.end), ...(c.head ? [true as const] : []), ...(c.span ? [c.span] : [])]);
  return rows;
};

describe('tables of data stay tables', () => {
  test('header cells, a column span, a caption before it, links and emphasis inside cells; the text reads row by row', () => {
    const blocks = blocksOf(
      'trade.html',
      page(
        `<table><caption>Trade, <em>billion</em> dollars</caption><thead><tr><th>Year</th><th>Exports</th><th>Imports</th></tr></thead>` +
          `<tbody><tr><td>2023</td><td><p>1.2</p></td><td><a href="https://example.org/x">3.4</a></td></tr>` +
          `<tr><td colspan="2">Total</td><td>4.6<br>est.</td></tr></tbody></table>`,
      ),
    );
    const at = blocks.findIndex((b) => b.kind === 'table');
    assert.equal(blocks[at - 1]?.text, 'Trade, billion dollars');
    const table = blocks[at]!;
    assert.equal(table.text, 'Year | Exports | Imports\n2023 | 1.2 | 3.4\nTotal | 4.6 est.');
    assert.deepEqual(grid(table), [
      [
        ['Year', true],
        ['Exports', true],
        ['Imports', true],
      ],
      [['2023'], ['1.2'], ['3.4']],
      [['Total', 2], ['4.6 est.']],
    ]);
    assert.deepEqual(
      table.marks?.map((m) => [table.text.slice(m.start, m.end), m.style, m.href]),
      [['3.4', 'link', 'https://example.org/x']],
    );
    assert.equal(blocks.at(-1)?.text, MORE);
  });

  test('a Markdown table is a table too, and an empty cell keeps its column', () => {
    const md = `# Figures\n\n${LEAD}\n\n| Year | Note |\n|---|---|\n| 2023 | **up** |\n|  | flat |\n\n${MORE}\n`;
    const table = blocksOf('figures.md', Buffer.from(md)).find((b) => b.kind === 'table');
    assert.deepEqual(grid(table), [
      [
        ['Year', true],
        ['Note', true],
      ],
      [['2023'], ['up']],
      [[''], ['flat']],
    ]);
    assert.deepEqual(
      table?.marks?.map((m) => table.text.slice(m.start, m.end)),
      ['up'],
    );
  });

  test('tables that lay out a page are read as text, as before; a table of data inside one is still a table', () => {
    const long = 'A paragraph of running text in a layout cell. '.repeat(12);
    const tables = (inner: string) =>
      blocksOf('layout.html', page(inner))
        .filter((b) => b.kind === 'table')
        .map((b) => b.text);
    assert.deepEqual(tables(`<table role="presentation"><tr><td>Left</td><td>Right</td></tr><tr><td>a</td><td>b</td></tr></table>`), []);
    assert.deepEqual(tables(`<table><tr><td>Only</td><td>one row</td></tr></table>`), []);
    assert.deepEqual(tables(`<table><tr><td>${long}</td><td>side</td></tr><tr><td>x</td><td>y</td></tr></table>`), []);
    assert.deepEqual(
      tables(
        `<table><tr><td><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></td><td>n</td></tr><tr><td>p</td><td>q</td></tr></table>`,
      ),
      ['1 | 2\n3 | 4'],
    );
  });

  test('a small table of numbers is the article’s, not a counter or a time line', () => {
    const table = blocksOf('numbers.html', page('<table><tr><th>1</th><th>2</th></tr><tr><td>10:42</td><td>3/12</td></tr></table>')).find(
      (b) => b.kind === 'table',
    );
    assert.equal(table?.text, '1 | 2\n10:42 | 3/12');
  });
});

describe('preformatted text', () => {
  test('keeps its spaces and line breaks, in HTML and in a Markdown fence; its furniture-like lines stay', () => {
    const html = blocksOf('code.html', page('<pre><code>\nfor x in xs:\n    print(x)\n\n10:42\n</code></pre>'));
    assert.deepEqual(
      html.filter((b) => b.kind === 'code').map((b) => b.text),
      ['for x in xs:\n    print(x)\n\n10:42'],
    );
    const md = blocksOf('code.md', Buffer.from(`# Code\n\n${LEAD}\n\n\`\`\`\na  =  1\n  b = 2\n\`\`\`\n\n${MORE}\n`));
    assert.deepEqual(
      md.filter((b) => b.kind === 'code').map((b) => b.text),
      ['a  =  1\n  b = 2'],
    );
  });
});
