import type { Browser, Page } from 'playwright-core';
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
  page.on('close', () => void context.close());
  await page.goto(url);
  return page;
}

/**
 * One Chromium for the test file, launched before its tests and closed after them, and `open`
 * for pages of the built site served by the e2e global setup.
 */
export function useSite() {
  const origin = inject('origin');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('useSite: the browser is not running yet (use it inside a test).');
    return browser;
  };
  return {
    origin,
    get browser(): Browser {
      return current();
    },
    open: (path: string, options: ContextOptions = {}) => openPage(current(), origin + path, options),
  };
}
