import type { Locator, Page } from '@playwright/test';
import { dragSelect } from './articleText';
import { articleIdOf, expect, gate, test, type Reader } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

async function openSeed(page: Page, title = SEED): Promise<Locator> {
  await page.getByRole('option').filter({ hasText: title }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(article).toHaveAttribute('aria-busy', 'false');
  return article;
}

function stored(reader: Reader) {
  const id = articleIdOf(reader.library, SEED);
  return reader.library.annotations.highlights.forArticle(id);
}

/** Selects from the first letter of `from` to the last of `to` with the DOM's own API, as a script or assistive tool would. */
async function selectByScript(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ a, b }) => {
      const leaves = Array.from(document.querySelectorAll<HTMLElement>('.article-body [data-o]'));
      let text = '';
      for (const leaf of leaves) text = text.padEnd(Number(leaf.dataset.o), '\n') + leaf.textContent;
      const start = text.indexOf(a);
      const end = text.indexOf(b, start) + b.length;
      const point = (offset: number): [Node, number] => {
        const leaf = leaves.filter((l) => Number(l.dataset.o) <= offset).pop()!;
        return [leaf.firstChild!, offset - Number(leaf.dataset.o)];
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { a: from, b: to },
  );
}

test('a selection from the middle of a word highlights whole words; holding Alt keeps part of a word', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await openSeed(page);
  await selectByScript(page, 'munist Party', 'Centr');
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
  await page.keyboard.press('h');
  await expect.poll(() => stored(reader).map((h) => h.quote)).toEqual(['Communist Party of China (CPC) Central']);

  // A drag shows the words it will take as soon as the button is released.
  await dragSelect(page, 'anding', 'Commit');
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe('Standing Committee');
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.getSelection()!.removeAllRanges());

  await page.keyboard.down('Alt');
  await dragSelect(page, 'olitic', 'olitic');
  await page.keyboard.up('Alt');
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe('olitic');
  await page.keyboard.press('2');
  await expect.poll(() => stored(reader).map((h) => h.quote)).toContain('olitic');
});

test('words selected while a highlight is being stored stay selected when it has been', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await openSeed(page);
  // The highlight is stored, but its answer is held back until other words are selected: a slow machine's order, made certain.
  const { held, release } = gate();
  await page.route('**/api/highlights.create', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('h');
  await expect.poll(() => stored(reader).map((h) => h.quote)).toEqual(['trustworthy']);
  await dragSelect(page, 'anding', 'Commit');
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe('Standing Committee');
  release();
  await expect(page.getByRole('main', { name: 'Article' }).locator('.article-body mark.hl [data-o]')).toHaveText(['trustworthy']);
  expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('Standing Committee');
});

test('keys pressed before a drag has been grown to words extend the selection the drag made', async ({ page, reader }) => {
  // A busy machine runs input before timers: with the clock held, the grow after the release has not run yet.
  await page.clock.install();
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  await article
    .locator('.article-body p')
    .nth(2)
    .evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await page.clock.pauseAt(Date.now() + 60_000);
  await dragSelect(page, 'Anti', 'Anti', 2);
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.clock.runFor(100);
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('Anti-Fascist');
  await page.keyboard.press('2');
  await expect.poll(() => stored(reader).map((h) => h.quote)).toEqual(['Anti-Fascist']);
});

test('highlighting the same words again changes the highlight instead of adding a second; the count follows without a reload', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  const allHighlights = page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: /^All highlights/ });
  await expect(allHighlights).toHaveText('All highlights0');

  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('1');
  await expect(allHighlights).toHaveText('All highlights1');
  await dragSelect(page, 'trustworthy');
  await page.keyboard.press('2');
  await expect.poll(() => stored(reader).map((h) => [h.quote, h.color])).toEqual([['trustworthy', 'red']]);
  await expect(article.locator('.article-body mark.hl')).toHaveCount(1);
  await expect(article.getByRole('button', { name: /^Highlight, Red: trustworthy/ })).toBeVisible();

  // An overlapping highlight is a highlight of its own.
  await dragSelect(page, 'trustworthy', 'partner');
  await page.keyboard.press('3');
  await expect(allHighlights).toHaveText('All highlights2');
  expect(stored(reader)).toHaveLength(2);

  // Undo takes back the colour change, not the highlight.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => stored(reader).map((h) => [h.quote, h.color])).toEqual([['trustworthy', 'yellow']]);
  await expect(allHighlights).toHaveText('All highlights1');
});

test('e with ticked highlights in All highlights offers the ticked ones', async ({ page, reader }) => {
  const { highlights } = reader.library.annotations;
  const id = articleIdOf(reader.library, SEED);
  highlights.create(id, { quote: 'trustworthy' }, { color: 'yellow', note: '', tags: [] });
  highlights.create(id, { quote: 'fruitful meeting' }, { color: 'red', note: '', tags: [] });
  await page.goto(reader.server.url);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Shift+H');
  const list = page.getByRole('listbox', { name: 'Highlight list' });
  await expect(list.getByRole('option')).toHaveCount(2);
  const boxes = list.getByRole('option').locator('.hlv-tick');
  await boxes.first().click();
  await boxes.last().click();
  await expect(list.getByRole('option', { checked: true })).toHaveCount(2);
  await list.focus();
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog.getByRole('radio', { name: 'The 2 selected highlights' })).toBeChecked();
  await expect(dialog).toContainText('2 highlights from 1 article');
});

