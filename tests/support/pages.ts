import type { Browser, Page } from 'playwright-core';

/** A page in its own browser context (axe needs one), failing the test on any script error. */
export async function openPage(browser: Browser, url: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('close', () => void context.close());
  await page.goto(url);
  return page;
}
