import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Library } from '../../electron/library/Library';
import { expect, gate, test } from './readerFixture';

// Seeded articles, by id: 1 Xinhua 2025-09-03, 2 BelTA 2025-08-29, 4 (no source) 2025-06-13, 5 TDI 2023-12-05.
const FAR_DOWN = 'intensifying international engagement to modernize our countries';
const NOTEBOOK = `Minsk notebook
The delegation arrived late on Monday.

This sentence will be edited away.`;

/** Six highlights in five articles, one of them orphaned by a real re-import of its edited file. */
async function annotate(library: Library, notebookFile: string): Promise<void> {
  const { highlights, tags, colors } = library.annotations;
  colors.setMeanings({ yellow: 'key claim', red: 'disputed' });
  highlights.create(1, { quote: 'Global Governance Initiative' }, { color: 'yellow', note: 'the initiative Belarus backs', tags: ['claim'] });
  highlights.create(1, { quote: 'trustworthy friend and partner' }, { color: 'green', note: '', tags: ['summit'] });
  highlights.create(2, { quote: 'We resolve everything within minutes' }, { color: 'red', note: 'disputed: no disagreements at all?', tags: ['claim'] });
  highlights.create(5, { quote: 'harsh sanctions imposed by the West' }, { color: 'blue', note: '', tags: [] });
  highlights.create(4, { quote: FAR_DOWN }, { color: 'yellow', note: 'modernisation', tags: ['rhetoric'] });
  tags.setForArticle(5, ['visits']);
  fs.writeFileSync(notebookFile, NOTEBOOK);
  const [added] = await library.import([notebookFile]);
  highlights.create(added!.id!, { quote: 'This sentence will be edited away.' }, { color: 'purple', note: 'lost words', tags: [] });
  fs.writeFileSync(notebookFile, NOTEBOOK.replace('This sentence will be edited away.', 'Something else entirely.'));
  const [updated] = await library.import([notebookFile]);
  expect(updated!.status).toBe('updated');
}

async function openHighlights(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('button', { name: /^All highlights/ })
    .click();
  return page.getByRole('region', { name: 'Highlights' });
}

test('All highlights lists highlights across the library; colour, tag, words and the article query narrow it', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(reader.server.url);
  await expect(page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: /^All highlights/ })).toContainText('6');
  const view = await openHighlights(page);
  const entries = view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option');
  const count = view.locator('.list-count');
  await expect(count).toHaveText('6 highlights');
  await expect(entries).toHaveCount(6);

  const governance = entries.filter({ hasText: 'Global Governance Initiative' });
  await expect(governance).toContainText('Yellow: key claim');
  await expect(governance).toContainText('the initiative Belarus backs');
  await expect(governance).toContainText('#claim');
  await expect(governance).toContainText(/Senior CPC official meets Belarusian president · Xinhua · .*2025/);
  await expect(governance.getByText('orphaned')).toHaveCount(0);
  await expect(entries.filter({ hasText: 'This sentence will be edited away.' })).toContainText('orphaned');

  const colours = view.getByRole('group', { name: 'Colours' });
  await colours.getByRole('button', { name: 'Yellow: key claim' }).click();
  await expect(count).toHaveText('2 highlights');
  await colours.getByRole('button', { name: 'Red: disputed' }).click();
  await expect(count).toHaveText('3 highlights');
  await expect(entries).toHaveCount(3);
  await colours.getByRole('button', { name: 'Yellow: key claim' }).click();
  await colours.getByRole('button', { name: 'Red: disputed' }).click();
  await expect(count).toHaveText('6 highlights');

  // A tag on the highlight or on its article.
  const tagChips = view.getByRole('group', { name: 'Tags' });
  await tagChips.getByRole('button', { name: '#claim' }).click();
  await expect(count).toHaveText('2 highlights');
  await tagChips.getByRole('button', { name: '#claim' }).click();
  await tagChips.getByRole('button', { name: '#visits' }).click();
  await expect(count).toHaveText('1 highlight');
  await expect(entries).toContainText('harsh sanctions imposed by the West');
  await tagChips.getByRole('button', { name: '#visits' }).click();

  const words = view.getByRole('searchbox', { name: 'Words in highlights and notes' });
  await words.fill('disputed');
  await expect(count).toHaveText('1 highlight');
  await expect(entries).toContainText('We resolve everything within minutes');
  await words.fill('sanctions');
  await expect(entries).toHaveText([/harsh sanctions imposed by the West/]);
  await words.fill('');
  await expect(count).toHaveText('6 highlights');

  // The filter pane's sources narrow the highlights: the article query is the reader's search.
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('button', { name: /^Xinhua/ })
    .click();
  const articleQuery = view.getByRole('searchbox', { name: 'In articles matching' });
  await expect(articleQuery).toHaveValue('source:Xinhua');
  await expect(count).toHaveText('2 highlights');
  await colours.getByRole('button', { name: 'Yellow: key claim' }).click();
  await expect(entries).toHaveText([/Global Governance Initiative/]);
  await view.getByRole('button', { name: 'All articles' }).click();
  await expect(articleQuery).toHaveValue('');
  await expect(count).toHaveText('2 highlights');
  await articleQuery.fill('after:2025-07-01');
  await expect(count).toHaveText('1 highlight');
  await colours.getByRole('button', { name: 'Yellow: key claim' }).click();
  await expect(count).toHaveText('3 highlights');

  await articleQuery.fill('');
  await view.getByLabel('Order').selectOption('By article');
  await expect(entries.first()).toContainText('Global Governance Initiative');
  await expect(entries.last()).toContainText('This sentence will be edited away.');
  expect(errors).toEqual([]);
});

