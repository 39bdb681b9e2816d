import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Frame } from 'puppeteer-core';
import { callSource, middleOf, splitKeys, throughFrame, withFrame, type Session } from './session';

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  const found = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => Boolean(path && existsSync(path)),
  );
  if (!found)
    throw new Error(
      'No Firefox found for the engine tests. Install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  return found;
}

/** Firefox ESR through Puppeteer over WebDriver BiDi, headless, in a profile of its own. */
export async function firefoxSession(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'cac-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // The network here is closed: no updates, telemetry or safe-browsing lists.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 60_000,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const frames: Frame[] = [page.mainFrame()];
  const current = () => frames[frames.length - 1]!;
  /** The <iframe> elements of the frames entered, outermost first. */
  const holders: ElementHandle[] = [];
  return {
    engine: 'firefox',
    async goto(url) {
      // A page that replaces itself at once (a shared result's page does) aborts the navigation
      // Firefox was waiting for: then wait for the page it went on to.
      await page.goto(url, { waitUntil: 'load' }).catch((error: unknown) => {
        if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
      });
      const end = Date.now() + 30_000;
      while ((await page.evaluate(() => document.readyState).catch(() => 'loading')) !== 'complete') {
        if (Date.now() > end) throw new Error(`firefox: ${url} did not finish loading`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    run: (fn, ...args) => current().evaluate(callSource(fn, args)) as never,
    async click(selector) {
      // Not a Locator: its wait for a stable box never ends in headless Firefox ESR 140.
      const element = await current().waitForSelector(selector, { visible: true, timeout: 10_000 });
      if (holders.length === 0) return element!.click();
      // In a frame, ElementHandle.click asks for the frame's element (browsingContext.locateNodes
      // with a "context" locator, which Firefox ESR 140 rejects): take the element's middle to
      // window coordinates through each <iframe> ourselves, and click there.
      let point = await element!.evaluate(middleOf);
      for (const holder of [...holders].reverse()) point = await holder.evaluate(throughFrame, point);
      await page.mouse.click(point.x, point.y);
    },
    async fill(selector, text) {
      const element = await current().waitForSelector(selector, { visible: true, timeout: 10_000 });
      await element!.evaluate((field) => {
        (field as HTMLInputElement).value = '';
      });
      await element!.focus();
      await page.keyboard.type(text);
    },
    type: (text) => page.keyboard.type(text),
    async press(keys) {
      const { modifiers, key } = splitKeys(keys);
      for (const modifier of modifiers) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as never);
    },
    async resize(width, height) {
      // Puppeteer also sends emulation.setScreenOrientationOverride, which Firefox ESR 140 does not
      // know; the viewport command beside it is applied all the same (checked below).
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      // The new size reaches the page a moment later.
      const end = Date.now() + 5_000;
      for (;;) {
        const inner = await page.evaluate(() => innerWidth);
        if (inner === width) return;
        if (Date.now() > end) throw new Error(`firefox: the viewport is ${inner} px wide, not ${width}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async inFrame(selector, body) {
      // Not handle.contentFrame(): it asks for browsingContext.locateNodes with a "context"
      // locator, which Firefox ESR 140 rejects. The frame is the last child loading its address.
      const handle = await current().waitForSelector(selector);
      const src = (await handle!.evaluate((frame) => (frame as HTMLIFrameElement).src)).split('#')[0];
      const frame = current()
        .childFrames()
        .filter((child) => child.url().split('#')[0] === src)
        .at(-1);
      holders.push(handle!);
      try {
        return await withFrame(frames, frame, selector, body);
      } finally {
        holders.pop();
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
