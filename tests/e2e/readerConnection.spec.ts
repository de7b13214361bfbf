import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createHandlers } from '../../electron/api/handlers/createHandlers';
import { startWebServer } from '../../electron/web/webServer';
import { expect, test, type Reader } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';
const staticDir = path.resolve(__dirname, '..', '..', 'dist', 'renderer');

async function openSeed(page: Page): Promise<Locator> {
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  return article;
}

/** A new server on the stopped one's port, over the same library; with the old token it is "the same server" to the page. */
function serveAgain(reader: Reader, token: string) {
  return startWebServer({
    handlers: createHandlers({ library: reader.library, version: 'test', mode: 'browser' }),
    staticDir,
    port: reader.server.port,
    token,
  });
}

const starred = (reader: Reader) => (reader.library.db.prepare('SELECT starred FROM articles WHERE title = ?').get(SEED) as { starred: number }).starred;

test('when the server stops, one banner says so and the article stays; when it answers again the banner goes by itself and the star is kept', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  const banner = page.getByRole('status', { name: 'Connection to the library' });
  await expect(banner).toBeEmpty();

  await reader.server.close();
  await article.getByRole('button', { name: 'Star' }).click();
  await expect(banner).toContainText(`The Dossier server at 127.0.0.1:${reader.server.port} is not answering`);
  await expect(banner).toContainText(/Dossier tries again by itself\.|Trying again…/);
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  await expect(article.getByRole('button', { name: 'Starred' })).toBeVisible();
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(starred(reader)).toBe(0);

  const again = await serveAgain(reader, reader.server.token);
  try {
    // Nothing clicked: the banner's own tries find the server (the longest wait between them is 10 s).
    await expect(banner).toBeEmpty({ timeout: 15_000 });
    await expect.poll(() => starred(reader)).toBe(1);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await again.close();
  }
});

test('a server started again has a new token: the banner says to start npm run web and open its new address, and Retry does not hide it', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  await reader.server.close();
  const other = await serveAgain(reader, 'a-token-this-page-never-had-0123456789');
  try {
    await article.getByRole('button', { name: 'Star' }).click();
    const banner = page.getByRole('status', { name: 'Connection to the library' });
    await expect(banner).toContainText(
      'has stopped, and the access token in its address went with it. Start npm run web again and open the new address it prints.',
    );
    await expect(banner.locator('code')).toHaveText('npm run web');
    await expect(banner).not.toContainText('tries again by itself');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect(banner).toContainText('Start npm run web again');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
    expect(starred(reader)).toBe(0);
  } finally {
    await other.close();
  }
});

test('a library file moved away is named in the banner; put back, the reader goes on by itself, and a search typed meanwhile is answered', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const file = reader.library.file;
  fs.renameSync(file, `${file}.away`);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Belarusian');
  const banner = page.getByRole('status', { name: 'Connection to the library' });
  await expect(banner).toContainText(`The library ${file} was moved, deleted or replaced while Dossier had it open.`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  fs.renameSync(`${file}.away`, file);
  await expect(banner).toBeEmpty({ timeout: 15_000 });
  await expect(page.getByRole('option').filter({ hasText: SEED })).toBeVisible();
});
