import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Text under a popup or a modal dialog that covers it, and the popup's own text over it, which axe cannot weigh. */
const COVERED = new Set(['bgOverlap', 'elmPartiallyObscuring']);

/**
 * Every violation axe finds, and text whose contrast it cannot decide (each highlight colour must be measurable),
 * except where `popup` is open over the text (a modal dialog is in the top layer, over a backdrop, as readerAccessibility.spec.ts allows).
 */
export async function expectAccessible(page: Page, what: string, popup = false): Promise<void> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations', 'incomplete'] }).analyze();
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
  // A splitter stands between two panes' landmarks and belongs to neither, as readerAccessibility.spec.ts allows.
  expect(
    found.filter((f) => !/^moderate region: div\[aria-label="Resize (filters|article list)"\]$/.test(f)),
    what,
  ).toEqual([]);
  const undecided = result.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes)
    .filter((n) => !(popup && n.any.some((c) => COVERED.has((c.data as { messageKey?: string } | null)?.messageKey ?? ''))))
    .map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any.map((c) => c.data))}`);
  expect(undecided, `${what}: contrast axe could not decide`).toEqual([]);
}
