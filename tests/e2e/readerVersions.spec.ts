import type { Locator } from '@playwright/test';
import { expectAccessible } from './axeScan';
import { articleIdOf, expect, test } from './readerFixture';

/** WCAG's contrast ratio of an element's text on its own background (axe cannot weigh text in a modal dialog's top layer). */
async function contrast(element: Locator): Promise<number> {
  const [fg, bg] = await element.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

const FIRST = 'Harbour closed by the storm\n\nThe harbour closed at noon because of the storm. Ferries to the islands stayed in port all afternoon.\n';
const SECOND = 'Harbour closed by the storm\n\nThe harbour closed at noon because of the gale. It opens again tomorrow morning.\n';

test('a file imported again with changes is marked Updated; its versions compare word by word, and an orphaned highlight shows its old passage', async ({
  page,
  reader,
}) => {
  // Two full axe scans of a busy page take a while on a slow machine.
  test.setTimeout(90_000);
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  const upload = async (text: string, counts: string) => {
    await page.getByLabel('Files to import').setInputFiles([{ name: 'harbour.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await expect(summary).toContainText(counts);
    await page.getByRole('button', { name: 'Close the import summary' }).click();
  };
  await upload(FIRST, '1 added · 0 updated');
  const row = page.getByRole('option').filter({ hasText: 'Harbour closed by the storm' });
  await expect(row).not.toContainText('Updated');
  const id = articleIdOf(reader.library, 'Harbour closed by the storm');
  reader.library.annotations.highlights.create(id, { quote: 'Ferries to the islands' }, { color: 'green', note: 'Which ones?', tags: [] });

  await upload(SECOND, '0 added · 1 updated');
  await expect(row).toContainText('Updated');
  await row.click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toContainText('It opens again tomorrow morning.');

  // The highlight's words are gone: it says which version it was made on, and shows where it was in that version.
  const orphan = page.getByRole('complementary', { name: 'Notes' }).locator('.orphan');
  await expect(orphan).toContainText('Made on version 1');
  await orphan.getByText('The passage in version 1').click();
  await expect(orphan.locator('mark')).toHaveText('Ferries to the islands');
  await expect(orphan.locator('.notes-passage-text')).toContainText('because of the storm. Ferries to the islands stayed in port');
  await expectAccessible(page, 'an updated article, with an orphan’s old passage');

  await article.getByRole('button', { name: /Updated: version 2/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions of “Harbour closed by the storm”' });
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveText([
    /^Version 1 · .* · 23 words\s*Restore this version 1$/,
    /^Version 2 \(current\) · .* · 19 words$/,
  ]);
  const diff = dialog.locator('.version-diff');
  await expect(diff.locator('ins')).toHaveText(['gale', 'It opens again tomorrow morning']);
  await expect(diff.locator('del')).toHaveText(['storm', 'Ferries to the islands stayed in port all afternoon']);
  await expect(dialog.getByRole('status')).toHaveText('6 words inserted, 10 words deleted.');
  // Not by colour alone: each change is named for screen readers too.
  expect(
    await diff
      .locator('ins')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content),
  ).toBe('" [inserted: "');
  await expectAccessible(page, 'the versions dialog', true);
  expect(await contrast(diff.locator('ins').first())).toBeGreaterThanOrEqual(4.5);
  expect(await contrast(diff.locator('del').first())).toBeGreaterThanOrEqual(4.5);

  // The same version on both sides: nothing changed.
  await dialog.getByRole('combobox', { name: 'Earlier version' }).selectOption('2');
  await expect(dialog.getByRole('status')).toHaveText('The two texts are the same.');
  await expect(diff.locator('ins, del')).toHaveCount(0);

  // Restoring version 1 makes its text current again, as version 3, and places the highlight made on it again.
  await dialog.getByRole('button', { name: 'Restore this version 1' }).click();
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveText([
    /^Version 1 · /,
    /^Version 2 · .* · 19 words\s*Restore this version 2$/,
    /^Version 3 \(current\) · .* · 23 words$/,
  ]);
  await expect(diff.locator('ins')).toHaveText(['storm', 'Ferries to the islands stayed in port all afternoon']);
  await expect(article.getByRole('button', { name: /Updated: version 3/ })).toBeVisible();
  await expect(article).toContainText('Ferries to the islands stayed in port all afternoon.');
  await expect(orphan).toHaveCount(0);
  await expect(article.locator('mark.hl').first()).toContainText('Ferries');
  expect(reader.library.articles.get(id)!.body).toBe(reader.library.articles.versions.text(id, 1).body);

  // Keeping one version of each article lets the earlier ones go at once: only the current text is left to list.
  const kept = dialog.getByRole('spinbutton', { name: 'Versions kept of each article' });
  await kept.fill('1');
  await kept.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveText([/^Version 3 \(current\)/]);
  await expect(diff).toHaveCount(0);
  expect(reader.library.articles.versions.kept()).toBe(1);
  expect(reader.library.db.prepare('SELECT count(*) FROM article_versions').pluck().get()).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});