test('choosing a highlight opens its article; the keys move, open, search and go back', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(6);
  await page.keyboard.press('Shift+H');
  const view = page.getByRole('region', { name: 'Highlights' });
  const entries = view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option');
  await view.getByLabel('Order').selectOption('Oldest first');
  await expect(entries.first()).toContainText('Global Governance Initiative');

  await entries.filter({ hasText: FAR_DOWN }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Belarus is committed to fortifying its friendship with China');

  await page.keyboard.press('k');
  await expect(entries.nth(3)).toHaveAttribute('aria-selected', 'true');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('China welcomes biannual visit by Belarus President');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(entries.nth(5)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Minsk notebook');

  await page.keyboard.press('/');
  const words = view.getByRole('searchbox', { name: 'Words in highlights and notes' });
  await expect(words).toBeFocused();
  await words.press('Escape');
  await expect(words).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('option')).toHaveCount(6);
});

test('several highlights are selected with their boxes and Shift', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  await page.goto(reader.server.url);
  const view = await openHighlights(page);
  // Each entry is an option, ticked or not; its box is the pointer's way to tick it (x is the keyboard's).
  const entries = view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option');
  const boxes = entries.locator('.hlv-tick');
  await expect(boxes).toHaveCount(6);
  await boxes.nth(1).click();
  await boxes.nth(4).click({ modifiers: ['Shift'] });
  await expect(view.locator('.list-count')).toHaveText(/4 selected/);
  await expect(entries.nth(0)).toHaveAttribute('aria-checked', 'false');
  await expect(entries.nth(3)).toHaveAttribute('aria-checked', 'true');
  await boxes.nth(3).click();
  await expect(view.locator('.list-count')).toHaveText(/3 selected/);
  // Opening an entry is not selecting it.
  await view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option').nth(0).click();
  await expect(view.locator('.list-count')).toHaveText(/3 selected/);
  await view.getByRole('button', { name: 'Clear selection' }).click();
  await expect(view.locator('.list-count')).toHaveText('6 highlights');
});

test('the chosen highlight is scrolled into view in its article and focused (focusHighlightId)', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  await page.goto(reader.server.url);
  const view = await openHighlights(page);
  await view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option').filter({ hasText: FAR_DOWN }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Belarus is committed to fortifying its friendship with China');
  await expect(article.locator('.article-body').getByText(FAR_DOWN)).toBeInViewport();
  await expect(article.locator('.article-body mark[data-hl-first]')).toBeFocused();
});

