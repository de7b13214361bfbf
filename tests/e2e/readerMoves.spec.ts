import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './readerFixture';

const POCKET = path.join(__dirname, '..', 'fixtures', 'moves', 'pocket.html');

test("Pocket's export imported in the app: the summary says what it brought, its tags filter the list, and an article known by its address says it waits for its page", async ({
  page,
  reader,
}) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.getByLabel('Files to import').setInputFiles([{ name: 'ril_export.html', mimeType: 'text/html', buffer: fs.readFileSync(POCKET) }]);
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary).toContainText('1 added · 0 updated · 0 duplicate · 0 failed');
  await expect(summary.getByRole('list', { name: 'From other apps' }).getByRole('listitem')).toHaveText([
    /^ril_export\.html: from Pocket: 5 articles added \(5 waiting for their page\), 0 matched to articles already here; 0 highlights placed/,
  ]);
  await expect(page.getByRole('option')).toHaveCount(10);

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('tag:history');
  await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
  await expect(page.getByRole('option')).toHaveCount(2);
  await page.getByRole('option').filter({ hasText: 'The salt roads of the Baltic & beyond' }).click();
  await expect(page.getByRole('note')).toContainText(
    'Only this article’s address is here so far: its page is waiting to be fetched from https://example.net/longreads/salt-roads.',
  );
});
