import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchPage } from '../../electron/library/moves/fetchPage';
import { savePages } from '../../electron/library/moves/savePages';
import { MAX_DATA_URL_CHARS, MAX_PICTURE_BYTES } from '../../electron/library/parse/pictureBytes';
import { png } from '../fixtures/pictures';
import { expect, test } from './readerFixture';

const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="12" onload="window.__pwned=1"><script>window.__pwned=1;alert(1)</script>' +
  '<image href="/svg-loads.png" width="4" height="4"/><rect width="24" height="12"/></svg>';
const WORDS = 'The harbour board met again on Monday to discuss the new quay, its costs and who would pay for the cranes. '.repeat(6);

/**
 * Pictures from the web, hostile ones among them, as a feed and a saved link bring them in: fetched once by the
 * library, never by the reader. The feed, the page and their pictures are served here on loopback.
 */
function elsewhere() {
  const seen: string[] = [];
  let origin = '';
  const body = (marker: string) =>
    `<p>${marker} ${WORDS}</p>` +
    `<figure><img src="${origin}/photo.png" alt="The new quay"><figcaption>The new quay, seen from the water.</figcaption></figure>` +
    `<p><img src="${origin}/open.gif" width="1" height="1" alt=""><img src="${origin}/sneaky.gif" alt=""></p>` +
    `<figure><img src="${origin}/gone.png" alt="A remote picture the library could not keep"></figure>` +
    `<p><img src="javascript:window.__pwned=1" alt="script address"><img src="data:image/png;base64,${'A'.repeat(MAX_DATA_URL_CHARS + 1)}" alt="data bomb"></p>` +
    `<figure><img src="${origin}/chart.svg" alt="A chart with a script"></figure>` +
    `<figure><img src="${origin}/huge.png" alt="A huge picture"></figure><p>${WORDS}</p>`;
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push(path);
    if (path === '/feed.xml') {
      const item = `<item><guid>hostile-1</guid><title>Quay pictures</title><link>${origin}/story</link><description><![CDATA[${body('hxpicfeed')}]]></description></item>`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Quay News</title>${item}</channel></rss>`);
    } else if (path === '/page')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html><head><title>Quay page</title></head><body><article><h1>Quay page</h1>${body('hxpicpage')}</article></body></html>`);
    else if (path === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png(48, 24));
    else if (path === '/open.gif' || path === '/sneaky.gif') res.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL_GIF);
    else if (path === '/chart.svg') res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
    else if (path === '/huge.png') {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(MAX_PICTURE_BYTES + 1) });
      res.write(png(20, 20));
    } else res.writeHead(404).end();
  });
  return {
    seen,
    listen: () =>
      new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve((origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`)))),
    close: () => (server.closeAllConnections(), server.close()),
  };
}

test('pictures from feeds and saved links are shown from the library: no request leaves the reader, no script runs, hostile ones are not kept', async ({
  page,
  reader,
}) => {
  const web = elsewhere();
  const origin = await web.listen();
  try {
    await reader.library.feeds.add(`${origin}/feed.xml`, { fullText: false });
    const [saved] = await savePages(reader.library, [`${origin}/page`], fetchPage);
    expect(saved!.status).toBe('added');
    // The library asked for each picture once per article; never for the declared pixel, the script, the bomb or what an SVG names.
    const pictures = web.seen.filter((p) => !['/feed.xml', '/page'].includes(p)).sort();
    expect(pictures).toEqual(['/chart.svg', '/gone.png', '/huge.png', '/photo.png', '/sneaky.gif'].flatMap((p) => [p, p]).sort());
    const fetchedByLibrary = web.seen.length;

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.goto(reader.server.url);
    const search = page.getByRole('searchbox', { name: 'Search articles' });
    const article = page.getByRole('main', { name: 'Article' });
    for (const marker of ['hxpicfeed', 'hxpicpage']) {
      await search.fill(marker);
      await expect(page.getByRole('option')).toHaveCount(1);
      await page.getByRole('option').click();
      await expect(article.locator('.article-body')).toContainText(marker);
      const photo = article.getByRole('img', { name: 'The new quay' });
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
      expect(await photo.getAttribute('src')).toMatch(/^pictures\/[0-9a-f]{64}\?token=/);
      await expect.poll(() => article.getByRole('img', { name: 'A chart with a script' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(24);
      // Only those two are pictures; the ones the library could not keep are told by their alt text, the rest are gone.
      await expect(article.locator('img')).toHaveCount(2);
      await expect(article.locator('.picture-missing')).toHaveText(['A remote picture the library could not keep', 'A huge picture']);
      await expect(article.locator('figcaption').first()).toHaveText('The new quay, seen from the water.');
      await expect(article.locator('.article-body')).not.toContainText(/script address|data bomb/);
    }

    expect(requests.filter((url) => new URL(url).origin !== new URL(reader.server.url).origin)).toEqual([]);
    expect(requests.filter((url) => url.includes('/pictures/')).length).toBeGreaterThan(0);
    expect(web.seen.length, 'the reader asked nothing of the pictures’ server').toBe(fetchedByLibrary);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  } finally {
    web.close();
  }
});
