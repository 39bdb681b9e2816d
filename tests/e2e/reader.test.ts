import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { OpenedPages, useSite } from '../support/pages';
import { PAGE_KINDS } from '../support/site';

const site = useSite();
const { origin, open } = site;

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(Object.entries(PAGE_KINDS))(
      `%s page (%s) has no violations in the ${scheme} theme`,
      async (_kind, path) => {
        const page = await open(path, { colorScheme: scheme, reducedMotion: 'reduce' });
        await expectAccessible(page);
        await page.close();
      },
    );
  }
});

describe('reading the site', () => {
  test('a reload keeps the reader’s place in a long essay', async () => {
    const page = await open(PAGE_KINDS['essay']!);
    const place = await page.evaluate(async () => {
      window.scrollTo({ top: Math.round(document.documentElement.scrollHeight * 0.6), behavior: 'instant' });
      await new Promise(requestAnimationFrame);
      return window.scrollY;
    });
    expect(place).toBeGreaterThan(1000);
    await page.reload({ waitUntil: 'load' });
    // The browser's own scroll restoration: nothing on the page may reset it after load.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(place - 40);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - place)).toBeLessThan(40);
    await page.close();
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await open(PAGE_KINDS['essay']!);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect.poll(() => skip.innerText()).toBe('Vai al contenuto');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenuto');
    await page.close();
  });

  test.each(Object.entries(PAGE_KINDS))(
    '%s page (%s) fits a 320 px screen without sideways scrolling',
    async (_kind, path) => {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await page.close();
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );

  test('the dark theme follows the system setting', async () => {
    const light = await open('/', { colorScheme: 'light' });
    const dark = await open('/', { colorScheme: 'dark' });
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [lightBg, darkBg] = await Promise.all([background(light), background(dark)]);
    await Promise.all([light.close(), dark.close()]);
    expect(lightBg).not.toBe(darkBg);
    const luminance = (rgb: string) =>
      (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    expect(luminance(darkBg)).toBeLessThan(luminance(lightBg));
  });

  test('the navigation marks where the reader is', async () => {
    const page = await open('/temi/fiducia/');
    const current = await page.locator('nav a[aria-current]').allTextContents();
    await page.close();
    expect(current.map((text) => text.trim())).toEqual(['Temi']);
  });

  test('a reader goes from the home page to an essay, its author and its topic', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: /^Quante ore, su quaranta, per il cliente\?/ }).click();
    await page.waitForURL('**/articoli/quanto-tempo-per-il-cliente/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/su quaranta/);
    await page.getByRole('link', { name: 'Dalle idee di Mario Sala' }).click();
    await page.waitForURL('**/autori/mario-sala/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mario Sala');
    await page.goBack();
    await page.getByRole('link', { name: 'Organizzazione e tempo' }).first().click();
    await page.waitForURL('**/temi/organizzazione/');
    expect(await page.getByRole('link', { name: /Il pendolo/ }).count()).toBe(1);
    await page.close();
  });

  test('an unknown address answers 404 with a way back', async () => {
    const page = await open('/');
    const response = await page.goto(`${origin}/articoli/inesistente/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina non trovata');
    expect(await page.getByRole('link', { name: 'l’elenco degli articoli' }).getAttribute('href')).toBe(
      '/articoli/',
    );
    await page.close();
  });
});

describe('the pages the tests open', () => {
  // A script error used to be thrown from a Playwright listener and a closed page's context closed
  // without anyone awaiting it: both ran outside every test, and a run whose tests all passed
  // failed with an unhandled error ("Target page, context or browser has been closed").
  test('a script error fails the test that saw it, and no context outlives its test', async () => {
    const pages = new OpenedPages();
    const page = await pages.open(site.browser, `${origin}/`);
    const seen = page.waitForEvent('pageerror');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown on purpose');
      });
    });
    await seen;
    await page.close();
    await expect(pages.settle()).rejects.toThrow(
      /Script errors in the pages this test opened:\n.*thrown on purpose/,
    );
    expect(site.browser.contexts()).not.toContain(page.context());
    await expect(pages.settle()).resolves.toBeUndefined();
  });
});