test('a key pressed while the chosen highlight is being drawn keeps its focus; the highlight is still scrolled to', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  await page.goto(reader.server.url);
  const view = await openHighlights(page);
  // The article's highlights are held back until `/` has moved the focus: the order that, left to chance, made the
  // keyboard test fail now and then when the focus went to the highlight after the search box had it.
  const { held, release } = gate();
  await page.route('**/api/annotations.forArticle', async (route) => {
    await held;
    await route.continue();
  });
  await view.getByRole('listbox', { name: 'Highlight list' }).getByRole('option').filter({ hasText: FAR_DOWN }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Belarus is committed to fortifying its friendship with China');
  await page.keyboard.press('/');
  const words = view.getByRole('searchbox', { name: 'Words in highlights and notes' });
  await expect(words).toBeFocused();
  release();
  await expect(article).toHaveAttribute('aria-busy', 'false');
  await expect(article.locator('.article-body mark[data-hl-first]')).toBeInViewport();
  await expect(words).toBeFocused();
});

function tagRow(dialog: Locator, name: string): Locator {
  return dialog.getByRole('row').filter({ has: dialog.page().getByRole('rowheader', { name, exact: true }) });
}

async function expectCounts(dialog: Locator, name: string, articles: number, highlights: number) {
  await expect(tagRow(dialog, name).getByRole('cell')).toHaveText([String(articles), String(highlights), /Rename/]);
}

test('the tag manager renames, merges and deletes tags, and the counts follow', async ({ page, reader }, testInfo) => {
  await annotate(reader.library, testInfo.outputPath('notebook.txt'));
  await page.goto(reader.server.url);
  await page.getByRole('region', { name: 'Tags', exact: true }).getByRole('button', { name: 'Manage tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await expectCounts(dialog, 'claim', 0, 2);
  await expectCounts(dialog, 'rhetoric', 0, 1);
  await expectCounts(dialog, 'visits', 1, 0);

  await dialog.getByRole('button', { name: 'Rename rhetoric' }).click();
  await dialog.getByRole('textbox', { name: 'New name for rhetoric' }).fill('framing');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expectCounts(dialog, 'framing', 0, 1);
  await expect(tagRow(dialog, 'rhetoric')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tags', exact: true })).toContainText('framing');

  // Renaming onto an existing name says it merges before it does.
  await dialog.getByRole('button', { name: 'Rename summit' }).click();
  await dialog.getByRole('textbox', { name: 'New name for summit' }).fill('Claim');
  await expect(dialog.getByRole('status')).toHaveText(
    '“claim” already exists: this merges “summit” into it, and its 0 articles and 1 highlight are tagged “claim”.',
  );
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expectCounts(dialog, 'claim', 0, 3);
  await expect(tagRow(dialog, 'summit')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Merge framing into another tag' }).click();
  await dialog.getByLabel('Merge into').selectOption('claim');
  await expect(dialog).toContainText('Its 0 articles and 1 highlight are tagged “claim” instead, and “framing” is removed.');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expectCounts(dialog, 'claim', 0, 4);
  await expect(tagRow(dialog, 'framing')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Delete visits' }).click();
  await expect(dialog.getByRole('alertdialog', { name: 'Delete visits?' })).toHaveText(/Delete “visits”\? 1 article and 0 highlights lose it\./);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(tagRow(dialog, 'visits')).toHaveCount(0);
  await expect(dialog.getByRole('rowheader')).toHaveText(['claim']);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  const view = await openHighlights(page);
  await expect(view.getByRole('group', { name: 'Tags' }).getByRole('button')).toHaveText(['#claim']);
  await view.getByRole('group', { name: 'Tags' }).getByRole('button', { name: '#claim' }).click();
  await expect(view.locator('.list-count')).toHaveText('4 highlights');
});
