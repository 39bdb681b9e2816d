import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { tabTo, useSite } from '../support/pages';
import { PAGE_KINDS } from '../support/site';

// The header on a phone: one row (name, search, menu); the navigation and the language switch in
// a native popover that needs no script. On wide screens the bar is as it always was.

const site = useSite();
const ESSAY = PAGE_KINDS['essay']!;
const PHONE = { viewport: { width: 390, height: 700 } };
const isOpen = '#site-menu:popover-open';

describe('the header on a 390 px phone', () => {
  test('is one row no taller than 64 px, and the essay’s title shows without scrolling', async () => {
    const page = await site.open(ESSAY, PHONE);
    const { header, rows, title } = await page.evaluate(() => {
      const bar = document.querySelector('.site-header')!.getBoundingClientRect();
      const parts = ['.brand', '.search-trigger', '.menu-toggle'].map((s) =>
        document.querySelector(`.site-header ${s}`)!.getBoundingClientRect(),
      );
      return {
        header: bar.height,
        // Every part's middle at the same height: a single row.
        rows: new Set(parts.map((r) => Math.round((r.top + r.bottom) / 2 / 4))).size,
        title: document.querySelector('main h1')!.getBoundingClientRect().bottom,
      };
    });
    expect(header).toBeLessThanOrEqual(64);
    expect(rows).toBe(1);
    expect(title).toBeLessThan(700);
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(false);
  });

  test('the menu opens and closes by keyboard, and focus goes back to its button', async () => {
    const page = await site.open(ESSAY, PHONE);
    await tabTo(page, '.menu-toggle');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(isOpen).count()).toBe(1);
    await tabTo(page, '#site-menu nav a');
    expect(await page.locator('#site-menu a[hreflang]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(isOpen).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('.menu-toggle'))).toBe(true);
  });

  test('the menu works without JavaScript and its links lead on', async () => {
    const page = await site.open(ESSAY, { ...PHONE, javaScriptEnabled: false });
    await page.click('.menu-toggle');
    await expect.poll(() => page.locator(isOpen).count()).toBe(1);
    const href = await page.getAttribute('#site-menu nav li:nth-child(2) a', 'href');
    await page.click('#site-menu nav li:nth-child(2) a');
    await page.waitForURL((url) => url.pathname === href);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations with the menu open, ${scheme} theme`, async () => {
      const page = await site.open(ESSAY, { ...PHONE, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.click('.menu-toggle');
      await expect.poll(() => page.locator(isOpen).count()).toBe(1);
      await expectAccessible(page, { when: 'the phone menu is open' });
    });
  }
});

test('on a 1280 px screen the bar shows the navigation and no menu button', async () => {
  const page = await site.open(ESSAY, { viewport: { width: 1280, height: 800 } });
  expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
  expect(await page.locator('.site-header nav a').first().isVisible()).toBe(true);
  expect(await page.locator('.site-header .search-trigger span').first().isVisible()).toBe(true);
  const height = await page.evaluate(
    () => document.querySelector('.site-header')!.getBoundingClientRect().height,
  );
  expect(height).toBeLessThan(80);
});