test('Colour meanings keeps what was typed when Escape or a click elsewhere closes it', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  const open = () => article.getByRole('complementary', { name: 'Notes' }).getByRole('button', { name: 'Colour meanings…' }).click();
  await open();
  const dialog = page.getByRole('dialog', { name: 'Colour meanings' });
  const yellow = dialog.getByRole('textbox').first();
  await expect(yellow).toBeFocused();
  await yellow.fill('key claim');
  await expect(dialog.getByRole('status')).toHaveText('Yellow saved.');
  await yellow.press('Escape');
  await expect(dialog).toBeHidden();
  expect(reader.library.annotations.colors.meanings().yellow).toBe('key claim');

  // Closed by a click elsewhere straight after typing, the typing is stored too.
  await open();
  await dialog.getByRole('textbox').nth(1).fill('disputed');
  await article.getByRole('heading', { level: 1 }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => reader.library.annotations.colors.meanings().red).toBe('disputed');

  await open();
  await expect(yellow).toHaveValue('key claim');
});

test('Mark as entity… offers the kind the words most likely are', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await openSeed(page);
  const kinds: [string, string][] = [
    ['Shanghai Cooperation Organization', 'Organisation'],
    ['Beijing', 'Place'],
    ['Yin Bogu', 'Person'],
  ];
  for (const [words, kind] of kinds) {
    await selectByScript(page, words, words);
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Mark as entity…' }).click();
    const form = page.getByRole('dialog', { name: 'Mark as entity' });
    await expect(form.getByRole('combobox', { name: 'Kind' }).locator('option:checked')).toHaveText(kind);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  }
});

test('the entity page says when all its articles share one date, and keeps wrapped titles beside their dates', async ({ page, reader }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  await article
    .getByRole('link', { name: /^Alexander Lukashenko \(person\)$/ })
    .first()
    .press('Shift+Enter');
  const entity = page.getByRole('main', { name: 'Entity' });
  const rows = entity.locator('.entity-timeline li');
  await expect(rows).toHaveCount(5);
  const boxes = await rows.evaluateAll((lis) =>
    lis.map((li) => {
      const time = li.querySelector('time')!.getBoundingClientRect();
      const title = li.querySelector('button')!.getBoundingClientRect();
      return { timeTop: time.top, titleTop: title.top, titleLeft: title.left, lines: Math.round(title.height / time.height) };
    }),
  );
  expect(
    boxes.some((b) => b.lines > 1),
    'a title wraps at this width',
  ).toBe(true);
  for (const b of boxes) expect(Math.abs(b.titleTop - b.timeTop)).toBeLessThan(4);
  expect(new Set(boxes.map((b) => Math.round(b.titleLeft))).size).toBe(1);

  await entity.getByRole('button', { name: 'Cai Qi (person)' }).click();
  await expect(rows).toHaveCount(1);
  await expect(entity.locator('.entity-axis-single')).toHaveText('One dated article, from Sep 3, 2025.');
  await expect(entity.locator('.entity-axis-label')).toHaveCount(0);
});

test('words in a headline made from the lead can be highlighted and found, as in the text after it', async ({ page, reader }) => {
  const lead = reader.library.db.prepare("SELECT id, title FROM articles WHERE title LIKE '%…'").get() as { id: number; title: string };
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: lead.title }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  const headline = article.getByRole('heading', { level: 1 });
  await expect(headline).toContainText('Chairman of China');
  await headline.evaluate((h1) => {
    const leaf = Array.from(h1.querySelectorAll('[data-o]')).find((l) => l.textContent.includes('Chairman'))!;
    const text = leaf.firstChild!;
    const at = text.textContent!.indexOf('Chairman');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'Chairman'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.keyboard.press('h');
  await expect(headline.locator('mark.hl')).toHaveText(/Chairman$/);
  await expect.poll(() => reader.library.annotations.highlights.forArticle(lead.id).map((h) => h.quote)).toEqual(['Chairman']);

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in the article' });
  await bar.getByRole('textbox', { name: 'Find in the article' }).fill('chairman');
  const body = reader.library.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(lead.id) as string;
  await expect(bar.getByRole('status')).toHaveText(new RegExp(` of ${body.toLowerCase().split('chairman').length - 1}$`));
});

test("a highlight's popover opened while the next article is on its way closes when that article is drawn", async ({ page, reader }) => {
  const seedId = articleIdOf(reader.library, SEED);
  reader.library.annotations.highlights.create(seedId, { quote: 'Cai Qi', occurrence: 1 }, { color: 'yellow', note: '', tags: [] });
  const next = reader.library.search.query('', 5, 0).rows.find((r) => r.id !== seedId)!;
  await page.goto(reader.server.url);
  const article = await openSeed(page);
  // The next article's text is held back, so that the one before is still drawn after it was asked for.
  const { held, release } = gate();
  await page.route('**/api/articles.get', async (route) => {
    if ((route.request().postDataJSON() as { id: number }).id === next.id) await held;
    await route.continue();
  });
  await page
    .getByRole('option')
    .filter({ hasText: next.title.replace(/…$/, '') })
    .click();
  await article.getByRole('button', { name: /^Highlight, Yellow: Cai Qi/ }).click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toBeVisible();
  release();
  await expect(article.getByRole('heading', { level: 1 })).not.toHaveText(SEED);
  await expect(popover).toHaveCount(0);
});
