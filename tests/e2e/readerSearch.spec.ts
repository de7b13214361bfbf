import { expect, gate, test } from './readerFixture';

test('the keyboard drives the list: / and Esc, j/k, u and s; s twice leaves the article unstarred', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(rows).toHaveCount(5);

  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('Khrenin');
  await expect(rows).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(search).not.toBeFocused();
  await expect(rows).toHaveCount(5);

  const unread = page.getByRole('button', { name: /^Unread/ });
  await expect(unread).toHaveText(/5$/);
  await expect(rows.nth(1)).not.toHaveClass(/\bread\b/);
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(1)).toHaveClass(/\bread\b/);
  await expect(unread).toHaveText(/4$/);
  await page.keyboard.press('u');
  await expect(rows.nth(1)).not.toHaveClass(/\bread\b/);
  await expect(unread).toHaveText(/5$/);
  await page.keyboard.press('Enter');
  await expect(rows.nth(1)).toHaveClass(/\bread\b/);

  await page.keyboard.press('s');
  await expect(rows.nth(1).getByLabel('Starred')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: /^Starred/ })).toHaveText(/1$/);
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  // s twice: the star is held back until the unstar is sent, or a second has gone by, so that an unstar sent without
  // waiting for the star reaches the library first, as it may over HTTP.
  const stored: boolean[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/api/articles.setStarred')) stored.push((r.request().postDataJSON() as { starred: boolean }).starred);
  });
  const starSent = gate();
  const unstarSent = gate();
  await page.route('**/api/articles.setStarred', async (route) => {
    if ((route.request().postDataJSON() as { starred: boolean }).starred) {
      starSent.release();
      await Promise.race([unstarSent.held, new Promise((resolve) => setTimeout(resolve, 1000))]);
    } else unstarSent.release();
    await route.continue();
  });
  await page.keyboard.press('s');
  await starSent.held;
  await page.keyboard.press('s');
  await expect(rows.nth(0).getByLabel('Starred')).toHaveCount(0);
  await expect.poll(() => stored).toEqual([true, false]);
  await expect.poll(() => reader.library.search.query('is:starred', 10, 0).total).toBe(1);
});

test('clicking a filter adds its operator to the query, and clicking again removes it; counts match the list', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(rows).toHaveCount(5);

  const xinhua = sources.getByRole('button', { name: /^Xinhua/ });
  await xinhua.click();
  await expect(search).toHaveValue('source:Xinhua');
  await expect(xinhua).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('button', { name: /All articles/ })).toHaveText(/1$/);
  await xinhua.click();
  await expect(search).toHaveValue('');
  await expect(rows).toHaveCount(5);

  await page.getByRole('button', { name: /^Unread/ }).click();
  await expect(search).toHaveValue('is:unread');
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('button', { name: /^Starred/ })
    .click();
  await expect(search).toHaveValue('is:starred');
  await expect(page.getByText('No article matches')).toBeVisible();
  await page.getByRole('button', { name: /All articles/ }).click();
  await expect(search).toHaveValue('');

  const bar = page.getByRole('button', { name: 'Aug 2023, 1 articles' });
  await bar.click();
  await expect(search).toHaveValue('date:2023-08');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Sep 2025, 1 articles' }).click({ modifiers: ['Shift'] });
  await expect(search).toHaveValue('after:2023-08 before:2025-10');
  await expect(rows).toHaveCount(5);
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(search).toHaveValue('');

  await search.fill('belarus foo:bar');
  await expect(page.getByText('unknown operator "foo:" read as text')).toBeVisible();
  await expect(rows).toHaveCount(0);
});

test('a saved search appears with its live count, and it and the current query survive a restart', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('lukashenko date:2025');
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.getByRole('button', { name: 'Save this search…' }).click();
  await page.getByRole('textbox', { name: 'Name of the saved search' }).fill('Recent Lukashenko');
  await page.keyboard.press('Enter');
  const saved = page.getByRole('region', { name: 'Saved searches' }).getByRole('button', { name: /^Recent Lukashenko/ });
  await expect(saved).toHaveText(/3$/);
  await expect(saved).toHaveAttribute('aria-pressed', 'true');

  // The current query is stored once typing pauses.
  const stored = page.waitForResponse((r) => r.url().endsWith('/api/views.setCurrent') && r.request().postDataJSON()?.query === 'source:belta');
  await search.fill('source:belta');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(saved).toHaveAttribute('aria-pressed', 'false');
  await stored;
  await page.reload();
  await expect(search).toHaveValue('source:belta');
  await expect(page.getByRole('option')).toHaveCount(1);
  await saved.click();
  await expect(search).toHaveValue('lukashenko date:2025');
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete saved search Recent Lukashenko' }).click();
  await expect(saved).toHaveCount(0);
});
