import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clampHeight,
  SELF_TEST_EVENT_TYPES,
  START_HEIGHT,
  WP_MAX_HEIGHT,
  WP_MIN_HEIGHT,
} from '../../src/lib/embed';
import { serveHosts } from '../support/host-server';
import { expectAccessible } from '../support/axe';
import { tabTo, useSite } from '../support/pages';
import { expectResultFromFile, selfTestFile } from '../support/self-tests';
import { SITE_URL } from '../support/site';
import type { StaticServer } from '../support/static-server';

const site = useSite();
let hosts: StaticServer | undefined;
beforeAll(async () => {
  hosts = await serveHosts(site.origin);
});
afterAll(async () => {
  await hosts?.close();
});

interface HostPage {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/**
 * A host page on the second origin, collecting every script error of the page and its frames.
 * `resizerAfter`: /embed.js is held back until it settles, as on a slow network.
 */
async function openHost(
  path: string,
  { width = 700, resizerAfter }: { width?: number; resizerAfter?: Promise<unknown> } = {},
): Promise<HostPage> {
  const context = await site.browser.newContext({ viewport: { width, height: 2400 } });
  if (resizerAfter)
    await context.route(`${site.origin}/embed.js`, async (route) => {
      await resizerAfter;
      await route.continue();
    });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${hosts!.origin}/${path}`, { waitUntil: resizerAfter ? 'domcontentloaded' : 'load' });
  // A held-back /embed.js may still be waiting when the test closes the host: its route handler
  // then meets a closed context, outside the test; unrouteAll lets it finish quietly first.
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { page, errors, close };
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  await frame.waitForSelector('cac-self-test[ready]');
  return frame;
}

const frameHeight = (page: Page, selector: string) =>
  page.$eval(selector, (frame) => (frame as HTMLIFrameElement).getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

describe('iframe snippet on a hostile host page', () => {
  test('each frame fits its content, grows and shrinks with it, independently; forged messages are ignored', async () => {
    const host = await openHost('hostile.html');
    const { page } = host;
    const one = await frameOf(page, '#one');
    const two = await frameOf(page, '#two');
    await expect
      .poll(async () => Math.abs((await frameHeight(page, '#one')) - (await contentHeight(one))), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(1);
    // The second frame may load later (lazy, lower on the page): it gets the same time as the first.
    await expect
      .poll(async () => Math.abs((await frameHeight(page, '#two')) - (await contentHeight(two))), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(1);
    const start = await frameHeight(page, '#one');
    expect(await frameHeight(page, '#two')).not.toBe(start);

    // Keyboard only, inside the frame: fill the week and ask for the result.
    await tabTo(page, '#pendolo-ore-riunioni', { within: one });
    await page.keyboard.type('20');
    await tabTo(page, '#pendolo-ore-cliente-finale', { within: one });
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await one.waitForSelector('[data-result]:not([hidden])');
    await expect.poll(() => frameHeight(page, '#one')).toBeGreaterThan(start + 200);
    await expect
      .poll(async () => Math.abs((await frameHeight(page, '#one')) - (await contentHeight(one))))
      .toBeLessThanOrEqual(1);
    const twoBefore = await frameHeight(page, '#two');

    await one.getByRole('button', { name: 'Ricomincia da capo' }).click();
    await expect.poll(() => frameHeight(page, '#one')).toBeLessThan(start + 50);
    expect(await frameHeight(page, '#two')).toBe(twoBefore);

    // The rogue frame has been posting height 3210 all along.
    expect(await frameHeight(page, '#one')).not.toBe(3210);
    expect(await frameHeight(page, '#two')).not.toBe(3210);
    expect(
      host.errors.filter(
        (error) => !error.includes('frame-ancestors') && !error.includes('Refused to display'),
      ),
    ).toEqual([]);
    await host.close();
  });

  test('a frame that reported its height before the resizer script arrived still gets its height', async () => {
    const resizer = Promise.withResolvers<undefined>();
    const host = await openHost('hostile.html', { resizerAfter: resizer.promise });
    const one = await frameOf(host.page, '#one');
    // Two frames later the frame has reported its first height, to a page not yet listening.
    await one.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await frameHeight(host.page, '#one')).toBe(START_HEIGHT);
    resizer.resolve(undefined);
    await expect
      .poll(async () => Math.abs((await frameHeight(host.page, '#one')) - (await contentHeight(one))), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(1);
    await host.close();
  });

  test('other pages of the site refuse to be framed by another site', async () => {
    const host = await openHost('hostile.html');
    await host.page.waitForLoadState('load');
    const forbidden = await (await host.page.$('#forbidden'))?.contentFrame();
    const blocked = await forbidden
      ?.evaluate(() => document.querySelector('cac-self-test, h1')?.textContent ?? '')
      .catch(() => '');
    expect(blocked ?? '').not.toContain('Person centricity');
    await host.close();
  });
});

describe('web component on a hostile host page', () => {
  test('renders the test in a shadow root the host CSS cannot reach, and leaves the host alone', async () => {
    const host = await openHost('hostile.html');
    const { page } = host;
    const widget = page.locator('#widget');
    await widget.locator('cac-self-test[ready]').waitFor();
    const inside = await widget
      .locator('fieldset.question legend')
      .first()
      .evaluate((legend) => {
        const style = getComputedStyle(legend);
        return {
          font: style.fontFamily,
          size: style.fontSize,
          color: style.color,
          spacing: style.letterSpacing,
        };
      });
    expect(inside.font).not.toContain('Comic Sans');
    expect(inside.size).not.toBe('31px');
    expect(inside.color).not.toBe('rgb(0, 255, 0)');
    expect(inside.spacing).toBe('normal');
    expect(await widget.evaluate((element) => getComputedStyle(element).display)).toBe('block');

    const hostText = await page
      .locator('#host-text')
      .evaluate((p) => ({ font: getComputedStyle(p).fontFamily, size: getComputedStyle(p).fontSize }));
    expect(hostText.font).toContain('Comic Sans');
    expect(hostText.size).toBe('31px');
    expect(await page.locator('#host-message').evaluate((p) => getComputedStyle(p).display)).toBe('none');

    // It works: answer by clicking inside the shadow root.
    // At least half of the week assigned: fewer hours withhold the result.
    await widget.locator('#pendolo-ore-cliente-finale').fill('30');
    await widget.getByRole('button', { name: 'Vedi il risultato' }).click();
    expect(await widget.locator('[data-result] .band').textContent()).toBeTruthy();

    expect(await page.locator('#unknown .message').textContent()).toContain('«non-esiste»');
    expect(
      host.errors.filter(
        (error) => !error.includes('frame-ancestors') && !error.includes('Refused to display'),
      ),
    ).toEqual([]);
    await host.close();
  });
});

/** Starts recording, on the host page, the test's events that reach `selector` (a frame or the widget). */
async function recordEvents(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    ({ selector, types }) => {
      const target = document.querySelector(selector)!;
      const log: { type: string; detail: unknown }[] = [];
      (window as unknown as { cacEvents: typeof log }).cacEvents = log;
      for (const type of types)
        target.addEventListener(type, (event) => {
          log.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) as unknown });
        });
    },
    { selector, types: [...SELF_TEST_EVENT_TYPES] },
  );
}

const recorded = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { cacEvents: { type: string; detail: Record<string, unknown> }[] }).cacEvents,
  );

/**
 * The events of one pendulum completed on the host page: in order (started, progress…, completed),
 * each with exactly the fields of the contract (the band on completion only) and never an answer:
 * the hours typed (16, 14) are nowhere, the counts are of questions.
 */
async function expectPendulumEvents(page: Page): Promise<void> {
  const file = selfTestFile('it', 'pendolo');
  const questions = file.groups.flatMap((group) => group.questions).length;
  const bandIds = (file.bands as unknown as { id: string }[]).map((band) => band.id);
  await expect.poll(async () => (await recorded(page)).at(-1)?.type).toBe('cac:completed');
  const events = await recorded(page);
  expect(events.map((event) => event.type).join(' ')).toMatch(/^cac:started( cac:progress)+ cac:completed$/);
  for (const { type, detail } of events) {
    const keys =
      type === 'cac:completed'
        ? ['answered', 'band', 'locale', 'test', 'total']
        : ['answered', 'locale', 'test', 'total'];
    expect(Object.keys(detail).sort(), type).toEqual(keys);
    expect(detail).toMatchObject({ test: 'pendolo', locale: 'it', total: questions });
    expect(detail['answered']).toBeLessThanOrEqual(questions);
  }
  expect(bandIds).toContain(events.at(-1)!.detail['band']);
  expect(JSON.stringify(events)).not.toMatch(/\b1[46]\b/);
}

describe('events for the host page', () => {
  test('a cross-origin host page gets the test’s events on the iframe, through /embed.js, in order and without answers', async () => {
    const host = await openHost('hostile.html');
    const { page } = host;
    const frame = await frameOf(page, '#one');
    await recordEvents(page, '#one');
    await frame.locator('#pendolo-ore-riunioni').fill('16');
    await frame.locator('#pendolo-ore-cliente-finale').fill('14');
    await frame.locator('button[type="submit"]').click();
    await frame.waitForSelector('[data-result]:not([hidden])');
    await expectPendulumEvents(page);
    await host.close();
  });

  test('the web component dispatches the same events on its element', async () => {
    const host = await openHost('hostile.html');
    const { page } = host;
    const widget = page.locator('#widget');
    await widget.locator('cac-self-test[ready]').waitFor();
    await recordEvents(page, '#widget');
    await widget.locator('#pendolo-ore-riunioni').fill('16');
    await widget.locator('#pendolo-ore-cliente-finale').fill('14');
    await widget.locator('button[type="submit"]').click();
    await widget.locator('[data-result]:not([hidden])').waitFor();
    await expectPendulumEvents(page);
    await host.close();
  });
});

describe('WordPress-style embed (sandboxed, opaque origin, secret)', () => {
  test('the pendulum can be completed by keyboard; every height message carries the secret and stays in 200–1000', async () => {
    const host = await openHost('wordpress.html?__TEST__=pendolo&__SECRET__=Xy12ab', { width: 600 });
    const { page } = host;
    const frame = await frameOf(page, 'iframe.wp-embedded-content');
    await expect
      .poll(() => page.$eval('iframe.wp-embedded-content', (f) => f.hasAttribute('style')))
      .toBe(false);
    await tabTo(page, '#pendolo-ore-riunioni', { within: frame });
    await page.keyboard.type('16');
    await tabTo(page, '#pendolo-ore-cliente-finale', { within: frame });
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-result]:not([hidden])');
    expect(await frame.locator('.share').isHidden()).toBe(true);
    const heights = async () =>
      (
        await page.evaluate(
          () =>
            (window as unknown as { received?: { message: string; value?: number; secret: string }[] })
              .received ?? [],
        )
      ).filter((message) => message.message === 'height');
    // The last report is the content's height with the result shown, within WordPress's range.
    await expect
      .poll(
        async () =>
          (await heights()).at(-1)?.value ===
          clampHeight(await contentHeight(frame), WP_MIN_HEIGHT, WP_MAX_HEIGHT),
      )
      .toBe(true);
    expect((await heights()).length).toBeGreaterThan(1);
    for (const message of await heights()) {
      expect(message.secret).toBe('Xy12ab');
      expect(message.value).toBeGreaterThanOrEqual(200);
      expect(message.value).toBeLessThanOrEqual(1000);
    }
    expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  test('the department matrix goes one question at a time and stays under 1000 px', async () => {
    const host = await openHost('wordpress.html?__TEST__=centralita-del-cliente&__SECRET__=Ab34cd', {
      width: 600,
    });
    const { page } = host;
    const frame = await frameOf(page, 'iframe.wp-embedded-content');
    for (let question = 0; question < 3; question++) {
      expect(await frame.locator('fieldset.question:not([hidden])').count()).toBe(1);
      expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
      const visible = frame.locator('fieldset.question:not([hidden])');
      const rows = visible.locator('fieldset.row');
      for (let row = 0; row < (await rows.count()); row++)
        await rows.nth(row).locator('input[type="radio"]:not([value="-1"])').last().check();
      if (question < 2) await frame.getByRole('button', { name: 'Avanti' }).click();
    }
    await frame.getByRole('button', { name: 'Vedi il risultato' }).click();
    await frame.waitForSelector('[data-result]:not([hidden])');
    await expectResultFromFile(frame.locator('cac-self-test'), selfTestFile('it', 'centralita-del-cliente'));
    expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('the guide per platform', () => {
  test.each([
    ['/incorpora/', '/embed/'],
    ['/en/embedding/', '/en/embed/'],
  ])(
    '%s names each platform and what it does; Discourse’s allowlist entry is the embed pages’ address',
    async (path, embeds) => {
      const page = await site.open(path);
      const platforms = await page
        .locator('[data-platform]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-platform')));
      expect(platforms).toEqual(['wordpress', 'ghost', 'discourse', 'cards', 'html']);
      expect(await page.locator('[data-platform="discourse"]').textContent()).toContain(
        `${SITE_URL}${embeds} `,
      );
      expect(await page.locator('[data-platform="ghost"]').textContent()).toMatch(/HTML/);
      await page.close();
    },
  );
});

describe('embed page', () => {
  test('has no accessibility violations, before and after the result, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await site.open(`/embed/fiducia/?theme=${theme}`);
      await page.locator('cac-self-test[ready]').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      await expectAccessible(page, { when: `${theme} theme, before the result` });
      const groups = page.locator('fieldset.question');
      for (let i = 0; i < (await groups.count()); i++)
        await groups.nth(i).locator('input[type="radio"]').nth(1).check();
      await page.getByRole('button', { name: 'Vedi il risultato' }).click();
      await page.locator('[data-result]:not([hidden])').waitFor();
      await expectAccessible(page, { when: `${theme} theme, with the result` });
      expect(await page.locator('[data-share-url]').inputValue()).toMatch(
        /\/autovalutazioni\/fiducia\/risultato\/[a-z0-9-]+\/#fiducia=v1-/,
      );
      await page.close();
    }
  });

  test('an accent colour colours the bars, and reaches text only when it stays readable', async () => {
    const dark = await site.open('/embed/pendolo/?accent=1a4fa0&theme=light');
    await dark.locator('cac-self-test[ready]').waitFor();
    expect(
      await dark.evaluate(() => document.documentElement.style.getPropertyValue('--accent-strong')),
    ).toBe('#1a4fa0');
    await dark.close();
    const pale = await site.open('/embed/pendolo/?accent=ffe066');
    await pale.locator('cac-self-test[ready]').waitFor();
    expect(await pale.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe(
      '#ffe066',
    );
    expect(
      await pale.evaluate(() => document.documentElement.style.getPropertyValue('--accent-strong')),
    ).toBe('');
    await pale.close();
  });

  test('/incorpora/ shows the three snippets and a live preview that follows the choices', async () => {
    const page = await site.open('/incorpora/');
    expect(await page.locator('[data-snippet="link"]').textContent()).toMatch(
      /\/autovalutazioni\/pendolo\/$/,
    );
    expect(await page.locator('[data-snippet="iframe"]').textContent()).toContain('/embed/pendolo/');
    expect(await page.locator('[data-snippet="widget"]').textContent()).toContain(
      '<cac-self-test-widget test="pendolo">',
    );
    await page.locator('#embed-test').selectOption('fiducia');
    await page.getByLabel('Scuro').check();
    await expect
      .poll(() => page.locator('[data-snippet="iframe"]').textContent())
      .toContain('/embed/fiducia/?theme=dark');
    expect(await page.locator('iframe.preview').getAttribute('src')).toBe('/embed/fiducia/?theme=dark');
    await expectAccessible(page);
    await page.close();
  });
});
