import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useSite } from '../support/pages';
import { SELF_TEST_IDS, sitemapPaths } from '../support/site';

// Every page a reader can reach, loaded in Chromium under the site's own CSP: nothing leaves the
// site, nothing is stored, nothing breaks, nothing is blocked, nothing fails WCAG 2.2 AA.
const site = useSite();
const PAGES = [...sitemapPaths(), ...SELF_TEST_IDS.map((id) => `/embed/${id}/`), '/pagina-inesistente/'];

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
  report(): Promise<{ cookies: number; violations: string[] }>;
  close(): Promise<void>;
}

async function visit(path: string): Promise<Visit> {
  // Without the offline worker: it would keep a whole language in each of these contexts (it
  // doubled this file's time). The pages under the worker, online and offline, are checked the
  // same way (console, failed requests, CSP) in offline.test.ts.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    // The 404 page is answered with status 404 on purpose; Chromium logs that as a console error.
    if (message.type() === 'error' && !(path.includes('inesistente') && message.text().includes('404')))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(site.origin + path);
  await page.waitForLoadState('networkidle');
  return {
    page,
    requests,
    problems,
    report: async () => ({
      cookies: (await context.cookies()).length,
      violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    }),
    close: () => context.close(),
  };
}

describe('every page', () => {
  test('there are pages to check', () => {
    expect(PAGES.length).toBeGreaterThan(45);
  });

  // Each page in its own browser context, a few at a time: the checks wait on the browser, not
  // on the CPU, and one page after another was the longest file of the suite.
  test.concurrent.for(PAGES)(
    '%s: same-origin only, no cookie, no error, no CSP violation, no axe violation',
    async (path, { expect }) => {
      const v = await visit(path);
      const foreign = v.requests.filter(
        (url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
      );
      const { cookies, violations } = await v.report();
      const axe = await axeViolations(v.page);
      await v.close();
      expect(foreign).toEqual([]);
      expect(cookies).toBe(0);
      expect(v.problems).toEqual([]);
      expect(violations).toEqual([]);
      expect(axe, 'axe').toEqual([]);
    },
  );

  test('search and a self-test work under the CSP without a single violation', async () => {
    const v = await visit('/articoli/quanto-tempo-per-il-cliente/');
    await v.page.keyboard.press('Control+k');
    await v.page.locator('dialog input[type="search"]').fill('fiducia');
    await v.page.locator('dialog li.result').first().waitFor();
    // In a search field the first Escape clears the text, the second closes the dialog.
    await v.page.keyboard.press('Escape');
    await v.page.keyboard.press('Escape');
    await v.page.locator('dialog[data-search-dialog]:not([open])').waitFor({ state: 'attached' });
    await v.page.locator('#pendolo-ore-cliente-finale').fill('30');
    await v.page.locator('cac-self-test button[type="submit"]').click();
    await v.page.locator('cac-self-test [data-result]:not([hidden])').waitFor();
    const { cookies, violations } = await v.report();
    await v.close();
    expect(v.problems).toEqual([]);
    expect(violations).toEqual([]);
    expect(cookies).toBe(0);
    expect(
      v.requests.every(
        (url) => url.startsWith(`${site.origin}/`) || url.startsWith('blob:') || url.startsWith('data:'),
      ),
    ).toBe(true);
  });
});
