import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { after, before, test } from 'node:test';
import { withRemotePictures } from '../../../../electron/library/net/remotePictures';
import { MAX_ARTICLE_PICTURE_BYTES, MAX_DATA_URL_CHARS, MAX_PICTURE_BYTES } from '../../../../electron/library/parse/pictureBytes';
import { parseHtml } from '../../../../electron/library/parse/parseHtml';
import { LEAD, MORE, png } from '../../../fixtures/pictures';
import { loopbackServer, type LoopbackServer } from '../../helpers/loopbackServer';

const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>window.ran = 1</script><rect width="40" height="40"/></svg>';

/** Distinct pictures by path, each `png(w, h)` with its own size. */
const PICTURES: Record<string, Buffer> = {
  '/img/big.png': png(80, 40),
  '/img/small.png': png(8, 4),
  '/img/lazy.png': png(12, 12),
  '/img/source.png': png(30, 10),
  '/img/fallback.png': png(14, 9),
  '/img/chart.svg': Buffer.from(SVG),
  '/img/sneaky.gif': PIXEL_GIF,
};

let server: LoopbackServer;
before(async () => {
  server = await loopbackServer(serve);
});
after(() => server.close());

function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  const big = /^\/heavy\/(\d+)\.png$/.exec(pathname);
  if (PICTURES[pathname]) res.writeHead(200, { 'content-type': 'image/png' }).end(PICTURES[pathname]);
  else if (pathname === '/img/page.png') res.writeHead(200, { 'content-type': 'image/png' }).end('<html><script>alert(1)</script></html>');
  else if (pathname === '/img/huge.png') {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(MAX_PICTURE_BYTES + 1) });
    res.write(png(20, 20));
  } else if (big) {
    // Just under the cap each, distinct bytes: a few of them pass the article's total.
    const bytes = Buffer.concat([png(20, 20 + Number(big[1])), Buffer.alloc(MAX_PICTURE_BYTES - 4096)]);
    res.writeHead(200, { 'content-type': 'image/png' }).end(bytes);
  } else res.writeHead(404).end();
}

const requested = () => server.seen.map((r) => r.path);
const page = (body: string) =>
  `<!doctype html><html><head><title>Port talks</title></head><body><article><h1>Port talks</h1><p>${LEAD}</p>${body}<p>${MORE}</p></article></body></html>`;
const read = (html: string, url = server.url('/news/2024/port-talks')) => withRemotePictures(url, (resolve) => parseHtml(html, resolve));

