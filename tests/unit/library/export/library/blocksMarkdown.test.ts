import assert from 'node:assert/strict';
import { test } from 'node:test';
import { marked } from 'marked';
import { blocksToMarkdown, markdownToBlocks } from '../../../../../electron/library/export/library/blocksMarkdown';
import type { Block } from '../../../../../electron/library/parse/types';

const awkward: Block[] = [
  {
    kind: 'p',
    text: 'Hello *world* [x](y) `c` & &#32; <b>text</b> # - > \\ 100% ~~no~~ ==no== end  ',
    marks: [
      { start: 0, end: 5, style: 'strong' },
      { start: 6, end: 13, style: 'em' },
    ],
  },
  { kind: 'h', text: 'A heading\non two lines', level: 3 },
  { kind: 'li', text: '  indented\nnext line\n\nafter a blank line', marks: [{ start: 2, end: 10, style: 'link', href: 'https://example.org/a%20b c>' }] },
  { kind: 'quote', text: 'quoted\nline two `tick`', marks: [{ start: 16, end: 22, style: 'code' }] },
  { kind: 'p', text: '1. not a list\n- nor this\n+ nor this\n<!-- dossier:notes -->' },
  {
    kind: 'p',
    text: 'nested strong in a link',
    marks: [
      { start: 0, end: 23, style: 'link', href: 'https://a.example/' },
      { start: 7, end: 13, style: 'strong' },
    ],
  },
];

test('blocks written as Markdown read back exactly: text, kinds, levels and marks', () => {
  assert.deepEqual(markdownToBlocks(blocksToMarkdown(awkward)), awkward);
});

test('a picture that was not kept reads back as one, with its caption, marks and alt text', () => {
  const missing: Block[] = [
    { kind: 'p', text: 'Before.' },
    { kind: 'image', text: 'The quay, <b>at</b> noon\nsecond line', marks: [{ start: 0, end: 9, style: 'em' }], picture: { alt: 'The "quay" & <cranes>' } },
    { kind: 'image', text: '', picture: { alt: 'Alt only' } },
    { kind: 'image', text: '', picture: { alt: '' } },
    { kind: 'p', text: 'After.' },
  ];
  assert.deepEqual(markdownToBlocks(blocksToMarkdown(missing)), missing);
});

test('marks Markdown cannot hold are left out, never the text', () => {
  const crossing: Block = {
    kind: 'p',
    text: 'crossing marks here',
    marks: [
      { start: 0, end: 10, style: 'em' },
      { start: 5, end: 15, style: 'strong' },
    ],
  };
  assert.deepEqual(markdownToBlocks(blocksToMarkdown([crossing])), [{ ...crossing, marks: [crossing.marks![0]!] }]);
});

test('other Markdown readers see the text as text: no HTML, no lists, no headings but the real ones', () => {
  const html = marked.parse(blocksToMarkdown(awkward), { async: false, gfm: true });
  assert.doesNotMatch(html, /<b>|<ol|<del|<!--/);
  assert.equal(html.match(/<h3>/g)?.length, 1);
  assert.equal(html.match(/<li>/g)?.length, 1);
  assert.match(html, /<strong>Hello<\/strong> <em>\*world\*<\/em>/);
});
