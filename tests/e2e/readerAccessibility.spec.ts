import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Library } from '../../electron/library/Library';
import { expect, test } from './readerFixture';

const SEED = 'Senior CPC official meets Belarusian president';

/** A highlight in every colour, one with a note, one inside an entity's mention, with meanings for two colours. */
function annotate(library: Library): void {
  const { highlights, colors } = library.annotations;
  const id = library.search.query('"Cai Qi"', 1, 0).rows[0]!.id;
  colors.setMeanings({ yellow: 'key claim', red: 'disputed' });
  highlights.create(id, { quote: 'Cai Qi', occurrence: 1 }, { color: 'yellow', note: 'who met him', tags: ['people'] });
  highlights.create(id, { quote: 'Standing Committee of the Political Bureau', occurrence: 1 }, { color: 'red', note: '', tags: [] });
  highlights.create(id, { quote: 'Belarusian President Alexander Lukashenko', occurrence: 1 }, { color: 'green', note: '', tags: [] });
  highlights.create(id, { quote: 'capital of China', occurrence: 1 }, { color: 'blue', note: 'where', tags: [] });
  highlights.create(id, { quote: 'Sept. 2, 2025', occurrence: 1 }, { color: 'purple', note: '', tags: [] });
}

/** Text under a popup (an entity card) that covers it, and a popup's own text over it, which axe cannot weigh. */
const COVERED = new Set(['bgOverlap', 'elmPartiallyObscuring']);

/**
 * What axe finds in the page as it is. Only `region` may remain, and only on the splitters: a splitter stands between
 * two panes' landmarks (the filters' navigation, the list's region, the article's main) and belongs to neither.
 * Text whose contrast axe cannot decide (it leaves it "incomplete") counts as a failure too, so that text over every
 * highlight colour is measured, except where `popup` is open over the text.
 */
async function expectAccessible(page: Page, view: string, popup = false): Promise<void> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations', 'incomplete'] }).analyze();
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
  expect(
    found.filter((f) => !/^moderate region: div\[aria-label="Resize (filters|article list)"\]$/.test(f)),
    view,
  ).toEqual([]);
  const undecided = result.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes)
    .filter((n) => !(popup && n.any.some((c) => COVERED.has((c.data as { messageKey?: string } | null)?.messageKey ?? ''))))
    .map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any.map((c) => c.data))}`);
  expect(undecided, `${view}: contrast axe could not decide`).toEqual([]);
}

async function openSeed(page: Page) {
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  await expect(article.locator('mark[data-hl-first]')).toHaveCount(5);
  return article;
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`the main view, All highlights, export, an entity page and the settings pass axe in the ${theme} theme`, async ({ page, reader }) => {
    // Six full scans of a busy page take axe a while on a slow machine.
    test.setTimeout(150_000);
    annotate(reader.library);
    reader.library.setSetting('reader.settings', JSON.stringify({ theme }));
    await page.goto(reader.server.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const article = await openSeed(page);
    await expectAccessible(page, 'main view with an article open');

    // A focused mark shows its card, with its buttons; marks always shown are drawn over highlights.
    await article.getByRole('link', { name: 'Beijing (place)' }).first().focus();
    await expect(page.getByRole('tooltip')).toContainText('Filter the list');
    await expectAccessible(page, 'an entity card open', true);

    await page.getByRole('button', { name: 'Reading settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Reading settings' });
    await settings.getByRole('radio', { name: 'Always' }).check();
    await expectAccessible(page, 'the reading settings');
    await settings.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Export notes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export notes' });
    await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
    await expect(dialog.locator('.export-items li')).toHaveCount(5);
    // A modal dialog is in the top layer, over a backdrop, where axe cannot weigh the text (its colours are the page's).
    await expectAccessible(page, 'the export dialog', true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await article.getByRole('link', { name: 'Cai Qi (person)' }).first().press('Shift+Enter');
    await expect(page.getByRole('main', { name: 'Entity' }).getByRole('heading', { level: 1 })).toHaveText('Cai Qi');
    await expectAccessible(page, 'an entity page');

    await page
      .getByRole('navigation', { name: 'Filters' })
      .getByRole('button', { name: /^All highlights/ })
      .click();
    await expect(page.getByRole('listbox', { name: 'Highlight list' }).getByRole('option')).toHaveCount(5);
    await expectAccessible(page, 'All highlights');
  });
}
