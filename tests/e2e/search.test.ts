import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { useSite } from '../support/pages';
import { DIST } from '../support/site';

const site = useSite();
const { origin, open } = site;

const pageSearch = (page: Page) => page.locator('[data-search-page] cac-search');

/** Types a query in the search page and waits for the announced count. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const search = pageSearch(page);
  await search.locator('input[type="search"]').fill(query);
  await expect
    .poll(() => search.locator('[data-status]').textContent(), { timeout: 10_000 })
    .toContain(`«${query}»`);
  return search
    .locator('ol[data-results] > li.result h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Words of the part of a built page that Pagefind indexes, without the parts it ignores. */
function indexedWords(path: string): Set<string> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const body = /data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const text = body.replace(/<(\w+)[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '');
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
}

describe('search page', () => {
  test('"fiducia" lists the trust essay first', async () => {
    const page = await open('/cerca/');
    const results = await searchFor(page, 'fiducia');
    await page.close();
    expect(results[0]).toBe('/articoli/relazione-con-il-cliente-fiducia/');
  });

  test('"percorso" finds the reading paths, which only ever say "percorsi" (Italian stemming)', async () => {
    const words = indexedWords('percorsi');
    expect(words.has('percorsi')).toBe(true);
    expect(words.has('percorso')).toBe(false);
    const page = await open('/cerca/');
    const results = await searchFor(page, 'percorso');
    await page.close();
    expect(results).toContain('/percorsi/');
  });

  test('the comparison page is found by what it is about', async () => {
    const page = await open('/cerca/');
    const results = await searchFor(page, 'cinque voci');
    await page.close();
    expect(results[0]).toBe('/confronto/');
  });

  test('a word that sits right next to a link is found', async () => {
    // "di <a>Jutta Heupel</a>." in the source box: glued words would not be indexed as "heupel".
    const page = await open('/cerca/');
    const results = await searchFor(page, 'Heupel');
    await page.close();
    expect(results).toContain('/articoli/person-centricity/');
  });

  test('the result count is announced through a polite live region', async () => {
    const page = await open('/cerca/');
    await searchFor(page, 'fiducia');
    const status = pageSearch(page).locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    // The count is of every match; the list shows the first of them, a page at a time.
    const shown = await pageSearch(page).locator('ol[data-results] > li.result').count();
    const total = Number(/^(\d+) risultati per «fiducia»\.$/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(shown);
    expect(shown).toBeGreaterThan(0);
    await page.close();
  });

  test('results show title, type, an excerpt with the words marked and sections of the page', async () => {
    const page = await open('/cerca/');
    await searchFor(page, 'fiducia');
    const first = pageSearch(page).locator('li.result').first();
    expect(await first.locator('h3').textContent()).toMatch(/fiducia/i);
    expect(await first.locator('.type').textContent()).toBe('Articolo');
    expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/fiducia/i);
    const section = first.locator('.sub-results a').first();
    expect(await section.getAttribute('href')).toMatch(/#[\w-]+/);
    await page.close();
  });

  test('a filter narrows the results and stays in the URL', async () => {
    const page = await open('/cerca/');
    await searchFor(page, 'cliente');
    const search = pageSearch(page);
    const status = search.locator('[data-status]');
    const before = await status.textContent();
    const total = Number(/^(\d+)/.exec(before ?? '')?.[1]);
    await search.getByRole('group', { name: 'Tipo' }).getByLabel('Tema').check();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe(before);
    const narrowed = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    const types = await search.locator('li.result .type').allTextContents();
    expect(types.length).toBe(Math.min(narrowed, 10));
    expect(new Set(types)).toEqual(new Set(['Tema']));
    expect(new URL(page.url()).searchParams.getAll('tipo')).toEqual(['tema']);
    await page.close();
  });

  test('typing updates the URL without reloading, and the URL runs its search', async () => {
    const page = await open('/cerca/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await searchFor(page, 'pendolo');
    expect(new URL(page.url()).searchParams.get('q')).toBe('pendolo');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.goto(`${origin}/cerca/?q=fiducia`);
    await expect
      .poll(() => pageSearch(page).locator('[data-status]').textContent(), { timeout: 10_000 })
      .toContain('«fiducia»');
    expect(await pageSearch(page).locator('input[type="search"]').inputValue()).toBe('fiducia');
    await page.close();
  });

  test('has no accessibility violations with results and filters shown', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/cerca/?q=cliente', { colorScheme });
      await expect
        .poll(() => pageSearch(page).locator('li.result').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      await page.locator('[data-tools][data-ready][open]').waitFor();
      await expectAccessible(page, { when: `${colorScheme} theme` });
      await page.close();
    }
  });
});

describe('search dialog', () => {
  test('Ctrl+K opens it with the field focused, Escape closes it and focus returns to the trigger', async () => {
    const page = await open('/articoli/person-centricity/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
    await page.close();
  });

  test('"/" opens it, but not while typing in a field', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.type('a/b');
    expect(await dialog.locator('input[type="search"]').inputValue()).toBe('a/b');
    await page.close();
  });

  test('the header link opens it, and it finds essays as one types', async () => {
    const page = await open('/temi/');
    await page.getByRole('link', { name: /Cerca/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Cerca nel sito' });
    await dialog.getByRole('combobox', { name: 'Cerca tra articoli e temi' }).fill('amazon');
    await expect
      .poll(
        () =>
          dialog
            .locator('li.result h3 a')
            .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        { timeout: 10_000 },
      )
      .toContain('/articoli/customer-centricity-significato-reale/');
    await expectAccessible(page, { include: 'dialog[data-search-dialog]' });
    await page.close();
  });

  test('following a result lands on the page with the searched word highlighted', async () => {
    const page = await open('/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.locator('input[type="search"]').fill('pendolo');
    const link = dialog.locator('li.result h3 a').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/articoli\/quanto-tempo-per-il-cliente\/\?evidenzia=pendolo/);
    const mark = page.locator('mark.pagefind-highlight').first();
    await mark.waitFor();
    expect((await mark.textContent())?.toLowerCase()).toBe('pendolo');
    expect(await mark.isVisible()).toBe(true);
    expect(
      await mark.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    await page.close();
  });

  test('no search code or index is loaded until search is opened', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/articoli/person-centricity/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const beforeOpen = requested.length;
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => requested.slice(beforeOpen).some((path) => path.endsWith('/pagefind/pagefind.js')))
      .toBe(true);
    await context.close();
  });
});
