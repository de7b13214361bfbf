import { writeStoryArticles } from '../unit/helpers/storyArticles';
import { expectAccessible } from './axeScan';
import { expect, gate, test } from './readerFixture';

// Two axe scans of a full reader (the Stories view beside an article, then the compare dialog).
test.setTimeout(60_000);
test('Stories: a story across three languages, compared side by side, an article moved out, and "In the same story"', async ({ page, reader }, testInfo) => {
  const dir = writeStoryArticles(testInfo.outputPath('stories'));
  await reader.library.import([dir]);
  const id = (name: string) => reader.library.articles.findByFile(`${dir}/${name}`)!.id;
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(9);

  await page.keyboard.press('Shift+S');
  const view = page.getByRole('region', { name: 'Stories' });
  await expect(view.locator('.list-count')).toHaveText('1 story');
  const card = view.getByRole('article');
  await expect(card.getByRole('listitem')).toHaveCount(3);
  await expect(card.getByRole('definition').nth(1)).toHaveText(/^(ru|en|de), (ru|en|de), (ru|en|de)$/);
  await expect(card.getByRole('term')).toContainText(['Outlets', 'Languages', 'People', 'Places']);

  // Opening a report shows it, with the other two under "In the same story".
  await card.getByRole('button', { name: 'Chinas Außenminister Wang Yi bei Lukaschenko in Minsk', exact: true }).click();
  const same = page.getByRole('region', { name: 'In the same story' });
  await expect(same.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'the Stories view, and an article in a story');

  // Two reports picked and compared by keyboard: each sentence only one of them reports is marked.
  await card.getByRole('checkbox').nth(0).check();
  await card.getByRole('checkbox').nth(1).check();
  await card.getByRole('button', { name: 'Compare the two picked' }).focus();
  await page.keyboard.press('Enter');
  const compare = page.getByRole('dialog', { name: 'Compare two reports' });
  await expect(compare.locator('.compare-side')).toHaveCount(2);
  await expect(compare.locator('li.only').first()).toContainText('Only here:');
  await expect(compare.locator('li.shared').first()).toBeVisible();
  await expectAccessible(page, 'the compare view');
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  await card.getByRole('button', { name: /Move “Chinas Außenminister Wang Yi bei Lukaschenko in Minsk” out/ }).click();
  await expect(card.getByRole('listitem')).toHaveCount(2);
  expect(reader.library.stories.index.storyOf(id('dpa.txt'))).not.toBe(reader.library.stories.index.storyOf(id('xinhua.txt')));
  await expect(same).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test('an article in a story is loading until its story has answered, so the reports under its byline never move the text after', async ({
  page,
  reader,
}, testInfo) => {
  await reader.library.import([writeStoryArticles(testInfo.outputPath('stories'))]);
  const { held, release } = gate();
  await page.route('**/api/stories.ofArticle', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(reader.server.url);
  await page.getByRole('option').filter({ hasText: 'Chinas Außenminister Wang Yi bei Lukaschenko in Minsk' }).click();
  const article = page.getByRole('main', { name: 'Article' });
  // Its text, entity marks and notes are in: only the story is held back.
  await expect(article.locator('.article-body .entity-mark').first()).toBeVisible();
  await expect(article.getByRole('complementary', { name: 'Notes' })).toBeVisible();
  await expect(article).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(article).toHaveAttribute('aria-busy', 'false');
  // Shown as loaded in the same render that puts the reports under the byline: nothing moves the text after.
  expect(await page.getByRole('region', { name: 'In the same story' }).count()).toBe(1);
  await expect(page.getByRole('region', { name: 'In the same story' }).getByRole('listitem')).toHaveCount(2);
});
