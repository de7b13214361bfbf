import { expect, test } from './readerFixture';

const NOW = '2026-01-01T00:00:00.000Z';

test('rows show highlight and note badges in words; the Tags and With notes entries list what they count', async ({ page, reader }) => {
  const { db } = reader.library;
  const [first, second] = db.prepare('SELECT id FROM articles ORDER BY id LIMIT 2').pluck().all() as number[];
  // Written by SQL, as the annotation store would: two highlights (one with a note) on the first seed, a note and a tag on the second.
  db.prepare(
    `INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at)
    VALUES (?, ?, 'x', '', '', ?, ?, 'yellow', ?, '${NOW}', '${NOW}')`,
  ).run('e2e-1', first, 0, 5, '');
  db.prepare(
    `INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at)
    VALUES (?, ?, 'y', '', '', ?, ?, 'green', ?, '${NOW}', '${NOW}')`,
  ).run('e2e-2', first, 10, 15, 'Check the figure');
  db.prepare(`INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (?, 'Follow up', '${NOW}', '${NOW}')`).run(second);
  db.prepare(`INSERT INTO tags (id, name, created_at) VALUES (1, 'Diplomacy', '${NOW}')`).run();
  db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, 1)').run(second);

  await page.goto(reader.server.url);
  const rows = page.getByRole('option');
  await expect(rows).toHaveCount(5);
  const title = (id: number) => db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(id) as string;
  const row = (id: number) => rows.filter({ hasText: title(id).slice(0, 30) });
  await expect(row(first!).getByRole('img', { name: '2 highlights' })).toBeVisible();
  await expect(row(first!).getByRole('img', { name: '1 note' })).toBeVisible();
  await expect(row(second!).getByRole('img', { name: '1 note' })).toBeVisible();
  await expect(row(second!).getByRole('img', { name: /highlight/ })).toHaveCount(0);

  const notes = page.getByRole('region', { name: 'Library' }).getByRole('button', { name: /^With notes/ });
  await expect(notes).toHaveText(/2$/);
  await notes.click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('has:notes');
  await expect(rows).toHaveCount(2);

  const tag = page.getByRole('region', { name: 'Tags' }).getByRole('button', { name: /^Diplomacy/ });
  await expect(tag).toHaveText(/1$/);
  await tag.click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('has:notes tag:Diplomacy');
  await expect(rows).toHaveCount(1);
  await expect(page.locator('.list-count')).toHaveText(/^1 article/);
});
