import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, globSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, Origin, type WebDriver, type WebElement } from 'selenium-webdriver';
import { callSource, middleOf, splitKeys, throughFrame, type Session } from './session';

const DRIVER = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';

/** The MiniBrowser of Debian's libwebkit2gtk-4.1, which WebKitWebDriver starts and drives. */
export function miniBrowserPath(): string {
  const found = [process.env['MINIBROWSER_PATH'], ...globSync('/usr/lib/*/webkit2gtk-4.1/MiniBrowser')].find(
    (path): path is string => Boolean(path && existsSync(path)),
  );
  if (!found || !existsSync(DRIVER) || !existsSync('/usr/bin/xvfb-run'))
    throw new Error(
      'No WebKit for the engine tests. Install it (Debian: apt-get install webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb) or set WEBKIT_DRIVER_PATH and MINIBROWSER_PATH.',
    );
  return found;
}

const KEYS: Record<string, string> = {
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Backspace: Key.BACK_SPACE,
  Control: Key.CONTROL,
  Shift: Key.SHIFT,
  Alt: Key.ALT,
  Meta: Key.META,
};
const key = (name: string) => KEYS[name] ?? name;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`webkit: ${what} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A GTK stylesheet that lets MiniBrowser's window be as narrow as a phone: its toolbar's buttons
 * and address field otherwise hold it at 447 px or more (measured with WebKitGTK 2.50).
 */
function narrowToolbar(home: string): void {
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    // Every GTK widget: MiniBrowser's toolbar is not a `toolbar` node. The page is not styled by GTK.
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n',
  );
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, in a virtual display of xvfb-run. */
export async function webkitSession(): Promise<Session> {
  const miniBrowser = miniBrowserPath();
  const home = mkdtempSync(join(tmpdir(), 'cac-webkit-'));
  narrowToolbar(home);
  const port = await freePort();
  const server: ChildProcess = spawn(
    '/usr/bin/xvfb-run',
    ['-a', '-s', '-screen 0 1600x1200x24', DRIVER, `--port=${port}`],
    {
      detached: true, // its own process group: closing kills xvfb-run, Xvfb and the driver together
      stdio: 'ignore',
      env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, XDG_DATA_HOME: home },
    },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let driver: WebDriver;
  try {
    const url = `http://127.0.0.1:${port}`;
    await until('WebKitWebDriver did not answer', async () => (await fetch(`${url}/status`)).ok);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      })
      .build();
  } catch (error) {
    stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const d = driver;
  await d.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });

  // WebKitWebDriver may answer a navigation before the load event.
  const loaded = () =>
    until('the page did not finish loading', () =>
      d.executeScript<boolean>('return document.readyState === "complete"'),
    );
  async function find(selector: string): Promise<WebElement> {
    const [first, ...inner] = selector.split('>>>').map((part) => part.trim());
    let element = await until(
      `no element ${first}`,
      async () => (await d.findElements(By.css(first!)))[0],
      10_000,
    );
    for (const part of inner) {
      const root = await element.getShadowRoot();
      element = await until(
        `no element ${part} in the shadow root`,
        async () => (await root.findElements(By.css(part)))[0],
        10_000,
      );
    }
    return element;
  }
  async function resize(width: number, height: number): Promise<void> {
    // The window's size includes MiniBrowser's own toolbar: measure it and make up the difference.
    for (let i = 0; i < 3; i++) {
      const rect = await d.manage().window().getRect();
      const inner = await d.executeScript<[number, number]>('return [innerWidth, innerHeight]');
      if (inner[0] === width && inner[1] === height) return;
      await d
        .manage()
        .window()
        .setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    }
    const inner = await d.executeScript<[number, number]>('return [innerWidth, innerHeight]');
    if (inner[0] !== width) throw new Error(`webkit: the viewport is ${inner[0]} px wide, not ${width}`);
  }
  await resize(1280, 900);
  /** The <iframe> elements of the frames entered, outermost first. */
  const holders: WebElement[] = [];
  return {
    engine: 'webkit',
    async goto(url) {
      await d.get(url);
      await loaded();
    },
    async reload() {
      await d.navigate().refresh();
      await loaded();
    },
    run: (fn, ...args) => d.executeScript(`return ${callSource(fn, args)}`),
    async click(selector) {
      const element = await find(selector);
      await d.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', element);
      if (holders.length === 0 && !selector.includes('>>>')) {
        await element.click();
        return;
      }
      if (holders.length === 0) {
        // In a shadow root WebKitWebDriver's click misses (a radio stays unchecked): press Space
        // (Enter on a link) on it, as a keyboard user does.
        const link = (await element.getTagName()).toLowerCase() === 'a';
        await element.sendKeys(link ? Key.ENTER : Key.SPACE);
        return;
      }
      // In a frame it misses too ("move target out of bounds" with actions): take the element's
      // middle to window coordinates through each <iframe>, click there, and go back in.
      let point = await d.executeScript<{ x: number; y: number }>(
        `return (${middleOf.toString()})(arguments[0])`,
        element,
      );
      await d.switchTo().defaultContent();
      try {
        for (let index = holders.length - 1; index >= 0; index--) {
          await d.switchTo().defaultContent();
          for (const outer of holders.slice(0, index)) await d.switchTo().frame(outer);
          point = await d.executeScript<{ x: number; y: number }>(
            `return (${throughFrame.toString()})(arguments[0], arguments[1])`,
            holders[index]!,
            point,
          );
        }
        await d.switchTo().defaultContent();
        await d
          .actions()
          .move({ x: Math.round(point.x), y: Math.round(point.y), origin: Origin.VIEWPORT })
          .click()
          .perform();
      } finally {
        await d.switchTo().defaultContent();
        for (const holder of holders) await d.switchTo().frame(holder);
      }
    },
    async fill(selector, text) {
      // WebDriver's clear refuses a field WebKit does not deem in view: empty it by script.
      const element = await find(selector);
      await d.executeScript(
        'arguments[0].scrollIntoView({ block: "center", behavior: "instant" }); arguments[0].value = ""',
        element,
      );
      await element.sendKeys(text);
    },
    type: (text) => d.actions().sendKeys(text).perform(),
    async press(keys) {
      const { modifiers, key: last } = splitKeys(keys);
      let actions = d.actions();
      for (const modifier of modifiers) actions = actions.keyDown(key(modifier));
      actions = actions.sendKeys(key(last));
      for (const modifier of [...modifiers].reverse()) actions = actions.keyUp(key(modifier));
      await actions.perform();
    },
    resize,
    async inFrame(selector, body) {
      const holder = await find(selector);
      await d.switchTo().frame(holder);
      holders.push(holder);
      try {
        return await body();
      } finally {
        holders.pop();
        await d.switchTo().parentFrame();
      }
    },
    async close() {
      await d.quit().catch(() => undefined);
      stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
