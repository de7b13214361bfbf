import expected from '../fixtures/seeds-expected.json';
import type { Page } from '@playwright/test';
import { expect, framesPassed, placeRestored, test } from './readerFixture';

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

test("a list's new first article takes the place of the one shown, after a pause, with no empty pane between, at its top", async ({ page, reader }) => {
  // Short, so that both articles scroll.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  await rows.filter({ hasText: 'Senior CPC official meets Belarusian president' }).click();
  await expect(heading).toHaveText(expected['000_b6e059254387143c.txt'].title[0]!);
  await placeRestored(page, reader.library, reader.library.search.query('', 1, 0).rows[0]!.id);
  const next = expected['002_ac33ee3db0e813a5.txt'].title[0]!;
  // Read to its end, the article before leaves the pane scrolled down.
  const pane = page.locator('main.article-pane');
  await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // From here on: whether the pane is ever left without an article, when the list first shows one row, when an
  // article is asked for, and how far down the pane is as the next article is first shown.
  await page.evaluate((nextTitle) => {
    const seen = window as unknown as Seen;
    Object.assign(seen, { emptied: false, oneRowAt: null, askedAt: [], scrolledDown: null });
    new MutationObserver(() => {
      seen.emptied ||= document.querySelector('.article-pane .empty-title') !== null;
      if (seen.oneRowAt === null && document.querySelectorAll('[role=option]').length === 1) seen.oneRowAt = performance.now();
      const pane = document.querySelector('main.article-pane');
      if (seen.scrolledDown === null && pane?.querySelector('h1')?.textContent === nextTitle) seen.scrolledDown = pane.scrollTop;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    const ask = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('articles.get')) seen.askedAt.push(performance.now());
      return ask(input, init);
    };
  }, next);

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Khrenin');
  await expect(rows).toHaveCount(1);
  await expect(heading).toHaveText(next);
  const seen = await page.evaluate((): Seen => {
    const { emptied, oneRowAt, askedAt, scrolledDown } = window as unknown as Seen;
    return { emptied, oneRowAt, askedAt, scrolledDown };
  });
  expect(seen.emptied).toBe(false);
  expect(seen.scrolledDown).toBe(0);
  // Asked for once the list had stayed for a moment (App's LIST_CHOSE_WAIT_MS, 150 ms from the effect that follows
  // the list's drawing, which may come a little before the observer here), not as it was shown.
  expect(seen.askedAt).toHaveLength(1);
  expect(seen.askedAt[0]! - seen.oneRowAt!).toBeGreaterThan(100);
});

test('choosing the row the list chose, while its article waits for the list to settle, asks for it at once', async ({ page, reader }) => {
  const { rows, heading } = await openWithClock(page, reader.server.url);
  const first = await heading.textContent();
  // From here the page's time stands still: the list's pause before fetching its new first article never ends.
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Khrenin');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await expect(heading).toHaveText(first!);
  await rows.first().click();
  await expect(heading).toHaveText(expected['002_ac33ee3db0e813a5.txt'].title[0]!);
});

test('a list that comes back to the article shown before the next was asked for asks for nothing', async ({ page, reader }) => {
  const { rows, heading } = await openWithClock(page, reader.server.url);
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  const first = await rows.first().textContent();
  const shown = await heading.textContent();
  await expect(page.getByRole('main', { name: 'Article' }).locator('.article-body .entity-mark').first()).toBeVisible();
  // The page's time stands still: the list's new first article waits for good.
  await page.clock.pauseAt(Date.now() + 1000);
  await page.evaluate(() => {
    const seen = window as unknown as Asked;
    seen.asked = [];
    const ask = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (/articles\.get|entities\.forArticle/.test(url)) seen.asked.push(url);
      return ask(input, init);
    };
  });
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('Khrenin');
  await expect(rows).toHaveCount(1);
  await search.fill('');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toHaveText(first!);
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  // A few turns of the page's tasks (posted messages: its timers stand still), for the effects that follow the list's
  // drawing to have run.
  for (let i = 0; i < 5; i++) {
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        }),
    );
  }
  expect(await page.evaluate(() => (window as unknown as Asked).asked)).toEqual([]);
  await expect(heading).toHaveText(shown!);
  // Another row is asked for, its text and its entities: the page's requests were watched.
  await rows.nth(1).click();
  await expect(heading).not.toHaveText(shown!);
  expect(await page.evaluate(() => (window as unknown as Asked).asked)).toEqual(['api/articles.get', 'api/entities.forArticle']);
});

test('the article shown keeps its entity marks while the next one is on its way, its entities come first', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  const pane = page.getByRole('main', { name: 'Article' });
  const heading = pane.getByRole('heading', { level: 1 });
  const marks = pane.locator('.article-body .entity-mark');
  await rows.nth(0).click();
  const shown = await heading.textContent();
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  // The next article's text comes once the test lets it; its entities as soon as they are asked for. Meanwhile, whether
  // the article shown ever has fewer marks.
  await page.evaluate(
    ([title, before]) => {
      const seen = window as unknown as Held;
      Object.assign(seen, { entitiesCame: false, fewer: false });
      const pane = document.querySelector('main.article-pane')!;
      new MutationObserver(() => {
        const showing = pane.querySelector('h1')?.textContent === title;
        seen.fewer ||= showing && pane.querySelectorAll('.article-body .entity-mark').length < before;
      }).observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
      const ask = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('articles.get')) await new Promise((resolve) => (seen.letArticle = resolve));
        const answer = await ask(input, init);
        if (url.includes('entities.forArticle')) {
          // Once the reader has its body too, a task later.
          await answer.clone().json();
          setTimeout(() => (seen.entitiesCame = true));
        }
        return answer;
      };
    },
    [shown, count] as const,
  );
  await rows.nth(1).click();
  await page.waitForFunction(() => (window as unknown as Held).entitiesCame);
  // A few frames for the entities to be taken in and drawn.
  await framesPassed(page, 3);
  await expect(heading).toHaveText(shown!);
  await page.evaluate(() => (window as unknown as Held).letArticle());
  await expect(heading).not.toHaveText(shown!);
  await expect(marks.first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as Held).fewer)).toBe(false);
});

/** The reader on its five rows, with the page's clock put in: its time can then be stopped (page.clock.pauseAt). */
async function openWithClock(page: Page, url: string) {
  await page.clock.install();
  await page.goto(url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  return { rows, heading: page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }) };
}

/** The articles' texts and entities the page asked for. */
interface Asked {
  asked: string[];
}

interface Held {
  entitiesCame: boolean;
  fewer: boolean;
  letArticle: (value?: unknown) => void;
}

interface Seen {
  emptied: boolean;
  oneRowAt: number | null;
  askedAt: number[];
  scrolledDown: number | null;
}

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
  await placeRestored(page, reader.library, reader.library.search.query('', 1, 0).rows[0]!.id);
  await page.getByRole('option').first().focus();
  await page.keyboard.press(' ');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await page.keyboard.press('Shift+ ');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0);

  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Export notes' })).toBeVisible();
});
