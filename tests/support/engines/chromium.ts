import type { Frame } from 'playwright-core';
import { launchBrowser } from '../browser';
import { callSource, withFrame, type Session } from './session';

/** Chromium through Playwright (Debian's chromium, as the rest of the browser tests). */
export async function chromiumSession(): Promise<Session> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const frames: Frame[] = [page.mainFrame()];
  const current = () => frames[frames.length - 1]!;
  // Playwright's CSS already goes through open shadow roots.
  const css = (selector: string) => selector.replaceAll('>>>', ' ');
  return {
    engine: 'chromium',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    run: (fn, ...args) => current().evaluate(callSource(fn, args)),
    async click(selector) {
      await current().click(css(selector));
    },
    async fill(selector, text) {
      await current().fill(css(selector), '');
      await current().focus(css(selector));
      await page.keyboard.type(text);
    },
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    resize: (width, height) => page.setViewportSize({ width, height }),
    async inFrame(selector, body) {
      const frame = await (await current().waitForSelector(css(selector))).contentFrame();
      return withFrame(frames, frame, selector, body);
    },
    close: () => browser.close(),
  };
}
