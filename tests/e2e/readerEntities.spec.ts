import type { Page } from '@playwright/test';
import { articleIdOf, expect, placeRestored, test, type Reader } from './readerFixture';

/** Opens the seed article titled `title`, drawn whole and at its place: what the tests aim at then stays put. */
async function openSeed(page: Page, reader: Reader, title: string) {
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  await rows.filter({ hasText: title }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await placeRestored(page, reader.library, articleIdOf(reader.library, title));
  return article;
}

test('entity marks are underlined by kind, described by a card, and can be switched off', async ({ page, reader }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Senior CPC official meets Belarusian president');

  const cai = article.getByRole('link', { name: 'Cai Qi (person)' }).first();
  await expect(cai).toBeVisible();
  await expect(cai).toHaveCSS('text-decoration-style', 'solid');
  const beijing = article.getByRole('link', { name: 'Beijing (place)' }).first();
  await expect(beijing).toHaveCSS('text-decoration-style', 'dashed');
  await expect(article.getByRole('link', { name: 'CPC (organisation: Communist Party of China)' }).first()).toHaveCSS('text-decoration-style', 'double');
  await expect(article.getByRole('group', { name: 'Entity marks' })).toContainText('Organisation');

  // Focus alone shows the card, and the mark is described by it.
  const xi = article.getByRole('link', { name: /^Xi Jinping \(person\)$/ }).first();
  await xi.focus();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Xi Jinping');
  await expect(card).toContainText('Mentioned in 5 articles');
  await expect(card).toContainText('latest: “Senior CPC official meets Belarusian president”');
  await expect(xi).toHaveAccessibleDescription(/Person.*Xi Jinping.*Also: Xi/);

  await article.getByRole('checkbox', { name: /Mark people, places and organisations/ }).uncheck();
  await expect(article.getByRole('link', { name: /\(person/ })).toHaveCount(0);
  await expect(article).toContainText('Senior Communist Party of China (CPC) official Cai Qi on Tuesday met');
  await page.reload();
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('checkbox', { name: /Mark people/ })).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('pressing Enter on a mark filters the list to the articles mentioning its entity', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Belarusian President Lukashenko Meets Chinese Defense Minister Li Shangfu');
  await article
    .getByRole('link', { name: /^Viktor Khrenin \(person\)$/ })
    .first()
    .press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('person:"Viktor Khrenin"');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option')).toContainText('Li Shangfu');
});

test('a card whose entity is gone from the library says so, and keeps its buttons', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Belarusian President Lukashenko Meets Chinese Defense Minister Li Shangfu');
  const mark = article.getByRole('link', { name: /^Viktor Khrenin \(person\)$/ }).first();
  await expect(mark).toBeVisible();
  // As a re-extraction in another window would leave it: the text still marked, the entity no longer there.
  reader.library.db.prepare("DELETE FROM entities WHERE name = 'Viktor Khrenin'").run();
  await mark.focus();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Its details could not be loaded.');
  await expect(card.getByRole('button', { name: 'Filter the list' })).toBeVisible();
});

test('a click or double-click in a mark reads: the query and the article stay, and the word is selected', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Senior CPC official meets Belarusian president');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const heading = article.getByRole('heading', { level: 1 });
  await article.getByRole('link', { name: 'Beijing (place)' }).first().click();
  // Its card, shown while hovered, may lie over the next words: the pointer leaves first, as a reader's would.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  const yin = article.getByRole('link', { name: /^Yin Bogu \(person/ }).first();
  // The mark may wrap across lines, so aim inside its first line's first word.
  await yin.scrollIntoViewIfNeeded();
  const first = await yin.evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + 6, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(first.x, first.y);
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Yin');
  await expect(search).toHaveValue('');
  await expect(page.getByRole('option')).toHaveCount(5);
  await expect(heading).toHaveText('Senior CPC official meets Belarusian president');

  // Filtering is the card's deliberate act.
  await article.getByRole('link', { name: 'Beijing (place)' }).first().hover();
  await page.getByRole('tooltip').getByRole('button', { name: 'Filter the list' }).click();
  await expect(search).toHaveValue('place:Beijing');
});

test('the entity page lists its articles by date and narrows to those with a companion', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Senior CPC official meets Belarusian president');
  await article
    .getByRole('link', { name: /^Alexander Lukashenko \(person\)$/ })
    .first()
    .press('Shift+Enter');
  const entity = page.getByRole('main', { name: 'Entity' });
  await expect(entity.getByRole('heading', { level: 1 })).toHaveText('Alexander Lukashenko');
  const articles = entity.locator('.entity-timeline li');
  await expect(articles).toHaveCount(5);
  expect(await articles.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual([
    '2023-08-17',
    '2023-12-05',
    '2025-06-13',
    '2025-08-29',
    '2025-09-03',
  ]);
  await entity.getByRole('button', { name: 'Cai Qi (person)' }).click();
  await expect(articles).toHaveCount(1);
  await expect(entity).toContainText('also mentioning Cai Qi');
  await entity.getByRole('button', { name: 'Senior CPC official meets Belarusian president' }).click();
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText('Senior CPC official meets Belarusian president');
});

test('corrections made on the entity page are applied at once: rename, then hide', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Belarusian President Lukashenko Meets Chinese Defense Minister Li Shangfu');
  // The page is opened from the keyboard, as the card's button is tested above: a hover can be undone by the text moving.
  await article
    .getByRole('link', { name: /^Viktor Khrenin \(person\)$/ })
    .first()
    .press('Shift+Enter');
  const entity = page.getByRole('main', { name: 'Entity' });
  await entity.getByText('Correct this entity').click();
  await entity.getByLabel('New name').fill('Viktor G. Khrenin');
  await entity.getByRole('button', { name: 'Rename' }).click();
  await expect(entity.getByRole('heading', { level: 1 })).toHaveText('Viktor G. Khrenin');

  await entity.getByRole('button', { name: /Hide: not a real person/ }).click();
  const back = page.getByRole('main', { name: 'Article' });
  await expect(back.getByRole('heading', { level: 1 })).toContainText('Li Shangfu');
  await expect(back.getByRole('link', { name: /Khrenin \(person\)/ })).toHaveCount(0);
  await expect(back.getByRole('link', { name: /^Li Shangfu \(person\)$/ }).first()).toBeVisible();
});

test('re-extracting the library asks first, saying how long, then shows its progress and how many articles it read', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  const article = await openSeed(page, reader, 'Senior CPC official meets Belarusian president');
  const ask = page.getByRole('dialog', { name: 'Re-extract entities?' });
  await page.getByRole('button', { name: 'Re-extract entities' }).click();
  await expect(ask).toContainText('in all 5 articles. This takes a few seconds');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Entities updated|Finding people/ })).toHaveCount(0);
  expect(reader.library.reextraction.status(1)).toBeUndefined();

  await page.getByRole('button', { name: 'Re-extract entities' }).click();
  await ask.getByRole('button', { name: 'Re-extract' }).click();
  await expect(ask).toBeHidden();
  const status = page.getByRole('status').filter({ hasText: /Entities updated in 5 articles\.|Finding people, places and organisations: \d of 5 articles/ });
  await expect(status).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Entities updated in 5 articles.' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'Cai Qi (person)' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Close the entity extraction status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entities updated' })).toHaveCount(0);
});
