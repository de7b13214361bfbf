import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every violation axe finds, and text whose contrast it cannot decide (each highlight colour must be measurable). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations', 'incomplete'] }).analyze();
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
  // A splitter stands between two panes' landmarks and belongs to neither, as readerAccessibility.spec.ts allows.
  expect(
    found.filter((f) => !/^moderate region: div\[aria-label="Resize (filters|article list)"\]$/.test(f)),
    what,
  ).toEqual([]);
  const undecided = result.incomplete.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  expect(undecided, `${what}: contrast axe could not decide`).toEqual([]);
}
