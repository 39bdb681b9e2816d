import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useSite } from '../support/pages';
import { popoverPlacements } from '../support/popovers';
import { DIST } from '../support/site';

// What WebKit and Firefox broke (issue 18), pinned down in Chromium: each test states the property
// the fix gives every engine, in a form Chromium can check.

const site = useSite();
const hosts = inject('hostsOrigin');

const EMBED_PAGES = ['embed', 'en/embed'].flatMap((folder) =>
  readdirSync(join(DIST, folder)).map((id) => `${folder}/${id}/index.html`),
);

describe('sandboxed embed styled in every engine', () => {
  // WebKit does not match style-src 'self' in a frame with an opaque origin, so the embed page
  // must need no stylesheet file at all: its CSS inline, allowed by hash.
  test.each(EMBED_PAGES)(
    '%s loads no stylesheet file, and its CSP allows its inline styles by hash',
    (file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/);
      const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const styleSrc = /style-src ([^;]+)/.exec(policy)?.[1] ?? '';
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles.length).toBeGreaterThan(0);
      for (const css of styles)
        expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    },
  );

  const probe = (frame: Frame) =>
    frame.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        const cs = getComputedStyle(element);
        return [cs.fontFamily, cs.color, cs.backgroundColor, cs.padding, cs.borderTopWidth, cs.fontSize].join(
          '|',
        );
      };
      return {
        origin: self.origin,
        styles: ['body', 'main', 'h1', 'legend', 'button.button', '.field', '.credit', '.progress'].map(
          style,
        ),
      };
    });

  async function framed(page: Page, sandboxed: boolean): Promise<Awaited<ReturnType<typeof probe>>> {
    await page.evaluate(
      ({ src, sandboxed }) => {
        for (const old of document.querySelectorAll('iframe')) old.remove();
        const frame = document.createElement('iframe');
        if (sandboxed) frame.setAttribute('sandbox', 'allow-scripts');
        frame.src = src;
        frame.width = '600';
        frame.height = '800';
        document.body.append(frame);
      },
      { src: `${site.origin}/embed/pendolo/`, sandboxed },
    );
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('cac-self-test[ready]');
    return probe(frame);
  }

  test('computed styles in a sandboxed frame (opaque origin) equal those in a plain frame', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    await page.goto(`${hosts}/wordpress.html?__TEST__=pendolo&__SECRET__=Ab12cd`);
    const plain = await framed(page, false);
    const sandboxed = await framed(page, true);
    expect(plain.origin).toBe(site.origin);
    expect(sandboxed.origin).toBe('null');
    expect(plain.styles.every((style) => style !== null)).toBe(true);
    expect(sandboxed.styles).toEqual(plain.styles);
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('hour fields read "2,5" and "2.5" alike, and never drop a value silently', () => {
  // WebKit read "2,5" in a type="number" field as no value: the total said 0 and no error showed.
  // The fields are text now, read by our parser, so the same text gives the same hours everywhere.
  const sum = (page: Page) => page.textContent('[data-sum-for="ore"]');

  test.each([
    ['it', '/autovalutazioni/pendolo/', 'Assegnate 5 ore su 40', 'it-IT'],
    ['it, in an English-speaking browser', '/autovalutazioni/pendolo/', 'Assegnate 5 ore su 40', 'en-US'],
    ['en', '/en/self-assessments/pendulum/', 'Assigned 5 hours out of 40', 'it-IT'],
  ])('%s: "2,5" and "2.5" both count 2.5 hours', async (_name, path, expected, browserLocale) => {
    const page = await site.open(path, { locale: browserLocale });
    await page.waitForSelector('cac-self-test[ready]');
    const fields = page.locator('[data-question="ore"] .items input');
    expect(await fields.first().getAttribute('type')).toBe('text');
    expect(await fields.first().getAttribute('inputmode')).toBe('decimal');
    await fields.nth(0).fill('2,5');
    await fields.nth(1).fill('2.5');
    expect(await sum(page)).toContain(expected);
    expect(await page.locator('[data-question="ore"] [aria-invalid="true"]').count()).toBe(0);
    // Kept as 2.5 after a reload, written back in the page's language.
    await page.reload();
    await page.waitForSelector('cac-self-test[ready]');
    expect(await sum(page)).toContain(expected);
    const decimal = path.startsWith('/en/') ? '2.5' : '2,5';
    expect([await fields.nth(0).inputValue(), await fields.nth(1).inputValue()]).toEqual([decimal, decimal]);
    await page.close();
  });

  test('an unreadable value gets an error next to its field, and the total says it leaves it out', async () => {
    const page = await site.open('/autovalutazioni/pendolo/');
    await page.waitForSelector('cac-self-test[ready]');
    await page.fill('#pendolo-ore-riunioni', '10');
    await page.fill('#pendolo-ore-report', 'due e mezza');
    expect(await page.getAttribute('#pendolo-ore-report', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#pendolo-ore-report-error')).toContain('«due e mezza»');
    expect(await sum(page)).toBe(
      'Assegnate 10 ore su 40; ne restano 30. Non conto le caselle da correggere (1).',
    );
    await page.fill('#pendolo-ore-report', '2,5');
    expect(await page.getAttribute('#pendolo-ore-report', 'aria-invalid')).toBe('false');
    expect(await page.textContent('#pendolo-ore-report-error')).toBe('');
    expect(await sum(page)).toBe('Assegnate 12,5 ore su 40; ne restano 27,5.');
    await page.close();
  });
});

describe('Escape in the search dialog’s field', () => {
  // WebKit's type="search" swallowed Escape (the dialog stayed open) and Firefox's only cleared the
  // field; the dialog now handles it: text is cleared first, and the status says so, then it closes.
  async function openSearch(): Promise<Page> {
    const page = await site.open('/articoli/quanto-tempo-per-il-cliente/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open] cac-search');
    return page;
  }
  const dialogOpen = (page: Page) =>
    page.$eval('dialog[data-search-dialog]', (d) => (d as HTMLDialogElement).open);
  const field = 'dialog[data-search-dialog] input[type="search"]';

  test('with text: the first Escape clears the field and says so, the next closes the dialog', async () => {
    const page = await openSearch();
    await page.keyboard.type('fiducia');
    await page.waitForSelector('dialog[data-search-dialog] [data-results] li');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.inputValue(field)).toBe('');
    expect(await page.textContent('[data-search-dialog-status]')).toBe(
      'Campo di ricerca svuotato: premi di nuovo Esc per chiudere.',
    );
    expect(await page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  test('empty: Escape closes the dialog at once', async () => {
    const page = await openSearch();
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  test('on an active result, Escape first goes back to the field and keeps its text (the combobox)', async () => {
    const page = await openSearch();
    await page.keyboard.type('fiducia');
    await page.waitForSelector('dialog[data-search-dialog] [data-results] li');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(field, 'aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.inputValue(field)).toBe('fiducia');
    expect(await page.getAttribute(field, 'aria-activedescendant')).toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.inputValue(field)).toBe('');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });
});

describe('glossary popovers placed where they fit', () => {
  // WebKit put them at the term's page position on a scrolled page (off screen) and flipped them
  // above the term with room below: src/client/term-popovers.ts places them instead.
  test.each([
    ['Italian essay, 1000 × 700', '/articoli/quanto-tempo-per-il-cliente/', { width: 1000, height: 700 }],
    ['English essay, 390 × 700', '/en/essays/how-much-time-for-the-customer/', { width: 390, height: 700 }],
  ])(
    '%s: every popover is inside the window, below its term when there is room, with the term at the top, middle and bottom of the window',
    async (_name, path, viewport) => {
      const page = await site.open(path, { viewport });
      const results = await page.evaluate(popoverPlacements);
      expect(results.length).toBeGreaterThan(9);
      expect(results.filter((result) => !result.inside)).toEqual([]);
      expect(results.filter((result) => result.roomBelow && !result.below)).toEqual([]);
      await page.close();
    },
  );
});

describe('no modulepreload links at run time', () => {
  // Vite's preload helper added <link rel="modulepreload" crossorigin> for modules already loaded
  // when the search dialog opened, and Firefox fired `error` on them: the client build adds none.
  test('opening the search dialog and searching adds no modulepreload link', async () => {
    const page = await site.open('/articoli/quanto-tempo-per-il-cliente/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open] cac-search');
    await page.keyboard.type('fiducia');
    await page.waitForSelector('dialog[data-search-dialog] [data-results] li');
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
    await page.close();
  });
});
