import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataUrlBytes, keepPicture, MAX_DATA_URL_CHARS, pictureSize } from '../../../../electron/library/parse/pictureBytes';
import { png } from '../../../fixtures/pictures';

test('a picture’s size is read from its own header: PNG, GIF, JPEG (after other segments) and WebP', () => {
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc2, 0, 11, 8, 0x01, 0x2c, 0x02, 0x58, 3, 0, 0, 0]);
  const webp = (chunk: string, bytes: number[]) => Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP'), Buffer.from(chunk), Buffer.alloc(4), Buffer.from(bytes)]);
  const cases: [Buffer, string, { width: number; height: number } | null][] = [
    [png(640, 2), 'image/png', { width: 640, height: 2 }],
    [Buffer.from('GIF89a\x10\x00\x20\x00', 'latin1'), 'image/gif', { width: 16, height: 32 }],
    [jpeg, 'image/jpeg', { width: 600, height: 300 }],
    [webp('VP8X', [0, 0, 0, 0, 199, 0, 0, 99, 0, 0]), 'image/webp', { width: 200, height: 100 }],
    [webp('VP8L', [0x2f, 0x31, 0x40, 0x06, 0]), 'image/webp', { width: 50, height: 26 }],
    [Buffer.from('GIF89a', 'latin1'), 'image/gif', null],
  ];
  for (const [bytes, type, size] of cases) assert.deepEqual(pictureSize(bytes, type), size, type);
  assert.equal(keepPicture(png(640, 2)), null, 'a spacer line is not a picture');
  assert.equal(keepPicture(png(3, 3))?.type, 'image/png');
});

test('data: addresses are read only when small', () => {
  assert.deepEqual(dataUrlBytes('data:image/svg+xml,%3Csvg%3E'), Buffer.from('<svg>'));
  assert.deepEqual(dataUrlBytes(`data:image/png;base64,${png(3, 3).toString('base64')}`), png(3, 3));
  assert.equal(dataUrlBytes(`data:image/png;base64,${'A'.repeat(MAX_DATA_URL_CHARS)}`), null);
  assert.equal(dataUrlBytes('data:text/html,%E0%A4%A'), null);
});
