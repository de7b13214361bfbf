/** The article body's text in the reader: selecting it as a reader does, and seeing which highlights cover it. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Drags the mouse from the first letter of `from` to the last letter of `to` (the first `to` after `from`), as a
 * reader selects text; `from` is looked for from paragraph `paragraph` on. Positions are found through the body
 * offsets the view puts on its text. It waits for the article to have stopped loading: what arrives after its text (its
 * tools, entity marks, the other reports of its story) moves the text, and a drag measured before that lands elsewhere.
 */
export async function dragSelect(page: Page, from: string, to = from, paragraph = 0): Promise<void> {
  await expect(page.getByRole('main', { name: 'Article' })).toHaveAttribute('aria-busy', 'false');
  const points = await page.evaluate(
    ({ a, b, p }) => {
      const leaves = Array.from(document.querySelectorAll<HTMLElement>(`.article-body > :nth-child(n + ${p + 1}) [data-o]`));
      let text = '';
      for (const leaf of leaves) text = text.padEnd(Number(leaf.dataset.o), '\n') + leaf.textContent;
      const start = text.indexOf(a);
      const last = text.indexOf(b, start) + b.length - 1;
      if (start < 0 || last < start) throw new Error(`"${a}" … "${b}" is not in the article`);
      const at = (offset: number, side: 'left' | 'right') => {
        const leaf = leaves.filter((l) => Number(l.dataset.o) <= offset).pop()!;
        const range = document.createRange();
        const i = offset - Number(leaf.dataset.o);
        range.setStart(leaf.firstChild!, i);
        range.setEnd(leaf.firstChild!, i + 1);
        const rect = range.getClientRects()[0]!;
        return { x: side === 'left' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
      };
      return [at(start, 'left'), at(last, 'right')];
    },
    { a: from, b: to, p: paragraph },
  );
  await page.mouse.move(points[0]!.x, points[0]!.y);
  await page.mouse.down();
  await page.mouse.move(points[1]!.x, points[1]!.y, { steps: 6 });
  await page.mouse.up();
}

/** Each highlight's text as the view shows it, by highlight id, pieces joined in document order. */
export async function shownHighlights(article: Locator): Promise<Record<string, string>> {
  return article.locator('.article-body').evaluate((body) => {
    const out: Record<string, string> = {};
    for (const leaf of Array.from(body.querySelectorAll('[data-o]'))) {
      for (let el = leaf.parentElement; el && el !== body; el = el.parentElement) {
        const id = el.getAttribute('data-hl');
        if (id) out[id] = (out[id] ?? '') + leaf.textContent;
      }
    }
    return out;
  });
}
