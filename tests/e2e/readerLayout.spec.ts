import path from 'node:path';
import { createHandlers } from '../../electron/api/handlers/createHandlers';
import { Library } from '../../electron/library/Library';
import { startWebServer } from '../../electron/web/webServer';
import { expect, test } from './readerFixture';
import { dragSelect } from './articleText';
import { measureArticle } from './readerGeometry';

const WIDTHS = [640, 800, 1024, 1280, 1440, 1920];

for (const width of WIDTHS) {
  test(`at ${width} px the article sets 45–75 characters a line, does not scroll sideways, and its headline is clear`, async ({ page, reader }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(reader.server.url);
    await page.getByRole('option').first().click();
    const article = page.getByRole('main', { name: 'Article' });
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
    const measured = await measureArticle(page);
    testInfo.annotations.push({ type: 'characters per line', description: measured.perLine.join(' ') });
    expect(measured.perLine.length).toBeGreaterThan(2);
    expect(Math.min(...measured.perLine)).toBeGreaterThanOrEqual(45);
    expect(Math.max(...measured.perLine)).toBeLessThanOrEqual(75);
    expect(measured.horizontalScroll).toBe(false);
    expect(measured.headlineClear).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`reader-${width}.png`) });
  });
}

test('below 900 px the list and the article take turns, with Back between them; focus mode shows the article alone', async ({ page, reader }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto(reader.server.url);
  const list = page.getByRole('listbox');
  await expect(list).toBeVisible();
  await page.getByRole('option').first().click();
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(list).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 700 });
  await expect(list).toBeVisible();
  await page.keyboard.press('f');
  await expect(list).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Filters' })).toBeHidden();
  await page.keyboard.press('f');
  await expect(list).toBeVisible();
});

test('at 1024 px the filters are a drawer that Ctrl+1 opens and Escape closes', async ({ page, reader }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(reader.server.url);
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(page.getByRole('option')).toHaveCount(5);
  await expect(filters).toBeHidden();
  await page.keyboard.press('Control+1');
  await expect(filters).toBeVisible();
  await filters.getByRole('button', { name: /^Starred/ }).focus();
  await page.keyboard.press('Escape');
  await expect(filters).toBeHidden();
});

test('each reading setting changes the article at once and survives a restart of browser mode', async ({ page, reader }, testInfo) => {
  await page.goto(reader.server.url);
  const body = page.locator('.article-body');
  await expect(body).toBeVisible();
  const style = (property: string, selector = '.article-body') =>
    page
      .locator(selector)
      .first()
      .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Reading settings' });

  for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
    await panel.getByRole('radio', { name: theme }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.toLowerCase());
    await page.screenshot({ path: testInfo.outputPath(`theme-${theme.toLowerCase()}.png`) });
  }
  expect(await style('background-color', 'body')).toBe('rgb(27, 28, 30)');
  await panel.getByRole('radio', { name: 'Sans' }).check();
  expect(await style('font-family')).toContain('Noto Sans CJK SC');
  await panel.getByRole('slider', { name: 'Text size' }).fill('22');
  expect(await style('font-size')).toBe('22px');
  await panel.getByRole('slider', { name: 'Line spacing' }).fill('1.8');
  expect(await style('line-height')).toBe(`${22 * 1.8}px`);
  const before = await style('max-width', '.article');
  await panel.getByRole('slider', { name: 'Line length' }).fill('44');
  expect(await style('max-width', '.article')).not.toBe(before);
  await panel.getByRole('checkbox', { name: 'Justify and hyphenate' }).check();
  expect([await style('text-align'), await style('hyphens')]).toEqual(['justify', 'auto']);
  await panel.getByRole('radio', { name: 'On hover' }).check();
  expect(await style('text-decoration-color', '.article-body .entity-mark')).toBe('rgba(0, 0, 0, 0)');
  await panel.getByRole('radio', { name: 'Off' }).check();
  await expect(body.locator('.entity-mark')).toHaveCount(0);

  // A new server on a new port, as a restart gives, over the same library file: a new origin, nothing in its storage.
  await expect.poll(() => JSON.parse(reader.library.getSetting('reader.settings') ?? '{}').entities).toBe('off');
  await reader.server.close();
  const file = path.resolve(reader.library.file);
  const library = await Library.open(file);
  const server = await startWebServer({
    handlers: createHandlers({ library, version: 'test', mode: 'browser' }),
    staticDir: path.resolve(__dirname, '..', '..', 'dist', 'renderer'),
  });
  try {
    expect(server.port).not.toBe(reader.server.port);
    await page.goto(server.url);
    await expect(body).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect([await style('font-size'), await style('text-align')]).toEqual(['22px', 'justify']);
    await expect(body.locator('.entity-mark')).toHaveCount(0);
  } finally {
    await server.close();
    library.close();
  }
});

test('Ctrl+, opens the Settings view: its highlight colour is the one h uses, across a reload, and its layout choices apply at once', async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: 'Senior CPC official meets Belarusian president' }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('Control+,');
  const view = page.getByRole('dialog', { name: 'Settings' });
  await expect(view).toBeVisible();
  await view.getByRole('radio', { name: 'Green' }).check();
  await view.getByRole('checkbox', { name: /Show the notes sidebar/ }).uncheck();
  await expect(article.getByRole('button', { name: /^Notes \(\d+\)$/ })).toBeVisible();
  await view.getByRole('slider', { name: 'Text size' }).fill('20');
  expect(await article.locator('.article-body').evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect.poll(() => JSON.parse(reader.library.getSetting('reader.settings') ?? '{}').highlightColor).toBe('green');

  await page.reload();
  await expect(article).toHaveAttribute('aria-busy', 'false');
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('h');
  await expect(article.getByRole('button', { name: /^Highlight, Green: trustworthy/ })).toBeVisible();
  // A colour chosen by number becomes the one h uses next, and is kept in the library, not the browser.
  await dragSelect(page, 'fruitful');
  await page.keyboard.press('5');
  await expect.poll(() => JSON.parse(reader.library.getSetting('reader.settings') ?? '{}').highlightColor).toBe('purple');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
