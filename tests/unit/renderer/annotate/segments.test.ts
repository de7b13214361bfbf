import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  blockStarts,
  groupByMention,
  highlightPieces,
  segmentBlock,
  splitByBlock,
  trimRange,
  type InlineMark,
} from '../../../../renderer/src/annotate/segments';

const blocks = [{ text: 'Alpha beta gamma.' }, { text: 'Delta epsilon.' }, { text: 'Zeta.' }];
const body = blocks.map((b) => b.text).join('\n\n');

/** The segments of one block as "text[marks|mention|highlights]" strings, for tables that read like the text. */
function show(text: string, segments: ReturnType<typeof segmentBlock>): string[] {
  return segments.map((s) => {
    const h = s.highlights.map((x) => `${x.id}${x.first ? '*' : ''}`).join(',');
    return `${text.slice(s.start, s.end)}[${s.marks.map((m) => m.style).join(',')}|${s.mention ? 'M' : ''}|${h}]`;
  });
}

describe('annotate segments', () => {
  it('finds each block in the body, which joins the blocks with a blank line', () => {
    const starts = blockStarts(blocks);
    assert.deepEqual(starts, [0, 19, 35]);
    blocks.forEach((b, i) => assert.equal(body.slice(starts[i], starts[i]! + b.text.length), b.text));
  });

  it('cuts a highlight over paragraph breaks into one piece per block; only the first piece is the first', () => {
    const start = body.indexOf('gamma');
    const end = body.indexOf('Zeta') + 2;
    const pieces = highlightPieces(blocks, [{ id: 7, start, end }]);
    assert.deepEqual(pieces, [
      [{ id: 7, start: 11, end: 17, first: true, length: end - start }],
      [{ id: 7, start: 0, end: 14, first: false, length: end - start }],
      [{ id: 7, start: 0, end: 2, first: false, length: end - start }],
    ]);
  });

  it('starts a highlight that begins on a paragraph break in the next block, and leaves orphans out', () => {
    const pieces = highlightPieces(blocks, [
      { id: 1, start: 17, end: 24 },
      { id: 2, start: null, end: null },
    ]);
    assert.deepEqual(pieces, [[], [{ id: 1, start: 0, end: 5, first: true, length: 7 }], []]);
  });

  it('keeps mentions in their block', () => {
    const mentions = [{ start: body.indexOf('Delta'), end: body.indexOf('Delta') + 5, entityId: 3 }];
    assert.deepEqual(
      splitByBlock(blocks, mentions, (m, start, end) => ({ start, end, entityId: m.entityId })),
      [[], [{ start: 0, end: 5, entityId: 3 }], []],
    );
  });

  it('wraps each segment in every mark, mention and highlight over it, when all of them cross', () => {
    const text = 'Senior official Cai Qi met the president';
    const cai = text.indexOf('Cai');
    const marks: InlineMark[] = [{ start: 7, end: cai + 3, style: 'em' }];
    const mentions = [{ start: cai, end: cai + 6, entityId: 1 }];
    const highlights = [
      { id: 1, start: 0, end: cai + 1, first: true, length: cai + 1 },
      { id: 2, start: cai + 4, end: text.length, first: true, length: text.length - cai - 4 },
    ];
    const segments = segmentBlock(text.length, marks, mentions, highlights);
    assert.deepEqual(show(text, segments), ['Senior [||1*]', 'official [em||1]', 'C[em|M|1]', 'ai[em|M|]', ' [|M|]', 'Qi[|M|2*]', ' met the president[||2]']);
    assert.equal(segments.map((s) => text.slice(s.start, s.end)).join(''), text);
    // The mention is one run of segments, so it stays one mark however highlights cut it.
    const groups = groupByMention(segments);
    assert.deepEqual(
      groups.map((g) => g.segments.map((s) => text.slice(s.start, s.end)).join('')),
      ['Senior official ', 'Cai Qi', ' met the president'],
    );
    assert.equal(groups[1]!.mention, mentions[0]);
  });

  it('nests overlapping highlights longest outside, and marks the overlap with both', () => {
    const text = 'one two three four';
    const segments = segmentBlock(
      text.length,
      [],
      [],
      [
        { id: 5, start: 4, end: 13, first: true, length: 9 },
        { id: 6, start: 0, end: 7, first: true, length: 7 },
      ],
    );
    assert.deepEqual(show(text, segments), ['one [||6*]', 'two[||5*,6]', ' three[||5]', ' four[||]']);
  });

  it('keeps formatting that overlaps formatting, in a fixed nesting order', () => {
    const text = 'bold and italic';
    const marks: InlineMark[] = [
      { start: 5, end: 15, style: 'em' },
      { start: 0, end: 8, style: 'strong' },
      { start: 0, end: 15, style: 'link', href: 'https://example.org/' },
    ];
    assert.deepEqual(show(text, segmentBlock(text.length, marks, [], [])), ['bold [link,strong||]', 'and[link,strong,em||]', ' italic[link,em||]']);
  });

  it('drops only what cannot be drawn: a mention overlapping an earlier one, ranges outside the block', () => {
    const text = 'Xi Jinping spoke';
    const mentions = [
      { start: 0, end: 10, entityId: 1 },
      { start: 3, end: 10, entityId: 2 },
    ];
    const segments = segmentBlock(text.length, [{ start: 5, end: 40, style: 'em' }], mentions, [{ id: 1, start: -1, end: 3, first: true, length: 4 }]);
    assert.deepEqual(show(text, segments), ['Xi Jinping[|M|]', ' spoke[||]']);
    assert.equal(segments[0]!.mention?.entityId, 1);
  });

  it('gives an empty block no segments', () => {
    assert.deepEqual(segmentBlock(0, [], [], []), []);
  });

  it('trims a selection of the whitespace and paragraph breaks at its edges', () => {
    const end = body.indexOf('Delta');
    assert.deepEqual(trimRange(body, body.indexOf('gamma') - 1, end), { start: body.indexOf('gamma'), end: body.indexOf('.') + 1 });
    assert.deepEqual(trimRange(body, end + 5, end), { start: end, end: end + 5 });
    assert.equal(trimRange(body, 17, 19), null);
    assert.deepEqual(trimRange(body, -3, 1000), { start: 0, end: body.length });
  });
});
