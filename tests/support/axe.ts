import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rules the site promises to meet: WCAG 2.2 AA, with the 2.0 and 2.1 A and AA rules under it. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeScope {
  /** Check only this part of the page (a CSS selector), e.g. an open dialog. */
  include?: string;
}

/**
 * Axe's WCAG 2.2 AA violations on the page as it is now, one line each, "rule: element, element",
 * so that a failure names what to fix. The page must come from `browser.newContext()`
 * (useSite().open does that): axe finishes its run in a second page of the same context.
 */
export async function axeViolations(page: Page, { include }: AxeScope = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) builder.include(include);
  let violations;
  try {
    ({ violations } = await builder.analyze());
  } catch (error) {
    if (error instanceof Error && error.message.includes('newContext'))
      throw new Error(
        `axe needs a page opened in its own context (browser.newContext() or useSite().open), not browser.newPage(): ${error.message}`,
        { cause: error },
      );
    throw error;
  }
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Fails the test, naming every rule and element, when axe finds a WCAG 2.2 AA violation on the page. */
export async function expectAccessible(page: Page, scope: AxeScope & { when?: string } = {}): Promise<void> {
  expect(await axeViolations(page, scope), scope.when ? `axe, ${scope.when}` : 'axe').toEqual([]);
}
