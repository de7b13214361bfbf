import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './readerFixture';

const PAGE = `<!doctype html><html lang="en"><head><title>Night ferries keep running | Harbour News</title><meta name="author" content="Maren Holt"></head>
<body><nav>Home · Sections</nav><article><h1>Night ferries keep running</h1>
<p>Every evening at six, the ferry from Kristiansand backs out of its berth, and for sixteen hours the passengers belong to the sea.</p>
<p>Airlines took most of the routes, yet the overnight boats survive, carried by freight lorries on the lower decks.</p></article></body></html>`;

test('a link saved with Ctrl+L, or pasted, is fetched by the library and listed; one that cannot be fetched waits', async ({ page, reader }) => {
  const asked: string[] = [];
  const site = http.createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url === '/ferries') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  try {
    await page.goto(reader.server.url);
    const rows = page.getByRole('option');
    await expect(rows).toHaveCount(5);

    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Save a link' });
    await dialog.getByRole('textbox', { name: 'Web page address' }).fill(`${origin}/ferries`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Saved “Night ferries keep running”: it is in the list, kept offline.');
    await expect(rows).toHaveCount(6);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // A web address pasted outside a text field opens the dialog with it.
    await page.evaluate((url) => {
      const data = new DataTransfer();
      data.setData('text/plain', url);
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, `${origin}/gone`);
    await expect(dialog.getByRole('textbox', { name: 'Web page address' })).toHaveValue(`${origin}/gone`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('status')).toContainText('could not be fetched');
    await expect(rows).toHaveCount(7);
    expect(asked).toEqual(['/ferries', '/gone']);
  } finally {
    site.close();
  }
});
