import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { dragSelect } from './articleText';
import { openWithDesktopBridge, sendCommand as send } from './desktopBridge';
import { expect, test } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

async function openSeed(page: Page): Promise<Locator> {
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  await expect(article.getByRole('complementary', { name: 'Notes' })).toBeVisible();
  return article;
}

test('Edit ▸ Undo and Redo undo and redo the last annotation', async ({ page, reader }) => {
  await openWithDesktopBridge(page, reader.server.url);
  const article = await openSeed(page);
  const marks = article.locator('.article-body mark.hl [data-o]');
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('h');
  await expect(marks).toHaveText(['trustworthy']);
  await send(page, 'undo');
  await expect(article.getByRole('status')).toHaveText('Undone: highlight.');
  await expect(marks).toHaveCount(0);
  await send(page, 'redo');
  await expect(article.getByRole('status')).toHaveText('Redone: highlight.');
  await expect(marks).toHaveText(['trustworthy']);
});

test('with a text field focused, Edit ▸ Undo and Redo act on its typing and leave the annotations alone', async ({ page, reader }) => {
  await openWithDesktopBridge(page, reader.server.url);
  const article = await openSeed(page);
  const marks = article.locator('.article-body mark.hl [data-o]');
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('n');
  const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await page.keyboard.type('Check the source');
  await send(page, 'undo');
  // How much typing one undo takes back is the browser's affair; here it takes back some, and nothing else.
  await expect(note).not.toHaveValue('Check the source');
  expect('Check the source'.startsWith(await note.inputValue())).toBe(true);
  await expect(marks).toHaveText(['trustworthy']);
  await expect(article.getByRole('status')).not.toContainText('Undone');
  await send(page, 'redo');
  await expect(note).toHaveValue('Check the source');
  await expect(marks).toHaveText(['trustworthy']);
});

test('files a second launch named are imported, with the summary an import from the menu gives', async ({ page, reader }, testInfo) => {
  const file = testInfo.outputPath('named.md');
  fs.writeFileSync(file, '---\ntitle: Named on the command line\nsource: Test\n---\n\nIt was opened with Dossier.\n');
  await openWithDesktopBridge(page, reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await send(page, { importPaths: [file] });
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('1 added');
  await expect(page.getByRole('option')).toHaveCount(6);
  await expect(page.getByRole('option').filter({ hasText: 'Named on the command line' })).toHaveCount(1);
});

test("Edit ▸ Find… opens the reader's find bar over the article", async ({ page, reader }) => {
  await openWithDesktopBridge(page, reader.server.url);
  const article = await openSeed(page);
  await send(page, 'find');
  const input = article.getByRole('search', { name: 'Find in the article' }).getByRole('textbox');
  await expect(input).toBeFocused();
  await input.fill('Lukashenko');
  await expect(article.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+$/);
});
