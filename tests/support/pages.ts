import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

export type ContextOptions = Parameters<Browser['newContext']>[0];

/** A page in its own browser context (axe needs one), failing the test on any script error. */
export async function openPage(browser: Browser, url: string, options: ContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  // Closing the context once the page is closed; if the test file's browser is closing at the same
  // moment, the context is gone with it, and that is not an error (left unhandled, it failed a run).
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  await page.goto(url);
  return page;
}

/**
 * One Chromium for the test file, launched before its tests and closed after them, and `open`
 * for pages of the site at `origin()`, asked when a page is opened (a site built in beforeAll).
 */
export function useBrowser(origin: () => string) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('useBrowser: the browser is not running yet (use it inside a test).');
    return browser;
  };
  return {
    get origin(): string {
      return origin();
    },
    get browser(): Browser {
      return current();
    },
    open: (path: string, options: ContextOptions = {}) => openPage(current(), origin() + path, options),
  };
}

/** useBrowser for the built site of dist/, served by the e2e global setup. */
export function useSite() {
  const origin = inject('origin');
  return useBrowser(() => origin);
}

/**
 * Presses Tab until the focused element matches `selector`, as a keyboard user would: in the page,
 * or inside the frame `within`. Fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { within, limit = 60 }: { within?: Frame; limit?: number } = {},
): Promise<void> {
  const frame = within ?? page.mainFrame();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(
      (s) => document.hasFocus() && (document.activeElement?.matches(s) ?? false),
      selector,
    );
    if (focused) return;
  }
  throw new Error(`Tab never reached ${selector}${within ? ' in the frame' : ''}`);
}
