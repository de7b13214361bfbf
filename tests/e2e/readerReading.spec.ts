import { expect, framesPassed, gate, placeRestored, test } from './readerFixture';

// Short enough a window that each seed article scrolls.
test.use({ viewport: { width: 1100, height: 420 } });

test('after a reload the article being read reopens where it was left, within a few pixels', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  // Not the list's first article, which is opened anyway.
  await rows.nth(2).click();
  const article = page.getByRole('main', { name: 'Article' });
  const id = reader.library.search.query('', 5, 0).rows[2]!.id;
  const title = reader.library.articles.get(id)!.title;
  // The first article is drawn until the chosen one comes.
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await placeRestored(page, reader.library, id);

  const range = await article.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(range).toBeGreaterThan(200);
  await article.evaluate((el) => el.scrollBy(0, 150));
  await article.evaluate((el) => el.scrollBy(0, 60));
  const left = await article.evaluate((el) => el.scrollTop);
  // Stored once scrolling stops, in the library.
  await expect.poll(() => reader.library.reading.position(id)).toBeCloseTo(left / range, 3);

  await page.reload();
  const reopened = page.getByRole('main', { name: 'Article' });
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect.poll(() => reopened.evaluate((el) => el.scrollTop)).toBeGreaterThan(left - 4);
  expect(Math.abs((await reopened.evaluate((el) => el.scrollTop)) - left)).toBeLessThanOrEqual(3);
});

test("the reader's own scroll before the stored place comes is kept: the place is theirs", async ({ page, reader }) => {
  const id = reader.library.search.query('', 1, 0).rows[0]!.id;
  reader.library.reading.setPosition(id, 0.9);
  // The stored place is answered late, as by a library busy importing: read now, while 0.9 is stored, and held back.
  const { held, release } = gate();
  let asked = 0;
  await page.route('**/api/reading.position', async (route) => {
    asked++;
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => asked).toBe(1);
  await article.hover();
  await page.mouse.wheel(0, 120);
  // Once scrolling stops, the reader's place is stored.
  await expect.poll(() => reader.library.reading.position(id)).not.toBe(0.9);
  const range = await article.evaluate((el) => el.scrollHeight - el.clientHeight);
  const top = await article.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(0);
  expect(reader.library.reading.position(id)).toBeCloseTo(top / range, 3);
  const answered = page.waitForResponse('**/api/reading.position');
  release();
  expect(await (await answered).json()).toEqual({ ok: true, data: { position: 0.9 } });
  // Two frames on, the place answered would have been scrolled to.
  await framesPassed(page, 2);
  expect(await article.evaluate((el) => el.scrollTop)).toBe(top);
});

test("an article whose place is restored at its end is not marked read by that: only the reader's scrolling reads it", async ({ page, reader }) => {
  const id = reader.library.search.query('', 1, 0).rows[0]!.id;
  reader.library.reading.setPosition(id, 1);
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(reader.library.articles.get(id)!.title);
  await expect.poll(() => article.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)).toBeLessThan(2);
  // Past the time scrolling takes to settle (400 ms), after which the end reached would mark it read.
  await page.waitForTimeout(1000);
  expect(reader.library.search.query('is:read', 10, 0).rows.map((r) => r.id)).not.toContain(id);
});
