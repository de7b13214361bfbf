import { expect, placeRestored, test } from './readerFixture';

/** The headline of an article stored as `title`: a title cut from the lead ("…") is shown as the whole sentence. */
const headline = (title: string) => new RegExp(`^${title.replace(/…$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('archive, delete with its count asked, the Trash, restore and empty: annotations intact until the Trash is emptied', async ({ page, reader }) => {
  const { library } = reader;
  const [first, second, third] = library.search.query('', 5, 0).rows;
  library.annotations.highlights.create(first!.id, { start: 0, end: 12 }, { color: 'green', note: 'why this?', tags: ['kept'] });
  library.annotations.notes.set(first!.id, 'A note on the whole article.');
  const before = library.annotations.highlights.forArticle(first!.id);

  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const article = page.getByRole('main', { name: 'Article' });
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(rows).toHaveCount(5);

  // Archive: out of the list, back from "Archived".
  await rows.nth(1).click();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline(second!.title));
  await article.getByRole('button', { name: 'Archive' }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('listbox', { name: 'Article list' })).not.toContainText(second!.title);
  await expect(filters.getByRole('button', { name: /^Archived\s*1$/ })).toBeVisible();

  // Deleting an annotated article says what it holds before it goes.
  await rows.nth(0).click();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline(first!.title));
  await article.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Move “${first!.title}” to the Trash?` });
  await expect(confirm).toContainText('It holds 1 highlight and 2 notes.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(4);
  await article.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(rows).toHaveCount(3);
  await expect(filters.getByRole('button', { name: /^Trash\s*1$/ })).toBeVisible();
  expect(library.annotations.highlights.forArticle(first!.id)).toEqual(before);

  // In the Trash the article is whole; restoring brings it back to the list.
  await filters.getByRole('button', { name: /^Trash/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('is:trashed');
  await expect(rows).toHaveCount(1);
  await rows.nth(0).click();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline(first!.title));
  const sidebar = article.getByRole('complementary', { name: 'Notes' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(1);
  await expect(sidebar).toContainText('why this?');
  await expect(article.getByRole('textbox', { name: 'Note on this article' })).toHaveValue('A note on the whole article.');
  await article.getByRole('button', { name: 'Restore' }).click();
  await expect(rows).toHaveCount(0);
  await filters.getByRole('button', { name: /^Archived/ }).click();
  await expect(rows).toHaveCount(1);
  await rows.nth(0).click();
  await article.getByRole('button', { name: 'Unarchive' }).click();
  await expect(rows).toHaveCount(0);
  await filters.getByRole('button', { name: /^All articles/ }).click();
  await expect(rows).toHaveCount(5);
  expect(library.annotations.highlights.forArticle(first!.id)).toEqual(before);
  expect(library.annotations.notes.get(first!.id)).toBe('A note on the whole article.');

  // An article without annotations goes without a question; emptying the Trash asks, then deletes for good.
  await page.getByRole('option').filter({ hasText: third!.title }).click();
  await article.getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await filters.getByRole('button', { name: /^Trash/ }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Empty Trash…' }).click();
  const empty = page.getByRole('alertdialog', { name: 'Delete the 1 article in the Trash for good?' });
  await expect(empty).toContainText('With 0 highlights and 0 notes. This cannot be undone.');
  await empty.getByRole('button', { name: 'Delete for good' }).click();
  await expect(rows).toHaveCount(0);
  await expect.poll(() => library.articles.get(third!.id)).toBeUndefined();
  expect(library.annotations.highlights.forArticle(first!.id)).toEqual(before);
});

test('several rows picked with Ctrl-click, Shift-click and x are starred, tagged and archived at once', async ({ page, reader }) => {
  const { library } = reader;
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await rows.nth(0).click();
  await rows.nth(1).click({ modifiers: ['Control'] });
  await rows.nth(3).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Selected articles' });
  await expect(bar.getByRole('status')).toHaveText('4 selected');
  // x unpicks the open row (the first).
  await page.keyboard.press('x');
  await expect(bar.getByRole('status')).toHaveText('3 selected');
  const picked = library.search
    .query('', 5, 0)
    .rows.slice(1, 4)
    .map((r) => r.id);

  await bar.getByRole('button', { name: 'Star', exact: true }).click();
  await expect(page.locator('.row .star')).toHaveCount(3);
  await expect
    .poll(() =>
      library.search
        .query('is:starred', 10, 0)
        .rows.map((r) => r.id)
        .sort(),
    )
    .toEqual([...picked].sort());
  await bar.getByRole('textbox', { name: 'Tag the selected articles' }).fill('batch');
  await bar.getByRole('button', { name: 'Tag' }).click();
  await expect.poll(() => library.search.total('tag:batch')).toBe(3);

  await bar.getByRole('button', { name: 'Archive' }).click();
  await expect(rows).toHaveCount(2);
  await expect(bar).toBeHidden();
  expect(
    library.search
      .query('is:archived', 10, 0)
      .rows.map((r) => r.id)
      .sort(),
  ).toEqual([...picked].sort());
  await expect(page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: /^Archived\s*3$/ })).toBeVisible();
});

test('a archives and # deletes the open article, bringing up the next; in the Trash, Delete restores', async ({ page, reader }) => {
  const { library } = reader;
  const [first, second, third] = library.search.query('', 5, 0).rows;
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  await expect(rows).toHaveCount(5);
  await rows.nth(0).click();
  await expect(heading).toHaveText(headline(first!.title));

  await page.keyboard.press('a');
  await expect(rows).toHaveCount(4);
  await expect(heading).toHaveText(headline(second!.title));
  await page.keyboard.press('#');
  await expect(rows).toHaveCount(3);
  await expect(heading).toHaveText(headline(third!.title));
  expect(library.search.query('is:archived', 10, 0).rows.map((r) => r.id)).toEqual([first!.id]);
  expect(library.search.query('is:trashed', 10, 0).rows.map((r) => r.id)).toEqual([second!.id]);

  // In the Trash, Delete restores the open article.
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('button', { name: /^Trash\s*1$/ })
    .click();
  await expect(rows).toHaveCount(1);
  await rows.nth(0).click();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(0);
  await expect.poll(() => library.search.total('is:trashed')).toBe(0);
});

test('the list shows how far each article begun has been read, and one read to the end is marked read', async ({ page, reader }) => {
  await page.setViewportSize({ width: 1100, height: 420 });
  const { library } = reader;
  const ids = library.search.query('', 5, 0).rows.map((r) => r.id);
  library.reading.setPosition(ids[1]!, 0.4);
  library.reading.setPosition(ids[2]!, 1);
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows.nth(1).getByTitle('40% read')).toHaveText('40% read');
  await expect(rows.nth(2).locator('.row-progress')).toHaveCount(0);
  await expect(rows.nth(3).locator('.row-progress')).toHaveCount(0);

  // Opened, the article is read; kept unread with u, it is read once scrolled to the end.
  await rows.nth(3).click();
  await expect.poll(() => library.search.query('is:read', 10, 0).rows.map((r) => r.id)).toContain(ids[3]);
  await page.keyboard.press('u');
  await expect.poll(() => library.search.query('is:read', 10, 0).rows.map((r) => r.id)).not.toContain(ids[3]);
  const article = page.getByRole('main', { name: 'Article' });
  await placeRestored(page, library, ids[3]!);
  // Halfway, the row follows the place stored, and the article stays unread.
  await article.evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
  await expect(rows.nth(3).locator('.row-progress')).toHaveText(/^(49|50)% read$/);
  await expect(rows.nth(3)).not.toHaveClass(/\bread\b/);
  await article.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => library.search.query('is:read', 10, 0).rows.map((r) => r.id)).toContain(ids[3]);
  await expect(rows.nth(3)).toHaveClass(/\bread\b/);
  await expect(rows.nth(3).locator('.row-progress')).toHaveCount(0);

  // With the setting off, the end is only a place.
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Reading settings' });
  await panel.getByRole('checkbox', { name: 'Mark read at the end' }).uncheck();
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('u');
  await expect.poll(() => library.search.query('is:read', 10, 0).rows.map((r) => r.id)).not.toContain(ids[3]);
  await article.evaluate((el) => el.scrollTo(0, 0));
  await expect.poll(() => library.reading.position(ids[3]!)).toBe(0);
  await article.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => library.reading.position(ids[3]!)).toBe(1);
  expect(library.search.query('is:read', 10, 0).rows.map((r) => r.id)).not.toContain(ids[3]);
});
