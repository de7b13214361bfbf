import { expect, test } from './readerFixture';

const LONG = 'President of Belarus Alexander Lukashenko and the Chairman of China, Xi Jinping met in Tianjin';

test('the text reads clean: entity marks show on hover or focus only, until the setting says always', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  const mark = article.getByRole('link', { name: 'Beijing (place)' }).first();
  await expect(mark).toHaveCSS('text-decoration-color', 'rgba(0, 0, 0, 0)');
  await mark.hover();
  await expect(mark).not.toHaveCSS('text-decoration-color', 'rgba(0, 0, 0, 0)');
  await page.mouse.move(0, 400);
  await expect(mark).toHaveCSS('text-decoration-color', 'rgba(0, 0, 0, 0)');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('radio', { name: 'Always' }).check();
  await expect(mark).not.toHaveCSS('text-decoration-color', 'rgba(0, 0, 0, 0)');
  // Kinds differ in line style as well as colour, and none is dotted or wavy.
  const styles = await article
    .locator('.article-body .entity-mark')
    .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).textDecorationStyle))]);
  expect(styles.sort()).toEqual(['dashed', 'double', 'solid']);
});

test('a title made from the lead is the whole headline and is not said again as the first paragraph', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: LONG }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    `${LONG}, where the Shanghai Cooperation Organization summit is taking place on August 31st and September 1st, reports BELTA`,
  );
  await expect(article.locator('.article-body p').first()).toHaveText(/^At the outset of their meeting/);
  await expect(article.locator('.article-body')).not.toContainText('reports BELTA');
  // Its entities are marked in the headline too, and the arrow keys reach them first.
  await expect(article.getByRole('heading', { level: 1 }).getByRole('link', { name: 'Xi Jinping (person)' })).toHaveCount(1);
});

test('list titles wrap to two lines; the notes sidebar fills the pane', async ({ page, reader }) => {
  // Wide enough for the notes beside the article.
  await page.setViewportSize({ width: 1700, height: 900 });
  await page.goto(reader.server.url);
  const title = page.getByRole('option').filter({ hasText: LONG }).locator('.row-title');
  const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  const height = (await title.boundingBox())!.height;
  expect(Math.round(height / lineHeight)).toBe(2);
  const pane = (await page.getByRole('main', { name: 'Article' }).boundingBox())!;
  const notes = (await page.getByRole('complementary', { name: 'Notes' }).boundingBox())!;
  expect(Math.abs(notes.y + notes.height - (pane.y + pane.height))).toBeLessThanOrEqual(1);
});

test('the top bar names the app and holds the search and the actions; help and the query tip are one step away', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const bar = page.getByRole('banner');
  await expect(bar).toContainText('Dossier');
  await expect(bar.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  for (const name of ['Import files…', 'Import folder…', 'Export notes…', 'Re-extract entities', 'Filters', 'Focus', 'Reading settings']) {
    await expect(bar.getByRole('button', { name })).toBeVisible();
  }
  // An icon's name shows as a tooltip on keyboard focus as on hover.
  const exportButton = bar.getByRole('button', { name: 'Export notes…' });
  await exportButton.focus();
  await expect.poll(() => exportButton.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Export notes… (e)"');
  await expect.poll(() => exportButton.evaluate((el) => getComputedStyle(el, '::after').opacity)).toBe('1');

  await bar.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Previous / next mark or highlight');
  await page.keyboard.press('Escape');

  const tip = page.getByRole('complementary', { name: 'Search tip' });
  await tip.getByRole('button', { name: 'is:unread sort:published-asc' }).click();
  await expect(bar.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('is:unread sort:published-asc');
  await expect(page.getByRole('option').first()).toContainText('Belarusian President Lukashenko Meets Chinese Defense Minister Li Shangfu');
  await tip.getByRole('button', { name: 'Close the search tip' }).click();
  await expect(tip).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('option')).toHaveCount(5);
  await expect(page.getByRole('complementary', { name: 'Search tip' })).toHaveCount(0);
});

test('a status message is announced in a live region and fades away', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  const status = article.getByRole('status');
  await expect(status).toBeEmpty();
  await article.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Nothing to undo.');
  await expect(status).toBeEmpty({ timeout: 10_000 });
});
