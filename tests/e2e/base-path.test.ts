import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, siteProject } from '../support/fixture-project';
import { waitForPrecache } from '../support/offline';
import { useSite } from '../support/pages';
import { serveStatic, type StaticServer } from '../support/static-server';

// GitHub Pages project sites live under /repo-name/: the whole site, built with BASE_PATH, must
// work there. Built once here, in a copy of the project, and served under that sub-path.
const BASE = '/sottocartella/';
const site = useSite();
let server: StaticServer | undefined;

beforeAll(async () => {
  server = await serveStatic(await buildSite(siteProject('base-path'), { BASE_PATH: BASE }), BASE);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe(`the site under ${BASE}`, () => {
  test('search finds results whose links stay under the base path', async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on(
      'response',
      (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`),
    );
    await page.goto(`${server!.origin}${BASE}cerca/?q=fiducia`);
    const first = page.locator('[data-search-page] li.result h3 a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toBe(
      `${BASE}articoli/relazione-con-il-cliente-fiducia/?evidenzia=fiducia`,
    );
    await first.click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(failed).toEqual([]);
    await page.close();
  });

  test('a self-test completes and its share link points under the base path', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${server!.origin}${BASE}autovalutazioni/pendolo/`);
    await page.locator('#pendolo-ore-cliente-finale').fill('30');
    await page.locator('cac-self-test button[type="submit"]').click();
    await page.locator('[data-result]:not([hidden])').waitFor();
    // 30 of 40 hours for the end customer: the share link is that band's result page, and it
    // hands the answers to the test page, both under the base path.
    const shared = new URL(await page.locator('[data-share-url]').inputValue());
    expect(shared.pathname).toBe(`${BASE}autovalutazioni/pendolo/risultato/cliente/`);
    await page.close();
    const fresh = await site.browser.newPage();
    await fresh.goto(`${server!.origin}${shared.pathname}${shared.hash}`);
    await fresh.locator('[data-result]:not([hidden])').waitFor();
    expect(new URL(fresh.url()).pathname).toBe(`${BASE}autovalutazioni/pendolo/`);
    await fresh.close();
  });

  test('the embed snippet, oEmbed and internal links point under the base path', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${server!.origin}${BASE}incorpora/`);
    expect(await page.locator('[data-snippet="iframe"]').textContent()).toContain(`${BASE}embed/pendolo/`);
    expect(await page.locator('[data-snippet="iframe"]').textContent()).toContain(`${BASE}embed.js`);
    const oembed = (await (await page.request.get(`${server!.origin}${BASE}oembed/pendolo.json`)).json()) as {
      html: string;
    };
    expect(oembed.html).toContain(`${BASE}embed/pendolo/`);
    await page.goto(`${server!.origin}${BASE}articoli/person-centricity/`);
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
    await page.close();
  });

  test('the offline worker stays under the base path, and so does everything it keeps', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server!.origin}${BASE}`);
    await waitForPrecache(page, 'it');
    const registration = await page.evaluate(async () => {
      const { scope, active } = await navigator.serviceWorker.ready;
      return { scope, script: active?.scriptURL };
    });
    expect(registration).toEqual({
      scope: `${server!.origin}${BASE}`,
      script: `${server!.origin}${BASE}sw.js`,
    });
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(
        names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      );
      return { names, urls: lists.flat() };
    });
    expect(kept.names).toEqual([expect.stringMatching(new RegExp(`^cac-offline:${BASE}:`))]);
    expect(kept.urls.length).toBeGreaterThan(100);
    expect(kept.urls.filter((url) => !url.startsWith(`${server!.origin}${BASE}`))).toEqual([]);
    await context.setOffline(true);
    await page.goto(`${server!.origin}${BASE}articoli/person-centricity/`);
    expect(await page.locator('article h1').first().isVisible()).toBe(true);
    await page.goto(`${server!.origin}${BASE}non-ancora-scritto/`);
    await page.locator('[data-offline-missing]:not([hidden])').waitFor();
    await context.close();
  });
});
