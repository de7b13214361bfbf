import type { Locator, Page } from '@playwright/test';
import { expect, test, type Reader } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

async function openSeed(page: Page): Promise<Locator> {
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  await expect(article).toHaveAttribute('aria-busy', 'false');
  return article;
}

/** How often the words occur in the article's body, ignoring case: what find must count (not the list's title). */
function occurrences(reader: Reader, words: string): number {
  const body = reader.library.db.prepare('SELECT body FROM articles WHERE title = ?').pluck().get(SEED) as string;
  return body.toLowerCase().split(words.toLowerCase()).length - 1;
}

/** The ranges painted by find: all matches, and the text of the current one. */
function painted(page: Page) {
  return page.evaluate(() => {
    // The registry is a Map of Highlights, which are Sets of ranges (the DOM types here know it only as maplike).
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    const all = registry.get('dossier-find');
    const current = [...(registry.get('dossier-find-current') ?? [])];
    return { all: all?.size ?? 0, current: current.map((r) => r.toString()) };
  });
}

test('find counts the matches in the article, steps through them both ways, paints them and clears on close', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  const list = page.getByRole('listbox');
  await list.focus();

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in the article' });
  const input = bar.getByRole('textbox', { name: 'Find in the article' });
  await expect(input).toBeFocused();
  const count = bar.getByRole('status');

  const n = occurrences(reader, 'belarus');
  expect(n).toBeGreaterThan(3);
  await input.fill('BELARUS');
  await expect(count).toHaveText(`1 of ${n}`);
  await expect.poll(() => painted(page)).toEqual({ all: n, current: ['Belarus'] });

  await input.press('Enter');
  await expect(count).toHaveText(`2 of ${n}`);
  await input.press('Shift+Enter');
  await expect(count).toHaveText(`1 of ${n}`);
  await input.press('Shift+Enter');
  await expect(count).toHaveText(`${n} of ${n}`, { timeout: 2000 });
  await input.press('F3');
  await expect(count).toHaveText(`1 of ${n}`);
  await bar.getByRole('button', { name: 'Next match' }).click();
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText(`3 of ${n}`);
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText(`2 of ${n}`);
  // The current match is scrolled into the article pane's view.
  const inView = await page.evaluate(() => {
    const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).get('dossier-find-current')!][0]!;
    const rect = range.getBoundingClientRect();
    const pane = document.querySelector('main.article-pane')!.getBoundingClientRect();
    return rect.top >= pane.top && rect.bottom <= pane.bottom;
  });
  expect(inView).toBe(true);

  // The text a find paints is the article's own: its DOM is untouched.
  await expect(article.locator('.article-body mark, .article-body .find-match')).toHaveCount(0);

  await input.fill('no such words here');
  await expect(count).toHaveText('No matches');
  await expect.poll(() => painted(page)).toEqual({ all: 0, current: [] });
  // New words start from the match at the top of the view, not from the beginning of the article.
  await article.evaluate((pane) => pane.scrollTo(0, 0));
  await input.fill('lukashenko');
  await expect(count).toHaveText(`1 of ${occurrences(reader, 'lukashenko')}`);

  await input.press('Escape');
  await expect(bar).toBeHidden();
  await expect(list).toBeFocused();
  await expect.poll(() => painted(page)).toEqual({ all: 0, current: [] });

  // Opened again, it has the words and finds them at once; F3 steps without opening anything else.
  await page.keyboard.press('Control+f');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('lukashenko');
  await expect(count).toHaveText(`1 of ${occurrences(reader, 'lukashenko')}`);
  await article.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('F3');
  await expect(count).toHaveText(`2 of ${occurrences(reader, 'lukashenko')}`);
  await bar.getByRole('button', { name: 'Close find' }).click();
  await expect(bar).toBeHidden();
});

test('find ignores accents, and looks in the article it is opened over', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await openSeed(page);
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in the article' });
  const input = bar.getByRole('textbox', { name: 'Find in the article' });
  await input.fill('Belárus');
  const n = occurrences(reader, 'belarus');
  await expect(bar.getByRole('status')).toHaveText(`1 of ${n}`);

  // Another article closes the bar, as a browser's find closes with the page; opened again, it looks there.
  const other = page.getByRole('option').filter({ hasNotText: SEED }).first();
  // The list shows the stored title; the headline may be the whole first sentence it was made from.
  const title = (await other.locator('.row-title').textContent())!.trim();
  await other.click();
  await expect(bar).toBeHidden();
  // Find is over an article once it has come: a key pressed while it loads has no article to find in.
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(title.replace(/…$/, ''));
  await expect.poll(() => painted(page)).toEqual({ all: 0, current: [] });
  await page.keyboard.press('Control+f');
  await expect(input).toHaveValue('Belárus');
  const body = reader.library.db.prepare('SELECT body FROM articles WHERE title = ?').pluck().get(title) as string;
  const m = body.toLowerCase().split('belarus').length - 1;
  // It starts at the first match from the top of the view on: one in the headline, under the bar, is passed over.
  await expect(bar.getByRole('status')).toHaveText(m === 0 ? 'No matches' : new RegExp(`^[12] of ${m}$`));
  await expect.poll(() => painted(page).then((p) => p.all)).toBe(m);
});
