import type { Page } from '@playwright/test';
import { dragSelect } from './articleText';
import { articleIdOf, expect, gate, placeRestored, test } from './readerFixture';

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

/** The queries of the requests sent on `channel` from now on, in the order they are sent. */
function askedQueries(page: Page, channel: string): string[] {
  const queries: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${channel}`)) queries.push((request.postDataJSON() as { query: string }).query);
  });
  return queries;
}

/** Holds back the answers to the requests on `channel` for `query` until `release` is called. */
async function holdAnswers(page: Page, channel: string, query: string): Promise<() => void> {
  const { held, release } = gate();
  await page.route(`**/api/${channel}`, async (route) => {
    if ((route.request().postDataJSON() as { query: string }).query === query) await held;
    await route.continue();
  });
  return release;
}

/** Records how many rows the list shows after each change to the page from now on; answers what it recorded. */
async function rowCountsSeen(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { rowCounts: number[] }).rowCounts = seen;
    new MutationObserver(() => seen.push(document.querySelectorAll('[role=option]').length)).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { rowCounts: number[] }).rowCounts);
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
  // Its place is asked for and stored once it is drawn whole: before the requests are recorded.
  await placeRestored(page, reader.library, articleIdOf(reader.library, SEED));
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

test('typing asks at once, then only for the newest text once the answer out has come; meanwhile the list keeps its rows, marked busy', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const list = page.getByRole('region', { name: 'Articles' });
  const filters = page.getByRole('navigation', { name: 'Filters' });
  const all = filters.getByRole('button', { name: /^All articles/ });
  await expect(rows).toHaveCount(5);
  await expect(all).toHaveText(/5$/);
  await settle(page);

  const release = await holdAnswers(page, 'articles.query', 'K');
  const listed = askedQueries(page, 'articles.query');
  const counted = askedQueries(page, 'facets.query');
  const rowCounts = await rowCountsSeen(page);
  // The clock stands still while the word is typed, so no pause in typing sends anything: the first key does.
  await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially('Khrenin');
  await settle(page);
  expect(listed).toEqual(['K']);
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(filters).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(rows.locator('mark')).toHaveText(['Khrenin']);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  // The counts follow the list's answers: none is asked for "K", whose answer the list never showed.
  await expect(all).toHaveText(/1$/);
  await expect(filters).toHaveAttribute('aria-busy', 'false');
  await settle(page);
  expect(listed).toEqual(['K', 'Khrenin']);
  expect(counted).toEqual(['Khrenin']);
  // The five rows stayed until Khrenin's one came: the list was never empty in between.
  expect(new Set(await rowCounts())).toEqual(new Set([5, 1]));
});

test('Escape while a search is out empties the box at once; the answer, overtaken, is never shown, and the whole list is asked for next', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const list = page.getByRole('region', { name: 'Articles' });
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole('button', { name: /^All articles/ })).toHaveText(/5$/);
  await settle(page);

  const release = await holdAnswers(page, 'articles.query', 'Khrenin');
  const listed = askedQueries(page, 'articles.query');
  const rowCounts = await rowCountsSeen(page);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('Khrenin');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await settle(page);
  // One request at a time: the empty query waits for Khrenin's answer.
  expect(listed).toEqual(['Khrenin']);
  await expect(list).toHaveAttribute('aria-busy', 'true');
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/articles.query') && r.request().postDataJSON()?.query === '');
  release();
  await answered;
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.list-count')).toHaveText(/^5 articles/);
  await settle(page);
  expect(listed).toEqual(['Khrenin', '']);
  expect((await rowCounts()).filter((n) => n !== 5)).toEqual([]);
});

test('with Stories in place of the list, typing asks for the stories of the first key, then of the newest text once they have come', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.keyboard.press('Shift+S');
  const stories = page.getByRole('region', { name: 'Stories' });
  await expect(stories.locator('.list-count')).toHaveText(/stor/);
  await settle(page);

  const release = await holdAnswers(page, 'stories.list', 'K');
  const listed = askedQueries(page, 'stories.list');
  await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially('Khrenin');
  await settle(page);
  expect(listed).toEqual(['K']);
  await expect(stories).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(stories).toHaveAttribute('aria-busy', 'false');
  await settle(page);
  expect(listed).toEqual(['K', 'Khrenin']);
});

test('a search whose list request fails says so, and the filter pane, counting for the list it shows, is not left busy', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(page.getByRole('option')).toHaveCount(5);
  await expect(filters).toHaveAttribute('aria-busy', 'false');
  // The library's answer to this one search is a failure it reports (not a lost connection, which is waited out).
  const failure = { ok: false, error: { code: 'internal', message: 'The search failed.' } };
  await page.route('**/api/articles.query', (route) =>
    (route.request().postDataJSON() as { query: string }).query === 'Khrenin' ? route.fulfill({ json: failure }) : route.continue(),
  );
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Khrenin');
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('alert')).toHaveText('The search failed.');
  await expect(filters).toHaveAttribute('aria-busy', 'false');
  await expect(filters.getByRole('button', { name: /^All articles/ })).toHaveText(/5$/);
});
