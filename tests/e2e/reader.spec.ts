import expected from '../fixtures/seeds-expected.json';
import { expect, test } from './readerFixture';

test('opens on the five seed articles and shows one when clicked', async ({ page, reader }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole('button', { name: /All articles\s*5/ })).toBeVisible();

  await rows.filter({ hasText: 'Senior CPC official meets Belarusian president' }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(expected['000_b6e059254387143c.txt'].title[0]!);
  await expect(article).toContainText('Senior Communist Party of China (CPC) official Cai Qi on Tuesday met');
  expect(errors).toEqual([]);
});

test('j/k and the arrow keys move the selection and the article follows', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  const firstTitle = await heading.textContent();

  await page.keyboard.press('j');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(heading).not.toHaveText(firstTitle!);
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(heading).toHaveText(firstTitle!);
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
});

test('searching narrows the list and marks the matched words', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.keyboard.press('/');
  await page.keyboard.type('Khrenin');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').locator('mark')).toHaveText(['Khrenin']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option')).toHaveCount(5);
});

test('the API refuses requests without the token or from another origin', async ({ request, reader }) => {
  const base = `http://127.0.0.1:${reader.server.port}`;
  const noToken = await request.post(`${base}/api/articles.list`, { data: {} });
  expect(noToken.status()).toBe(401);
  const wrongOrigin = await request.post(`${base}/api/articles.list`, {
    data: {},
    headers: { 'x-dossier-token': reader.server.token, origin: 'http://evil.example' },
  });
  expect(wrongOrigin.status()).toBe(403);
  const ok = await request.post(`${base}/api/articles.list`, { data: {}, headers: { 'x-dossier-token': reader.server.token } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).data.total).toBe(5);
  const page = await request.get(`${base}/`);
  expect(page.status()).toBe(401);
});

test('? lists the keys, Space pages through the article, e opens the export dialog', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.getByRole('option').first().click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('region', { name: 'Annotating (with text selected)' })).toContainText('Highlight and add a note');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.setViewportSize({ width: 1200, height: 400 });
  const pane = page.getByRole('main', { name: 'Article' });
  // Space pages through the article shown: pressed before it is, it has nothing to page through.
  await expect(pane.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('option').first().focus();
  await page.keyboard.press(' ');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await page.keyboard.press('Shift+ ');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0);

  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Export notes' })).toBeVisible();
});