test('a page’s pictures are fetched once, the best copy of each, resolved against the page; a failing one leaves its caption and alt', async () => {
  server.seen.length = 0;
  const article = await read(
    page(
      '<figure><img src="../../img/small.png" srcset="/img/small.png 100w, /img/big.png 800w" alt="The harbour"><figcaption>The harbour at <em>dawn</em>.</figcaption></figure>' +
        `<p><img data-src="${server.url('/img/lazy.png')}" src="data:image/gif;base64,${PIXEL_GIF.toString('base64')}" alt="Cranes"></p>` +
        '<picture><source data-srcset="/img/source.png 2x"><img src="/img/fallback.png" alt="Ships"></picture>' +
        '<p><img src="/img/gone.png" srcset="/img/fallback.png 1x" data-original="/img/missing.png" alt="Second try"></p>' +
        '<figure><img src="/img/missing.png" alt="Lost"><figcaption>A caption that stays.</figcaption></figure>' +
        '<figure><img src="/img/chart.svg" alt="Chart"></figure>' +
        '<p>Twice: <img src="/img/big.png" alt="Again"></p>',
    ),
  );
  const images = article.blocks.filter((b) => b.kind === 'image');
  const hashOf = (path: string) => createHash('sha256').update(PICTURES[path]!).digest('hex');
  assert.deepEqual(
    images.map((b) => [b.text, b.picture!.alt, b.picture!.hash]),
    [
      ['The harbour at dawn.', 'The harbour', hashOf('/img/big.png')],
      ['', 'Cranes', hashOf('/img/lazy.png')],
      ['', 'Ships', hashOf('/img/source.png')],
      ['', 'Second try', hashOf('/img/fallback.png')],
      ['A caption that stays.', 'Lost', undefined],
      ['', 'Chart', hashOf('/img/chart.svg')],
      ['', 'Again', hashOf('/img/big.png')],
    ],
  );
  assert.ok(images.every((b) => b.picture!.hash === undefined || /^[0-9a-f]{64}$/.test(b.picture!.hash)));
  assert.deepEqual(
    article.pictures!.map((p) => p.type),
    ['image/png', 'image/png', 'image/png', 'image/png', 'image/svg+xml'],
  );
  assert.deepEqual(requested().sort(), ['/img/big.png', '/img/chart.svg', '/img/fallback.png', '/img/lazy.png', '/img/missing.png', '/img/source.png'].sort());
  assert.ok(
    server.seen.every((r) => /^image\//.test(r.headers.accept ?? '')),
    'pictures are asked for as pictures',
  );
  assert.equal(article.blocks.at(-1)!.text, MORE);
});

test('tracking pixels, beacons, script and data: bombs are never fetched nor kept; a huge picture or a page posing as one is not kept', async () => {
  server.seen.length = 0;
  const bomb = `data:image/png;base64,${'A'.repeat(MAX_DATA_URL_CHARS)}`;
  const small = png(16, 16);
  const article = await read(
    page(
      '<p><img src="/img/big.png" width="1" height="1" alt="pixel"><img src="/img/big.png" style="width:1px;height:1px"></p>' +
        '<p><img src="/t/open/pixel.gif" alt=""><img src="/collect?v=1&tid=UA-1" alt=""><img src="/img/spacer.gif"></p>' +
        '<p><img src="javascript:alert(1)" alt="js"><img src="vbscript:msgbox(1)" alt="vb"><img src="file:///etc/passwd" alt="file"></p>' +
        `<p><img src="${bomb}" alt="bomb"></p>` +
        `<figure><img src="data:image/png;base64,${small.toString('base64')}" alt="Inline"><figcaption>Small and inline.</figcaption></figure>` +
        '<p><img src="/img/sneaky.gif" alt="Sneaky"></p>' +
        '<p><img src="/img/huge.png" alt="Huge"></p>' +
        '<p><img src="/img/page.png" alt="Posing"></p>',
    ),
  );
  assert.deepEqual(requested().sort(), ['/img/huge.png', '/img/page.png', '/img/sneaky.gif']);
  assert.deepEqual(
    article.blocks.filter((b) => b.kind === 'image').map((b) => [b.text, b.picture!.alt, b.picture!.hash !== undefined]),
    [
      ['Small and inline.', 'Inline', true],
      ['', 'Sneaky', false],
      ['', 'Huge', false],
      ['', 'Posing', false],
    ],
  );
  assert.deepEqual(
    article.pictures!.map((p) => p.bytes.length),
    [small.length],
  );
  assert.doesNotMatch(JSON.stringify(article.blocks), /javascript|vbscript|passwd|AAAA/);
});

test('an article’s pictures stop at its total; the rest keep their alt text', async () => {
  server.seen.length = 0;
  const count = Math.ceil(MAX_ARTICLE_PICTURE_BYTES / MAX_PICTURE_BYTES) + 1;
  const body = Array.from({ length: count }, (_, i) => `<p><img src="/heavy/${i}.png" alt="Heavy ${i}"></p>`).join('');
  const article = await read(page(body));
  const total = article.pictures!.reduce((n, p) => n + p.bytes.length, 0);
  assert.ok(total <= MAX_ARTICLE_PICTURE_BYTES, `${total} bytes kept`);
  assert.equal(article.pictures!.length, count - 1);
  assert.deepEqual(
    article.blocks.filter((b) => b.kind === 'image' && !b.picture!.hash).map((b) => b.picture!.alt),
    [`Heavy ${count - 1}`],
  );
});
