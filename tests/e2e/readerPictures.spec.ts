import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LEAD, MORE, png } from '../fixtures/pictures';
import { expect, test } from './readerFixture';

const TITLE = 'Port officials meet';

test('a saved page shows its own pictures, captioned, from the library; nothing is loaded from elsewhere, and pictures can be hidden', async ({
  page,
  reader,
}, testInfo) => {
  const asked: string[] = [];
  const elsewhere = http.createServer((req, res) => (asked.push(req.url ?? ''), res.end(png(2, 2))));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  const remote = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  try {
    const dir = testInfo.outputPath('saved');
    fs.mkdirSync(path.join(dir, 'Page_files'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Page_files', 'harbour.png'), png(40, 20));
    fs.writeFileSync(
      path.join(dir, 'Page_files', 'chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>parent.alert(1)</script><rect width="10" height="10"/></svg>',
    );
    const file = path.join(dir, 'Page.html');
    fs.writeFileSync(
      file,
      `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${LEAD}</p>` +
        `<figure><img src="Page_files/harbour.png" alt="The harbour at dawn"><figcaption>The harbour at dawn, before the talks.</figcaption></figure>` +
        `<img src="${remote}/pixel.gif" alt=""><figure><img src="Page_files/chart.svg" alt="A chart"></figure><p>${MORE}</p></article></body></html>`,
    );
    await reader.library.import([file]);
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));

    await page.goto(reader.server.url);
    await page.getByRole('option').filter({ hasText: TITLE }).click();
    const article = page.getByRole('main', { name: 'Article' });
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    const harbour = article.getByRole('img', { name: 'The harbour at dawn' });
    await expect(harbour).toBeVisible();
    await expect.poll(() => harbour.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
    await expect(article.locator('figcaption')).toHaveText(['The harbour at dawn, before the talks.']);
    await expect.poll(() => article.getByRole('img', { name: 'A chart' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(10);
    expect(await harbour.getAttribute('src')).toMatch(/^pictures\/[0-9a-f]{64}\?token=/);

    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('checkbox', { name: 'Show pictures' }).uncheck();
    await expect(harbour).toBeHidden();
    await expect(article.locator('figcaption')).toBeVisible();
    expect(asked).toEqual([]);
    expect(dialogs).toEqual([]);
  } finally {
    elsewhere.close();
  }
});
