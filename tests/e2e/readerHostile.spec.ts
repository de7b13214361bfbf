import type { Page, Route } from '@playwright/test';
import { HOSTILE_DIR, hostileCases } from '../fixtures/hostileCorpus';
import { expect, test } from './readerFixture';

/** Elements and attributes that would mean imported markup reached the page instead of plain text. */
const FORBIDDEN_TAGS =
  'script style link meta base iframe frame frameset object embed applet img image picture source video audio track svg math form input textarea select template noscript xmp';
const FORBIDDEN_ATTRIBUTES = /^(on|srcdoc$|src$|srcset$|action$|formaction$|poster$|background$|ping$|xlink:)/i;

/** What of an article's imported content the reader shows: its title, byline and body. */
const CONTENT = ['main[aria-label="Article"] article > h1', 'main[aria-label="Article"] article > .byline', 'main[aria-label="Article"] .article-body'];

function markupIn(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selectors, tags, attributes }) => {
      const forbidden = new Set(tags.split(' '));
      const pattern = new RegExp(attributes, 'i');
      const found: string[] = [];
      for (const root of Array.from(document.querySelectorAll(selectors.join(',')))) {
        for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
          // The reader's own picture of one the library kept, drawn from its store by hash, is not imported markup.
          const own =
            el.localName === 'img' &&
            el.parentElement?.matches('figure.article-picture') &&
            /^pictures\/[0-9a-f]{64}\?token=[^&]+$/.test(el.getAttribute('src') ?? '');
          if (own && Array.from(el.attributes).every((a) => ['src', 'alt', 'loading', 'decoding'].includes(a.name))) continue;
          if (forbidden.has(el.localName)) found.push(`<${el.localName}>`);
          for (const { name, value } of Array.from(el.attributes)) {
            if (pattern.test(name)) found.push(`${el.localName}[${name}]`);
            if (name === 'href' && !/^https?:\/\//i.test(value)) found.push(`${el.localName}[href=${value}]`);
            if (name === 'style' && /url\(/i.test(value)) found.push(`${el.localName}[style=${value}]`);
          }
        }
      }
      return found;
    },
    { selectors: CONTENT, tags: FORBIDDEN_TAGS, attributes: FORBIDDEN_ATTRIBUTES.source },
  );
}

const canary = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('hostile articles are shown as text: no script runs, nothing loads, and only http(s) links open, outside the reader', async ({
  page,
  context,
  reader,
}) => {
  test.setTimeout(120_000);
  const cases = hostileCases();
  const results = await reader.library.import([HOSTILE_DIR]);
  expect(results.map((r) => `${r.file.split('/').pop()}: ${r.status}`).sort()).toEqual(cases.map((c) => `${c.file}: added`));
  const titleOf = (file: string) => reader.library.articles.get(results.find((r) => r.file.endsWith(`/${file}`))!.id!)!.title;
  expect(cases.filter((c) => titleOf(c.file).includes('<script>')).length, 'some titles carry markup, to show it as text').toBeGreaterThan(0);

  // Every request that is not for the reader's own server is stopped and noted: the reader page's own routes take
  // precedence over the context's, which see the windows it opens.
  const origin = new URL(reader.server.url).origin;
  const fromReader: string[] = [];
  const fromPopups: string[] = [];
  const stopForeign = (noted: string[]) => (route: Route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    noted.push(url);
    return route.abort('blockedbyclient');
  };
  await page.route('**/*', stopForeign(fromReader));
  await context.route('**/*', stopForeign(fromPopups));
  const popups: Page[] = [];
  context.on('page', (p) => popups.push(p));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __violations: violations });
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });

  await page.goto(reader.server.url);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const article = page.getByRole('main', { name: 'Article' });
  const body = article.locator('.article-body');
  const open = async (marker: string) => {
    await search.fill(marker);
    await expect(page.getByRole('option')).toHaveCount(1);
    await page.getByRole('option').click();
    await expect(body).toContainText(marker);
    // Drawn whole (its marks, tools and links too): what is looked for below must all be there to be found.
    await expect(article).toHaveAttribute('aria-busy', 'false');
  };

  for (const c of cases) {
    await open(c.marker);
    await expect(article.getByRole('heading', { level: 1 }), `${c.file}: the title, markup and all, is plain text`).toHaveText(titleOf(c.file));
    expect(await markupIn(page), c.file).toEqual([]);
    expect(await canary(page), c.file).toBeUndefined();
  }

  // The words of javascript: and data: links are plain text: clicking them goes nowhere and runs nothing.
  const readerUrl = page.url();
  await open('hxjavascripturls');
  await expect(body.getByRole('link')).toHaveCount(1);
  for (const words of ['full timetable', 'fare list', 'entity-encoded link', 'tab-split link', 'space-led link', 'old link'])
    await body.getByText(words).click();
  await open('hxdataurls');
  await expect(body.getByRole('link')).toHaveCount(0);
  for (const words of ['floor plan', 'opening hours', 'the logo']) await body.getByText(words).click();
  await open('hxmdlinks');
  await expect(body.getByRole('link')).toHaveCount(1);
  await body.getByText('javascript:window.__pwned=1').click();
  expect(page.url()).toBe(readerUrl);
  expect(popups).toEqual([]);

  // http(s) links open only as a new window, never in the reader: in Electron, main hands them to the system browser.
  await open('hxjavascripturls');
  await body.getByRole('link', { name: 'the schedule' }).click();
  await open('hxmdlinks');
  await body.getByRole('link', { name: 'the ministry' }).click();
  await expect.poll(() => fromPopups.slice().sort()).toEqual(['https://example.org/airline/winter', 'https://example.org/ministry/grain']);
  await expect.poll(() => popups.length).toBe(2);
  expect(page.url()).toBe(readerUrl);

  await page.waitForTimeout(500);
  expect(await canary(page)).toBeUndefined();
  expect(fromReader, 'requests from the reader to anything but its own server').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), 'nothing even tried to load').toEqual([]);
});
