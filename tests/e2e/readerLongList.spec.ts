import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './readerFixture';

const ADDED = 150;
/** The i-th article added: one a day from 2001 on, all older than the seeds, so the oldest is last by date. */
const title = (i: number) => `Archive report number ${i}`;

test('a list longer than its pages is read a page at a time: the rows down to the last are reached by scrolling and by the keys', async ({
  page,
  reader,
}, testInfo) => {
  const folder = testInfo.outputPath('long');
  fs.mkdirSync(folder);
  for (let i = 0; i < ADDED; i++) {
    const date = new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    fs.writeFileSync(path.join(folder, `r${i}.md`), `---\ntitle: "${title(i)}"\ndate: ${date}\n---\n\nThe committee met on day ${i} and said little.\n`);
  }
  await reader.library.import([folder]);
  const total = ADDED + 5;
  const asked: number[] = [];
  page.on('request', (r) => r.url().endsWith('/articles.query') && asked.push((r.postDataJSON() as { offset: number }).offset));

  await page.goto(reader.server.url);
  const list = page.getByRole('listbox', { name: 'Article list' });
  await expect(page.locator('.list-count')).toContainText(`${total} articles`);
  await expect(page.getByRole('option', { selected: true })).toBeVisible();
  // Only the first page was asked for; the rows rendered are those in view, not the whole list.
  expect(asked).toEqual([0]);
  expect(await page.getByRole('option').count()).toBeLessThan(40);

  // Scrolled to the end, the last row is the oldest article, whole at the bottom of the list, its page fetched then.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = page.locator(`[role=option][data-index="${total - 1}"]`);
  await expect(last).toContainText(title(0));
  const [box, row] = await Promise.all([list.boundingBox(), last.boundingBox()]);
  expect(Math.abs(row!.y + row!.height - (box!.y + box!.height))).toBeLessThan(2);
  expect(asked.length).toBeGreaterThan(1);
  expect(asked.every((offset) => offset < total)).toBe(true);

  // Back at the top, the keys move the selection down past the first page, and the list follows it.
  await list.evaluate((el) => (el.scrollTop = 0));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const steps = 60;
  for (let i = 0; i < steps; i++) await page.keyboard.press('j');
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toHaveAttribute('data-index', String(steps));
  await expect(selected).toContainText(title(total - 1 - steps));
  const [view, chosen] = await Promise.all([list.boundingBox(), selected.boundingBox()]);
  expect(chosen!.y).toBeGreaterThanOrEqual(view!.y - 1);
  expect(chosen!.y + chosen!.height).toBeLessThanOrEqual(view!.y + view!.height + 1);
});
