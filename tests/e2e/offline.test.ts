import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { offlineStatus, waitForPrecache } from '../support/offline';
import { useBrowser } from '../support/pages';
import { DIST, ESSAY_SLUGS } from '../support/site';
import { serveStatic, type StaticServer } from '../support/static-server';

// Reading offline after one visit, against a copy of the build (the last test deploys a changed
// copy over it). The server records every path it is asked for: while the browser is offline it
// must hear nothing, so each page below can only have come from the service worker.
let root = '';
let server: StaticServer | undefined;
const asked: string[] = [];
const site = useBrowser(() => server!.origin);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cac-offline-'));
  cpSync(DIST, root, { recursive: true });
  server = await serveStatic(root, '/', { onRequest: (path) => asked.push(path) });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The <title> a page of the build has, to tell the real page from the offline page. */
const builtTitle = (path: string) =>
  /<title>([^<]*)<\/title>/
    .exec(readFileSync(join(root, path, 'index.html'), 'utf8'))?.[1]
    ?.replaceAll('&amp;', '&');

/** Console errors and failed requests of a page: offline, everything must still load from the cache. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the test navigated on before the request ended (the favicon), not a failed load.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`${request.url()}: ${reason}`);
  });
  return problems;
}

/** A context that has visited the home page once and waited for the worker to keep Italian. */
async function visitedOnce(): Promise<{ context: BrowserContext; page: Page }> {
  const page = await site.open('/');
  await waitForPrecache(page, 'it');
  return { context: page.context(), page };
}

describe('offline after one visit', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    context = await site.browser.newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page = await context.newPage();
    problems = watch(page);
    await page.goto(`${server!.origin}/`);
    await waitForPrecache(page, 'it');
    await context.setOffline(true);
    asked.length = 0;
  }, 120_000);

  afterAll(async () => {
    await context.close();
  });

  const open = async (path: string) => {
    const response = await page.goto(`${server!.origin}${path}`);
    expect(response?.fromServiceWorker()).toBe(true);
    return response;
  };

  test.each(ESSAY_SLUGS)('the essay %s opens', async (slug) => {
    await open(`/articoli/${slug}/`);
    expect(await page.title()).toBe(builtTitle(`articoli/${slug}`));
    await expect.poll(() => page.locator('article h1').first().isVisible()).toBe(true);
  });

  test('a glossary term and the comparison open', async () => {
    for (const path of ['glossario/customer-centricity', 'confronto']) {
      await open(`/${path}/`);
      expect(await page.title()).toBe(builtTitle(path));
    }
  });

  test('a self-test is answered to its result', async () => {
    await open('/autovalutazioni/pendolo/');
    await page.locator('#pendolo-ore-cliente-finale').fill('30');
    await page.locator('cac-self-test button[type="submit"]').click();
    await page.locator('[data-result]:not([hidden])').waitFor();
    expect(new URL(await page.locator('[data-share-url]').inputValue()).pathname).toBe(
      '/autovalutazioni/pendolo/risultato/cliente/',
    );
  });

  test('search finds a word, and its result opens highlighted', async () => {
    await open('/cerca/?q=fiducia');
    const first = page.locator('[data-search-page] li.result h3 a').first();
    await first.waitFor({ timeout: 15_000 });
    await first.click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
  });

  test.each([
    ['it', '/articoli/non-ancora-scritto/'],
    ['en', '/en/essays/not-written-yet/'],
  ] as const)('an address not kept shows the %s offline page with what can be read', async (locale, path) => {
    await open(path);
    const t = dictionaries[locale];
    await page.getByRole('heading', { level: 1, name: t['offline.title'] }).waitFor();
    await page.locator('[data-offline-missing]:not([hidden])').waitFor();
    const readable = page.locator('[data-offline-item]:not([hidden]) a');
    // Italian was kept: every page listed opens; English was not, so nothing of it is offered.
    const listed = await page.locator('[data-offline-item]').count();
    expect(listed).toBeGreaterThan(ESSAY_SLUGS.length);
    expect(await readable.count()).toBe(locale === 'it' ? listed : 0);
  });

  test('nothing reached the server, and nothing failed or broke the CSP, online or offline', () => {
    expect(asked).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the offline page', () => {
  test('says what is kept, clears it, and keeps it again', async () => {
    const { page } = await visitedOnce();
    await page.goto(`${server!.origin}/offline/`);
    const state = page.locator('[data-offline-state]');
    const status = await offlineStatus(page, 'it');
    await expect.poll(() => state.textContent()).toContain(`${status!.total}`);
    expect(await page.locator('[data-offline-item][data-stored="true"]').count()).toBeGreaterThanOrEqual(5);

    await page.locator('[data-offline-clear]').click();
    await expect.poll(() => state.textContent()).toBe(dictionaries.it['offline.state.off']);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    // Turned off: the next page registers nothing.
    await page.goto(`${server!.origin}/articoli/`);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();

    await page.goto(`${server!.origin}/offline/`);
    await page.locator('[data-offline-save]').click();
    await waitForPrecache(page, 'it');
  });
});

describe('a new deploy', () => {
  test('the next online visit gets the new page, and the cache follows it', async () => {
    const { context, page } = await visitedOnce();
    // What a deploy does: a page's text and the worker (its version is a hash of what it keeps) change.
    const path = join(root, 'articoli', ESSAY_SLUGS[3], 'index.html');
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace(/(<h1 data-pagefind-weight[^>]*>[^<]*)/, '$1 (rivisto)'));
    const worker = readFileSync(join(root, 'sw.js'), 'utf8');
    writeFileSync(join(root, 'sw.js'), worker.replace(/version:"([0-9a-f]+)"/, 'version:"$1next"'));
    await page.goto(`${server!.origin}/articoli/${ESSAY_SLUGS[3]}/`);
    expect(await page.locator('article h1').first().textContent()).toContain('(rivisto)');
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('article h1').first().textContent()).toContain('(rivisto)');
  });
});
