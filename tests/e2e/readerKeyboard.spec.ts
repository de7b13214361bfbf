import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

/** The focused element's accessible description for a failure message: tag, role and name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName.toLowerCase()} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`.trim()
      : '';
  });
const focusIn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

test('the article is a handful of tab stops however many marks it has; the arrow keys go through the marks', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  await expect(article).toHaveAttribute('aria-busy', 'false');
  const marks = article.locator('[data-stop]');
  const count = await marks.count();
  expect(count).toBeGreaterThan(30);

  // Enter brings the open article into focus; Tab then walks through it until it leaves the text.
  await page.keyboard.press('Enter');
  await expect(article).toBeFocused();
  const stops: string[] = [];
  for (;;) {
    await page.keyboard.press('Tab');
    if (!(await focusIn(page, 'main article'))) break;
    stops.push(await focused(page));
    expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(10);
  }
  // Star, read, archive, delete, tags, the note, the marks switch, and one stop for all the marks.
  expect(stops.filter((s) => /\((person|place|organisation)/.test(s))).toHaveLength(1);

  await marks.first().focus();
  for (let i = 1; i < count; i++) await page.keyboard.press('ArrowRight');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(marks.first()).toBeFocused();
  await expect(marks.first()).toHaveAttribute('tabindex', '0');
  await expect(article.locator('[data-stop][tabindex="0"]')).toHaveCount(1);
  // The list's keys stay where they were: the arrows moved through the article, not the list.
  await expect(page.getByRole('option', { selected: true })).toContainText(SEED);
});

test('from the start to a highlight with a note and its export, with the keyboard alone', async ({ page, reader }, testInfo) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');

  await page.keyboard.press('Enter');
  await expect(article).toBeFocused();
  for (let i = 0; !(await focusIn(page, '[data-stop]')); i++) {
    expect(i, await focused(page)).toBeLessThan(8);
    await page.keyboard.press('Tab');
  }
  // Arrows to a name, and `h` highlights it: no mouse, no selection by hand.
  const name = article.getByRole('link', { name: 'Cai Qi (person)' }).first();
  for (let i = 0; !(await name.evaluate((el) => el === document.activeElement)); i++) {
    expect(i, await focused(page)).toBeLessThan(60);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('h');
  const highlight = article.getByRole('button', { name: /^Highlight, Yellow: Cai Qi/ }).first();
  await expect(highlight).toBeVisible();
  const id = reader.library.search.query('"Cai Qi"', 1, 0).rows[0]!.id;
  await expect.poll(() => reader.library.annotations.highlights.forArticle(id).map((h) => h.quote)).toEqual(['Cai Qi']);
  await expect(highlight).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  const note = editor.getByRole('textbox', { name: 'Note' });
  for (let i = 0; !(await note.evaluate((el) => el === document.activeElement)); i++) {
    expect(i, await focused(page)).toBeLessThan(8);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('the day of the meeting');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  // The focus is back on the highlight, whose name now says it has a note.
  await expect(article.getByRole('button', { name: /^Highlight, Yellow, with a note: Cai Qi/ }).first()).toBeFocused();

  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Markdown/ })).toBeChecked();
  const download = dialog.getByRole('button', { name: 'Download' });
  for (let i = 0; !(await download.evaluate((el) => el === document.activeElement)); i++) {
    expect(i, await focused(page)).toBeLessThan(15);
    await page.keyboard.press('Tab');
  }
  const file = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const path = testInfo.outputPath('notes.md');
  await (await file).saveAs(path);
  const text = fs.readFileSync(path, 'utf8');
  expect(text).toContain('> Cai Qi');
  expect(text).toContain('the day of the meeting');
});
