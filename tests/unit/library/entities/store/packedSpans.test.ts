import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packSpans, unpackSpans } from '../../../../../electron/library/entities/store/packedSpans';

test('spans packed come back in text order, each once, whatever order they were given in', () => {
  const spans = [
    { start: 40, end: 45 },
    { start: 0, end: 10 },
    { start: 40, end: 42 },
    { start: 0, end: 10 },
    { start: 7, end: 7 },
  ];
  assert.deepEqual(unpackSpans(packSpans(spans)), [
    { start: 0, end: 10 },
    { start: 7, end: 7 },
    { start: 40, end: 42 },
    { start: 40, end: 45 },
  ]);
  assert.deepEqual(unpackSpans(packSpans([])), []);
});

test('each span is its distance from the one before and its length, seven bits a byte', () => {
  // 300 = 0b10_0101100: its low seven bits with the high bit set, then the rest.
  assert.deepEqual(
    [
      ...packSpans([
        { start: 5, end: 8 },
        { start: 305, end: 307 },
      ]),
    ],
    [5, 3, 0xac, 0x02, 2],
  );
  const far = { start: 2 ** 31 + 5, end: 2 ** 31 + 100_000 };
  assert.deepEqual(unpackSpans(packSpans([far, { start: 1, end: 2 }])), [{ start: 1, end: 2 }, far]);
});

test('a span ending before it starts, or bytes cut inside a number, are refused', () => {
  assert.throws(() => packSpans([{ start: 5, end: 4 }]), RangeError);
  assert.throws(() => unpackSpans(Buffer.from([5, 0x80])), RangeError);
});
