import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { dragSelect, shownHighlights } from './articleText';
import { articleIdOf, expect, test, type Reader } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

async function openArticle(page: Page, title: string, rows = 5): Promise<Locator> {
  const options = page.getByRole('option');
  await expect(options).toHaveCount(rows);
  await options.filter({ hasText: title }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(article.getByRole('complementary', { name: 'Notes' })).toBeVisible();
  // Its tools and entity legend appear above the text a request later: a drag started before would miss its words.
  await expect(article).toHaveAttribute('aria-busy', 'false');
  return article;
}

function stored(reader: Reader, title = SEED) {
  const id = articleIdOf(reader.library, title);
  return reader.library.annotations.highlights.forArticle(id);
}

test('a highlight made with the mouse keeps its note and its words across a reload', async ({ page, reader }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(reader.server.url);
  let article = await openArticle(page, SEED);

  await dragSelect(page, 'the fruitful meeting', 'new impetus');
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.getByRole('button', { name: 'Highlight Yellow' }).click();
  await expect(toolbar).toBeHidden();
  const words = 'the fruitful meeting between the two heads of state on Sunday injected new impetus';
  await expect.poll(() => shownHighlights(article)).toEqual({ [stored(reader)[0]!.id]: words });

  const mark = article.getByRole('button', { name: /^Highlight, Yellow(, with a note)?: the fruitful/ });
  await mark.click();
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await editor.getByRole('textbox', { name: 'Note' }).fill('The meeting on Sunday is what this is about.');
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toBeHidden();
  await expect(mark).toBeFocused();
  await expect.poll(() => stored(reader)[0]?.note).toBe('The meeting on Sunday is what this is about.');

  await page.reload();
  article = await openArticle(page, SEED);
  const [h] = stored(reader);
  await expect.poll(() => shownHighlights(article)).toEqual({ [h!.id]: words });
  expect(h!.quote).toBe(words);
  const sidebar = article.getByRole('complementary', { name: 'Notes' });
  await expect(sidebar).toContainText('The meeting on Sunday is what this is about.');
  await sidebar.getByRole('button', { name: /the fruitful meeting/ }).click();
  const again = article.getByRole('button', { name: /^Highlight, Yellow, with a note: the fruitful/ });
  await expect(again).toBeFocused();
  await again.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' })).toHaveValue(
    'The meeting on Sunday is what this is about.',
  );
  expect(errors).toEqual([]);
});

