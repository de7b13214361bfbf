import type { Page } from '@playwright/test';
import { dragSelect } from './articleText';
import { expect, test } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

/** The channels of the API requests the page sends from now on, in the order it sends them. */
function apiRequests(page: Page): string[] {
  const channels: string[] = [];
  page.on('request', (request) => {
    const channel = /\/api\/([^/?]+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (channel) channels.push(decodeURIComponent(channel));
  });
  return channels;
}

/**
 * Fires every timer due within the next two seconds (the debounces) and stops the page's clock; then waits until
 * every request sent so far has been seen, by sending one more and waiting for it, since requests are reported
 * in the order they are sent.
 */
async function settle(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
  const marker = `settled-${Math.random()}`;
  await Promise.all([page.waitForRequest((r) => r.url().includes(marker)), page.evaluate((m) => void fetch(`icon.svg?${m}`), marker)]);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('one highlight costs one request: the reader takes the stored highlight from its answer', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  await expect(article.getByRole('complementary', { name: 'Notes' })).toBeVisible();
  await settle(page);
  await page.clock.resume();

  const sent = apiRequests(page);
  await dragSelect(page, 'the fruitful meeting', 'new impetus');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight Yellow' }).click();
  await expect(article.locator('.article-body mark.hl-yellow').first()).toBeVisible();
  await expect(page.getByRole('option', { selected: true }).getByRole('img', { name: '1 highlight' })).toBeVisible();
  await settle(page);
  // Selecting may scroll the article, and the reading position that moved is stored on its own.
  expect(sent.filter((c) => c !== 'reading.setPosition')).toEqual(['highlights.create']);
});

test('typing a word in the search box sends one list request, for the whole word', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await settle(page);

  const sent = apiRequests(page);
  // The clock stands still while the word is typed, so however slowly the keys arrive, typing never pauses.
  await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially('Khrenin');
  await page.clock.runFor(1000);
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('mark')).toHaveText(['Khrenin']);
  await settle(page);
  expect(sent.filter((c) => c === 'articles.query')).toEqual(['articles.query']);
});

test('Enter and Escape search at once, and an answer overtaken by a later search is never shown', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await settle(page);

  // The answer for "Khrenin" is held back until the search that follows it has been answered and shown.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/articles.query', async (route) => {
    if (route.request().postDataJSON()?.query === 'Khrenin') await held;
    await route.continue();
  });
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const listed = (query: string) => (r: { url(): string; postDataJSON(): { query?: string } | null }) =>
    r.url().endsWith('/api/articles.query') && r.postDataJSON()?.query === query;
  const khreninSent = page.waitForRequest(listed('Khrenin'));
  const khreninAnswered = page.waitForResponse((r) => listed('Khrenin')(r.request()));
  // The clock stands still, so no pause in typing can have sent it: Enter did.
  await search.pressSequentially('Khrenin');
  await search.press('Enter');
  await khreninSent;
  const clearedAnswered = page.waitForResponse((r) => listed('')(r.request()));
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await clearedAnswered;
  await expect(rows).toHaveCount(5);
  release();
  await khreninAnswered;
  await settle(page);
  await expect(rows).toHaveCount(5);
  await expect(page.locator('.list-count')).toHaveText(/^5 articles/);
});
