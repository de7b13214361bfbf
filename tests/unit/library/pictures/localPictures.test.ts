import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { MAX_PICTURE_BYTES, sniffPictureType } from '../../../../electron/library/parse/pictureBytes';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { tempDir } from '../../helpers/tempLibrary';
import { LEAD, MORE, png } from '../../../fixtures/pictures';

/** Writes a saved page and its `Page_files/` folder; answers the page's path. */
function savedPage(body: string, files: Record<string, Buffer | string>): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'Page_files'));
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  const file = path.join(dir, 'Page.html');
  fs.writeFileSync(
    file,
    `<!doctype html><html><head><title>Port talks</title></head><body><article><h1>Port talks</h1><p>${LEAD}</p>${body}<p>${MORE}</p></article></body></html>`,
  );
  return file;
}

const parseFile = (file: string) => parseArticle(file, fs.readFileSync(file));
const images = (file: string) =>
  parseFile(file)
    .blocks.filter((b) => b.kind === 'image')
    .map((b) => [b.text, b.picture?.alt]);

test('a saved page’s pictures from its own folder become image blocks with their captions; srcset and lazy loaders are understood', () => {
  const photo = png(40, 20);
  const file = savedPage(
    '<figure><img src="Page_files/small.png" srcset="Page_files/small.png 100w, Page_files/photo.png 800w" alt="The harbour at dawn"><figcaption>The harbour at <em>dawn</em>.</figcaption></figure>' +
      '<p><img data-src="Page_files/lazy.png" src="Page_files/placeholder.gif" alt="Cranes"></p>' +
      '<picture><source srcset="Page_files/photo.png 2x"><img src="Page_files/missing.png" alt="Again"></picture>',
    { 'Page_files/photo.png': photo, 'Page_files/small.png': png(4, 2), 'Page_files/lazy.png': png(8, 8) },
  );
  const article = parseFile(file);
  const blocks = article.blocks.filter((b) => b.kind === 'image');
  assert.deepEqual(
    blocks.map((b) => [b.text, b.picture?.alt, b.marks?.map((m) => b.text.slice(m.start, m.end))]),
    [
      ['The harbour at dawn.', 'The harbour at dawn', ['dawn']],
      ['', 'Cranes', undefined],
      ['', 'Again', undefined],
    ],
  );
  // The largest copy, kept once however often it is shown.
  assert.equal(blocks[0]!.picture!.hash, blocks[2]!.picture!.hash);
  assert.deepEqual(
    article.pictures!.map((p) => [p.type, p.bytes.length]),
    [
      ['image/png', photo.length],
      ['image/png', png(8, 8).length],
    ],
  );
  assert.equal(article.blocks.at(-1)!.text, MORE);
});

test('nothing is fetched or read from outside the page’s folder; a file that is not a picture, or too large, is not kept', async () => {
  const asked: string[] = [];
  const server = http.createServer((req, res) => (asked.push(req.url ?? ''), res.end(png(2, 2))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pixel.png`;
  try {
    const secret = path.join(tempDir(), 'secret.png');
    fs.writeFileSync(secret, png(2, 2));
    const file = savedPage(
      `<figure><img src="${remote}" alt="remote"><figcaption>Kept as text.</figcaption></figure>` +
        `<img src="Page_files/fake.jpg" alt="script"><img src="../${path.basename(path.dirname(secret))}/secret.png" alt="outside">` +
        `<img src="file://${secret}" alt="file"><img src="${secret}" alt="absolute"><img src="data:image/png;base64,${png(2, 2).toString('base64')}" alt="data">` +
        `<img src="Page_files/huge.png" alt="huge">`,
      { 'Page_files/fake.jpg': '<script>alert(1)</script>', 'Page_files/huge.png': Buffer.concat([png(2, 2), Buffer.alloc(MAX_PICTURE_BYTES)]) },
    );
    const article = parseFile(file);
    assert.deepEqual(images(file), []);
    assert.deepEqual(article.pictures, []);
    assert.ok(article.blocks.some((b) => b.kind === 'p' && b.text === 'Kept as text.'));
    assert.deepEqual(asked, []);
  } finally {
    server.close();
  }
});

test('a Markdown file’s pictures beside it are kept too', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'img'));
  fs.writeFileSync(path.join(dir, 'img', 'map.png'), png(10, 10));
  const file = path.join(dir, 'note.md');
  fs.writeFileSync(file, `# Port talks\n\n${LEAD}\n\n![A map of the port](img/map.png)\n\n${MORE}\n`);
  assert.deepEqual(images(file), [['', 'A map of the port']]);
});

test('picture types are told by their bytes: PNG, JPEG, GIF, WebP, AVIF and SVG, nothing else', () => {
  const cases: [Buffer | string, string | null][] = [
    [png(1, 1), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['GIF89a\x01\x00', 'image/gif'],
    [Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), 'image/webp'],
    [Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif')]), 'image/avif'],
    ['<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['<html><body>not a picture</body></html>', null],
    ['', null],
  ];
  for (const [bytes, type] of cases)
    assert.equal(sniffPictureType(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes), type, String(bytes).slice(0, 20));
});

test('a saved page whose srcset still names the web’s copies shows the one saved beside it; lazy loaders’ attributes and small inlined pictures are read; pixels are not kept', () => {
  const inline = png(12, 6);
  const file = savedPage(
    '<p><img src="Page_files/saved.png" srcset="https://cdn.example/photo-400.jpg 400w, https://cdn.example/photo-800.jpg 800w" alt="Saved"></p>' +
      '<p><img data-original="Page_files/lazy.png" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Lazy"></p>' +
      '<p><img data-srcset="Page_files/a.png 1x, Page_files/b.png 2x" alt="Data srcset"></p>' +
      `<p><img src="data:image/png;base64,${inline.toString('base64')}" alt="Inline"></p>` +
      '<p><img src="Page_files/dot.png" alt="Dot"><img src="Page_files/saved.png" width="1" height="1" alt="Declared"></p>',
    { 'Page_files/saved.png': png(20, 10), 'Page_files/lazy.png': png(9, 9), 'Page_files/b.png': png(16, 16), 'Page_files/dot.png': png(1, 1) },
  );
  assert.deepEqual(images(file), [
    ['', 'Saved'],
    ['', 'Lazy'],
    ['', 'Data srcset'],
    ['', 'Inline'],
  ]);
  assert.deepEqual(
    parseFile(file).pictures!.map((p) => p.bytes.length),
    [png(20, 10), png(9, 9), png(16, 16), inline].map((b) => b.length),
  );
});
