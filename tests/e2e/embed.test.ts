import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveHosts } from '../support/host-server';
import { useSite } from '../support/pages';
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

/** A host page on the second origin, collecting every script error of the page and its frames. */
async function openHost(path: string, width = 700): Promise<HostPage> {
  const context = await site.browser.newContext({ viewport: { width, height: 2400 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${hosts!.origin}/${path}`);
  return { page, errors, close: () => context.close() };
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

/** Presses Tab until the focused element inside the frame matches. */
async function tabInto(page: Page, frame: Frame, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (
      await frame.evaluate(
        (s) => document.hasFocus() && (document.activeElement?.matches(s) ?? false),
        selector,
      )
    )
      return;
  }
  throw new Error(`Tab never reached ${selector} in the frame`);
}

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
    await tabInto(page, one, '#pendolo-ore-riunioni');
    await page.keyboard.type('20');
    await tabInto(page, one, '#pendolo-ore-cliente-finale');
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
    await widget.locator('#pendolo-ore-cliente-finale').fill('10');
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

describe('WordPress-style embed (sandboxed, opaque origin, secret)', () => {
  test('the pendulum can be completed by keyboard; every height message carries the secret and stays in 200–1000', async () => {
    const host = await openHost('wordpress.html?__TEST__=pendolo&__SECRET__=Xy12ab', 600);
    const { page } = host;
    const frame = await frameOf(page, 'iframe.wp-embedded-content');
    await expect
      .poll(() => page.$eval('iframe.wp-embedded-content', (f) => f.hasAttribute('style')))
      .toBe(false);
    await tabInto(page, frame, '#pendolo-ore-riunioni');
    await page.keyboard.type('16');
    await tabInto(page, frame, '#pendolo-ore-cliente-finale');
    await page.keyboard.type('14');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-result]:not([hidden])');
    expect(await frame.locator('.share').isHidden()).toBe(true);
    await page.waitForTimeout(300);
    const received = await page.evaluate(
      () =>
        (window as unknown as { received?: { message: string; value?: number; secret: string }[] })
          .received ?? [],
    );
    const heights = received.filter((message) => message.message === 'height');
    expect(heights.length).toBeGreaterThan(1);
    for (const message of heights) {
      expect(message.secret).toBe('Xy12ab');
      expect(message.value).toBeGreaterThanOrEqual(200);
      expect(message.value).toBeLessThanOrEqual(1000);
    }
    expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  test('the department matrix goes one question at a time and stays under 1000 px', async () => {
    const host = await openHost('wordpress.html?__TEST__=centralita-del-cliente&__SECRET__=Ab34cd', 600);
    const { page } = host;
    const frame = await frameOf(page, 'iframe.wp-embedded-content');
    for (let question = 0; question < 3; question++) {
      expect(await frame.locator('fieldset.question:not([hidden])').count()).toBe(1);
      expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
      const visible = frame.locator('fieldset.question:not([hidden])');
      const rows = visible.locator('fieldset.row');
      for (let row = 0; row < (await rows.count()); row++)
        await rows.nth(row).locator('input[type="radio"]').last().check();
      if (question < 2) await frame.getByRole('button', { name: 'Avanti' }).click();
    }
    await frame.getByRole('button', { name: 'Vedi il risultato' }).click();
    await frame.waitForSelector('[data-result]:not([hidden])');
    expect(await frame.locator('[data-result] .overall').textContent()).toBe(
      'Punteggio complessivo: 100 su 100.',
    );
    expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('embed page', () => {
  test('has no accessibility violations, before and after the result, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await site.open(`/embed/fiducia/?theme=${theme}`);
      await page.locator('cac-self-test[ready]').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      const check = async () =>
        (
          await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze()
        ).violations.map((v) => v.id);
      expect(await check()).toEqual([]);
      const groups = page.locator('fieldset.question');
      for (let i = 0; i < (await groups.count()); i++)
        await groups.nth(i).locator('input[type="radio"]').nth(1).check();
      await page.getByRole('button', { name: 'Vedi il risultato' }).click();
      await page.locator('[data-result]:not([hidden])').waitFor();
      expect(await check()).toEqual([]);
      expect(await page.locator('[data-share-url]').inputValue()).toMatch(
        /\/autovalutazioni\/fiducia\/#fiducia=v1-/,
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
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });
});
