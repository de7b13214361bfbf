import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { dragSelect, shownHighlights } from './articleText';
import { expect, test } from './readerFixture';

const TITLE = 'Trade between Belarus and China by year';
const YEARS = Array.from({ length: 12 }, (_, i) => String(2013 + i));
const PAGE = `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
<p>Trade between Belarus and China grew in each of the last twelve years, the customs committee in Minsk said on Tuesday, publishing the figures below.</p>
<table><caption>Trade, billion dollars</caption>
<thead><tr><th>Flow</th>${YEARS.map((y) => `<th>${y}</th>`).join('')}</tr></thead>
<tbody><tr><td>Belarusian exports to China, all goods</td>${YEARS.map((_, i) => `<td>${(1.1 + i / 10).toFixed(2)}</td>`).join('')}</tr>
<tr><td>Chinese exports to Belarus, all goods</td>${YEARS.map((_, i) => `<td>${(3.4 + i / 10).toFixed(2)}</td>`).join('')}</tr>
<tr><td colspan="3">Source: customs committee</td><td>est.</td>${'<td></td>'.repeat(9)}</tr></tbody></table>
<pre><code>exports = sum(rows)
    if year &gt; 2020: note()</code></pre>
<p>The committee expects the figures for this year to be published in the spring, together with a breakdown by kind of goods.</p>
</article></body></html>`;

test('a table of figures is shown as a table that scrolls inside its box, with highlights in its cells; code keeps its indent', async ({
  page,
  reader,
}, testInfo) => {
  const file = testInfo.outputPath('trade.html');
  fs.writeFileSync(file, PAGE);
  const [added] = await reader.library.import([file]);
  reader.library.annotations.highlights.create(added!.id!, { quote: '3.40', occurrence: 1 }, { color: 'green', note: '', tags: [] });

  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: TITLE }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(article).toHaveAttribute('aria-busy', 'false');

  const table = article.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Flow', ...YEARS]);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('cell', { name: 'Source: customs committee' })).toHaveAttribute('colspan', '3');
  await expect(table.getByRole('cell', { name: '3.40' }).locator('mark.hl-green [data-o]')).toHaveText('3.40');
  await expect(article.locator('pre')).toHaveText('exports = sum(rows)\n    if year > 2020: note()');

  // Words in a cell are selected and highlighted as anywhere else.
  await dragSelect(page, 'Belarusian exports', 'exports');
  await page.keyboard.press('h');
  await expect.poll(async () => Object.values(await shownHighlights(article)).sort()).toEqual(['3.40', 'Belarusian exports']);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first().locator('mark.hl').first()).toBeVisible();

  // The page never scrolls sideways; the table's own box does, and the keyboard can reach it.
  const box = article.getByRole('region', { name: 'Table' });
  const widths = await box.evaluate((el) => ({
    inner: el.scrollWidth > el.clientWidth,
    page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  expect(widths).toEqual({ inner: true, page: false });
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
