import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

export type ContextOptions = Parameters<Browser['newContext']>[0];

/**
 * The pages `open` gave the running test, each in its own browser context (axe needs one), and
 * their script errors. `settle` closes the contexts and fails with the errors: awaited after each
 * test, so nothing is still closing while the next test runs or the browser closes, and a script
 * error fails the test that saw it. (A listener that throws, or closes the context without being
 * awaited, runs outside every test: Vitest reports it as an unhandled error after all passed.)
 */
export class OpenedPages {
  readonly #contexts = new Set<BrowserContext>();
  readonly #errors: string[] = [];

  async open(browser: Browser, url: string, options: ContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    this.#contexts.add(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.#errors.push(`${page.url()}: ${error.stack ?? error.message}`));
    await page.goto(url);
    return page;
  }

  async settle(): Promise<void> {
    const contexts = [...this.#contexts];
    this.#contexts.clear();
    const errors = this.#errors.splice(0);
    await Promise.all(contexts.map((context) => context.close()));
    if (errors.length) throw new Error(`Script errors in the pages this test opened:\n${errors.join('\n')}`);
  }
}

/**
 * One Chromium for the test file, launched before its tests and closed after them, and `open`
 * for pages of the site at `origin()`, asked when a page is opened (a site built in beforeAll).
 * A page from `open` may be closed by the test; its context is closed after the test either way.
 */
export function useBrowser(origin: () => string) {
  let browser: Browser | undefined;
  const opened = new OpenedPages();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await opened.settle();
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
    open: (path: string, options: ContextOptions = {}) => opened.open(current(), origin() + path, options),
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