test('overlapping highlights both show, layered, and each opens; keys h and 1–5 highlight a selection', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  const paragraph = article.locator('.article-body p').nth(2);

  await dragSelect(page, 'Lukashenko is in China for the Shanghai', 'Organization Summit 2025', 2);
  await page.keyboard.press('2');
  await expect(paragraph.locator('mark.hl-red')).not.toHaveCount(0);
  await dragSelect(page, 'Organization Summit 2025, as', 'commemorations marking', 2);
  await page.keyboard.press('3');
  await expect(paragraph.locator('mark.hl-green')).not.toHaveCount(0);

  const [red, green] = stored(reader);
  expect([red!.color, red!.quote]).toEqual(['red', 'Lukashenko is in China for the Shanghai Cooperation Organization Summit 2025']);
  expect([green!.color, green!.quote]).toEqual(['green', 'Organization Summit 2025, as well as commemorations marking']);
  const shown = await shownHighlights(article);
  expect(shown[red!.id]).toBe(red!.quote);
  expect(shown[green!.id]).toBe(green!.quote);
  // The overlap is drawn with both marks, the longer (red) outside: two translucent layers.
  const layered = await paragraph.locator(`mark[data-hl="${red!.id}"] mark[data-hl="${green!.id}"] [data-o]`).allTextContents();
  expect(layered.join('')).toBe('Organization Summit 2025');

  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await paragraph.getByText('is in', { exact: true }).click();
  await expect(editor.locator('blockquote')).toHaveText(red!.quote);
  await expect(editor.getByRole('button', { name: 'Red', pressed: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await paragraph.getByText('as well as commemorations marking').click();
  await expect(editor.locator('blockquote')).toHaveText(green!.quote);
  await page.keyboard.press('Escape');

  // `h` uses the colour used last (green); 1, 4 and 5 their own.
  const keys: [string, string, string][] = [
    ['h', 'victory', 'green'],
    ['1', 'Resistance', 'yellow'],
    ['4', 'Aggression', 'blue'],
  ];
  for (const [key, word] of keys) {
    await dragSelect(page, word, word, 2);
    await page.keyboard.press(key);
    await expect(paragraph.locator('mark.hl').filter({ hasText: word })).not.toHaveCount(0);
  }
  // A selection made or changed with the keyboard counts as well: "Anti" extended by eight characters.
  await dragSelect(page, 'Anti', 'Anti', 2);
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('5');
  // Drawn before the next selection is made: a selection made while the text is redrawn would be lost.
  await expect(paragraph.locator('mark.hl-purple')).not.toHaveCount(0);
  // `n` highlights in the last colour (now purple) and opens the note.
  await dragSelect(page, 'Japanese', 'Japanese', 2);
  await page.keyboard.press('n');
  await expect(editor.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('An aside.');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  const byAge = () => stored(reader).sort((x, y) => x.id - y.id);
  await expect
    .poll(() =>
      byAge()
        .slice(2)
        .map((h) => [h.quote, h.color, h.note]),
    )
    .toEqual([...keys.map(([, word, color]) => [word, color, '']), ['Anti-Fascist', 'purple', ''], ['Japanese', 'purple', 'An aside.']]);
});

test('copy as quote puts the selected text and its source on the clipboard', async ({ page, context, reader }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  await dragSelect(page, 'a pillar of world peace');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Copy as quote' }).click();
  await expect(article.getByRole('status')).toHaveText('Copied the quote with its source.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`“a pillar of world peace”\n— ${SEED}, Xinhua, Sep 3, 2025`);
});

test('a highlight across two paragraphs is drawn in both and listed once', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  await dragSelect(page, 'on Tuesday met with', 'for the Shanghai');
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.getByRole('button', { name: 'Highlight Blue' }).click();
  // The toolbar goes once the highlight is stored and the selection cleared.
  await expect(toolbar).toBeHidden();
  const [h] = stored(reader);
  expect(h!.quote).toBe('on Tuesday met with Belarusian President Alexander Lukashenko in Beijing.\n\nLukashenko is in China for the Shanghai');
  const paragraphs = article.locator('.article-body p').filter({ has: page.locator(`mark[data-hl="${h!.id}"]`) });
  await expect(paragraphs).toHaveCount(2);
  expect((await shownHighlights(article))[h!.id]).toBe(h!.quote.replace('\n\n', ''));
  // Entity marks inside it still work: the mention keeps its mark and its card.
  await article.getByRole('link', { name: 'Alexander Lukashenko (person)' }).nth(1).focus();
  await expect(page.getByRole('tooltip')).toContainText('Alexander Lukashenko');
  await expect(article.getByRole('complementary', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
  await expect(article.getByRole('button', { name: /^Highlight, Blue: on Tuesday/ })).toHaveCount(1);
});

test('Ctrl+Z undoes a highlight and a deletion, Ctrl+Shift+Z and Ctrl+Y redo', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  const marks = article.locator('.article-body mark.hl [data-o]');
  const status = article.getByRole('status');

  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('h');
  await expect(marks).toHaveText(['trustworthy']);
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone: highlight.');
  await expect(marks).toHaveCount(0);
  expect(stored(reader)).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText('Redone: highlight.');
  await expect(marks).toHaveText(['trustworthy']);
  const [restored] = stored(reader);
  expect(restored!.quote).toBe('trustworthy');
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone: highlight.');
  await page.keyboard.press('Control+y');
  await expect(status).toHaveText('Redone: highlight.');
  await expect(marks).toHaveText(['trustworthy']);

  await marks.first().click();
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(marks).toHaveCount(0);
  expect(stored(reader)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone: deletion.');
  await expect(marks).toHaveText(['trustworthy']);
  expect(stored(reader).map((h) => [h.uuid, h.quote, h.start])).toEqual([[restored!.uuid, 'trustworthy', restored!.start]]);
});

test('a highlight whose text left the article is kept in its own group and can be re-attached', async ({ page, reader }, testInfo) => {
  const file = testInfo.outputPath('changing.md');
  const text = (middle: string) =>
    `---\ntitle: A changing article\nsource: Test\n---\n\nThe first paragraph stays as it was.\n\n${middle}\n\nThe last paragraph stays as well.\n`;
  fs.writeFileSync(file, text('A doomed sentence about tariffs will be edited away.'));
  const [added] = await reader.library.import([file]);
  const articleId = added!.id!;
  const made = await page.request.post(`http://127.0.0.1:${reader.server.port}/api/highlights.create`, {
    headers: { 'x-dossier-token': reader.server.token },
    data: { articleId, target: { quote: 'doomed sentence about tariffs' }, color: 'purple', note: 'Check this later.' },
  });
  expect(made.ok()).toBe(true);
  fs.writeFileSync(file, text('Something else entirely is written here now.'));
  await reader.library.import([file]);
  expect(stored(reader, 'A changing article').map((h) => h.orphaned)).toEqual([true]);

  await page.goto(reader.server.url);
  const article = await openArticle(page, 'A changing article', 6);
  const group = article.getByRole('region', { name: 'Not found in the text' });
  await expect(group).toContainText('doomed sentence about tariffs');
  await expect(group).toContainText('Check this later.');
  await expect(article.locator('.article-body mark.hl')).toHaveCount(0);

  await dragSelect(page, 'Something else entirely');
  await group.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(article.locator('.article-body mark.hl-purple [data-o]')).toHaveText(['Something else entirely']);
  await expect(group).toBeHidden();
  expect(stored(reader, 'A changing article').map((h) => [h.orphaned, h.quote, h.note])).toEqual([[false, 'Something else entirely', 'Check this later.']]);
  await page.keyboard.press('Control+z');
  await expect(group).toContainText('doomed sentence about tariffs');
  expect(stored(reader, 'A changing article').map((h) => [h.orphaned, h.quote])).toEqual([[true, 'doomed sentence about tariffs']]);
});

test('a highlight across emphasis and a link keeps both, and the link stays a link', async ({ page, reader }, testInfo) => {
  const file = testInfo.outputPath('formatted.md');
  fs.writeFileSync(file, '---\ntitle: A formatted article\n---\n\nPlain words, *emphasised words*, then [a linked phrase](https://example.org/) and more.\n');
  const [added] = await reader.library.import([file]);
  reader.library.annotations.highlights.create(added!.id!, { quote: 'words, then a linked' }, { color: 'green', note: '', tags: [] });

  await page.goto(reader.server.url);
  const article = await openArticle(page, 'A formatted article', 6);
  const paragraph = article.locator('.article-body p');
  // Cut where the highlight crosses them: each piece of text sits in every mark that covers it.
  await expect(paragraph.locator('em mark.hl-green [data-o]')).toHaveText(['words']);
  await expect(paragraph.locator('em [data-o]')).toHaveText(['emphasised ', 'words']);
  await expect(paragraph.locator('a mark.hl-green [data-o]')).toHaveText(['a linked']);
  await expect(paragraph.locator('a [data-o]')).toHaveText(['a linked', ' phrase']);
  expect((await paragraph.locator('[data-o]').allTextContents()).join('')).toBe('Plain words, emphasised words, then a linked phrase and more.');
  expect(Object.values(await shownHighlights(article))).toEqual(['words, then a linked']);

  // A click on the highlighted part of the link follows the link (outside the reader) rather than opening the highlight.
  await page.context().route('https://example.org/**', (route) => route.fulfill({ body: 'elsewhere' }));
  const opened = page.waitForEvent('popup');
  await paragraph.locator('a mark.hl-green [data-o]').click();
  expect((await opened).url()).toBe('https://example.org/');
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
});

test('marking a missed span as an entity adds its mark', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  const name = 'Global Governance Initiative';
  await expect(article.getByRole('link', { name: `${name} (organisation)` })).toHaveCount(0);
  await dragSelect(page, name);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Mark as entity…' }).click();
  const form = page.getByRole('dialog', { name: 'Mark as entity' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('org');
  await form.getByRole('button', { name: 'Mark' }).click();
  await expect(article.getByRole('link', { name: `${name} (organisation)` })).toBeVisible();
});

test('the article note, tags and star are stored as they change; a refused change is shown', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  let article = await openArticle(page, SEED);
  await article.getByRole('textbox', { name: 'Note on this article' }).fill('Read with the Tianjin summit piece.');
  await article.getByRole('combobox', { name: 'Add a tag (article tags)' }).fill('belarus');
  await page.keyboard.press('Enter');
  await expect(article.getByRole('group', { name: 'Article tags' }).getByRole('listitem')).toHaveText(['belarus×']);
  await article.getByRole('button', { name: 'Star' }).click();
  await expect(article.getByRole('button', { name: 'Starred', pressed: true })).toBeVisible();
  await expect(page.getByRole('option', { selected: true }).getByLabel('Starred')).toBeVisible();

  await page.reload();
  article = await openArticle(page, SEED);
  await expect(article.getByRole('textbox', { name: 'Note on this article' })).toHaveValue('Read with the Tianjin summit piece.');
  await expect(article.getByRole('group', { name: 'Article tags' }).getByRole('listitem')).toHaveText(['belarus×']);
  await expect(article.getByRole('button', { name: 'Starred', pressed: true })).toBeVisible();

  // Deleted behind the reader's back: changing its colour is refused, and the reader says so.
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('h');
  await expect(article.locator('.article-body mark.hl')).toHaveCount(1);
  const [h] = stored(reader);
  reader.library.annotations.highlights.delete(h!.id);
  await article.locator('.article-body mark.hl [data-o]').click();
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Green' }).click();
  await expect(article.getByRole('alert')).toContainText(`There is no highlight ${h!.id}`);
});

test('the filter pane counts follow a note made in the article at once', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openArticle(page, SEED);
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(filters.getByRole('button', { name: /^With notes\s*0$/ })).toBeVisible();
  await dragSelect(page, 'the fruitful meeting', 'new impetus');
  await page.keyboard.press('n');
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' }).fill('Counted.');
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => stored(reader)[0]?.note).toBe('Counted.');
  await expect(filters.getByRole('button', { name: /^With notes\s*1$/ })).toBeVisible();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
});
