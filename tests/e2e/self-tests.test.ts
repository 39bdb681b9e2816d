import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/pages';

const site = useSite();
const { open } = site;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const result = (page: Page, id: string) => page.locator(`cac-self-test[test-id="${id}"] [data-result]`);

/** Fills the pendulum by keyboard: Tab to each hours field and type. */
async function fillPendulum(page: Page, hours: Record<string, string>): Promise<void> {
  for (const [item, value] of Object.entries(hours)) {
    await tabTo(page, `#pendolo-ore-${item}`);
    await page.keyboard.type(value);
  }
}

describe('the pendulum, by keyboard', () => {
  test('a reader completes it, reads the result, and finds the answers after a reload', async () => {
    const page = await open('/autovalutazioni/pendolo/');
    expect(await axeViolations(page)).toEqual([]);
    await fillPendulum(page, { riunioni: '12', report: '6', 'cliente-interno': '8', 'cliente-finale': '10' });
    expect(await page.locator('[data-sum-for="ore"]').textContent()).toBe(
      'Assegnate 36 ore su 40; ne restano 4.',
    );
    await page.keyboard.press('Enter');
    await result(page, 'pendolo').waitFor();
    // (10 + 8 / 2) / 40 = 35%: "Un pendolo in movimento" (30–49).
    expect(await page.locator('[data-live]').textContent()).toBe(
      'Risultato: Un pendolo in movimento. Punteggio 35 su 100.',
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Il tuo risultato');
    const pendulum = result(page, 'pendolo').locator('svg.pendulum');
    expect(await pendulum.getAttribute('role')).toBe('img');
    expect(await pendulum.getAttribute('aria-label')).toContain('35%');
    expect(await result(page, 'pendolo').locator('.bars li').allInnerTexts()).toEqual([
      expect.stringMatching(/Cliente finale\s+10 ore, il 25% della settimana/),
      expect.stringMatching(/Cliente interno\s+8 ore, il 20% della settimana/),
      expect.stringMatching(/Organizzazione\s+18 ore, il 45% della settimana/),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    expect(await page.locator('#pendolo-ore-riunioni').inputValue()).toBe('12');
    expect(await page.locator('#pendolo-ore-cliente-finale').inputValue()).toBe('10');
    await result(page, 'pendolo').waitFor();
    expect(await result(page, 'pendolo').locator('.band').textContent()).toBe('Un pendolo in movimento');
    await page.close();
  });

  test('hours are checked as they are typed, and a week that does not add up gives no result', async () => {
    const page = await open('/autovalutazioni/pendolo/');
    await fillPendulum(page, { riunioni: '2.25' });
    expect(await page.locator('[data-error-for="ore.riunioni"]').textContent()).toBe(
      'Usa multipli di 0,5 ore (per esempio 2,5).',
    );
    expect(await page.locator('#pendolo-ore-riunioni').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('30');
    expect(await page.locator('[data-error-for="ore.riunioni"]').textContent()).toBe('');
    await fillPendulum(page, { 'cliente-finale': '20' });
    expect(await page.locator('[data-sum-for="ore"]').textContent()).toBe(
      'Hai assegnato 50 ore su 40: ne hai 10 di troppo.',
    );
    await page.keyboard.press('Enter');
    expect(await result(page, 'pendolo').isHidden()).toBe(true);
    await page.close();
  });
});

describe('customer centricity by department, by keyboard', () => {
  test('asking too early lists the missing questions; completing it names the weakest department', async () => {
    const page = await open('/autovalutazioni/centralita-del-cliente/');
    await tabTo(page, 'cac-self-test button[type="submit"]', 150);
    await page.keyboard.press('Enter');
    const missing = page.locator('[data-missing]');
    expect(await missing.isVisible()).toBe(true);
    expect(await missing.locator('li').count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-missing'))).toBe(true);

    // Every department: "In parte" (Tab into the row, Space picks "No", → moves to "In parte"),
    // except IT, which stays at "No" on every question.
    const rows = await page.locator('cac-self-test fieldset.row').count();
    expect(rows).toBe(18);
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'cac-self-test input[type="radio"]');
    for (let row = 0; row < rows; row++) {
      if (row > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
      if (!name.endsWith('.it')) await page.keyboard.press('ArrowRight');
    }
    expect(await page.locator('[data-progress]').textContent()).toBe('Risposte date: 3 su 3');
    await tabTo(page, 'cac-self-test button[type="submit"]');
    await page.keyboard.press('Enter');
    await result(page, 'centralita-del-cliente').waitFor();
    expect(await missing.isHidden()).toBe(true);
    // Five departments at 50, IT at 0: overall 42, "A macchia di leopardo" (34–66).
    expect(await page.locator('[data-live]').textContent()).toBe(
      'Risultato: A macchia di leopardo. Punteggio 42 su 100.',
    );
    expect(await result(page, 'centralita-del-cliente').locator('.weakest').textContent()).toBe(
      'Il punto più debole: IT.',
    );
    expect(await result(page, 'centralita-del-cliente').locator('.bars li').count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);

    const shareUrl = await page.locator('[data-share-url]').inputValue();
    await page.close();

    // The share link, opened in a fresh browser with no saved answers, shows the same result.
    expect(new URL(shareUrl).hash).toMatch(/^#centralita-del-cliente=v1-/);
    const fresh = await open(new URL(shareUrl).pathname + new URL(shareUrl).hash);
    await result(fresh, 'centralita-del-cliente').waitFor();
    expect(await result(fresh, 'centralita-del-cliente').locator('.overall').textContent()).toBe(
      'Punteggio complessivo: 42 su 100.',
    );
    expect(await fresh.locator('input[name="centralita-del-cliente/misura.it"][value="0"]').isChecked()).toBe(
      true,
    );
    await fresh.close();
  });
});

describe('robustness and privacy', () => {
  test('a test still completes when storage throws on every access', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/autovalutazioni/fiducia/`);
    const groups = page.locator('cac-self-test fieldset.question');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type="radio"]').last().check();
    await page.locator('cac-self-test button[type="submit"]').click();
    await result(page, 'fiducia').waitFor();
    expect(await result(page, 'fiducia').locator('.band').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('broken saved data is discarded and the reset button clears the answers', async () => {
    const page = await open('/autovalutazioni/e-il-cliente/');
    const radios = page.locator('cac-self-test input[type="radio"]');
    await radios.first().check();
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('cac:autovalutazione:e-il-cliente:')),
    );
    expect(keys.length).toBe(1);
    await page.evaluate((key) => localStorage.setItem(key, '{"answers": {'), keys[0]!);
    await page.reload();
    await page.locator('cac-self-test[ready]').waitFor();
    expect(await page.locator('cac-self-test input[type="radio"]:checked').count()).toBe(0);

    await radios.first().check();
    await page.reload();
    expect(await radios.first().isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Ricomincia da capo' }).click();
    expect(await page.locator('cac-self-test input[type="radio"]:checked').count()).toBe(0);
    await page.reload();
    await page.locator('cac-self-test[ready]').waitFor();
    expect(await page.locator('cac-self-test input[type="radio"]:checked').count()).toBe(0);
    await page.close();
  });

  test('taking a test sends nothing anywhere and sets no cookie', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/autovalutazioni/person-centricity/`);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const groups = page.locator('cac-self-test fieldset.question');
    for (let i = 0; i < (await groups.count()); i++)
      await groups.nth(i).locator('input[type="radio"]').nth(2).check();
    await page.locator('cac-self-test button[type="submit"]').click();
    await result(page, 'person-centricity').waitFor();
    expect(requests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  test('the questions are real HTML without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/autovalutazioni/person-centricity/`);
    expect(
      await page
        .getByRole('group', { name: /Quando preparo un messaggio/ })
        .getByRole('radio')
        .count(),
    ).toBe(5);
    expect(await page.locator('cac-self-test noscript').count()).toBe(1);
    await context.close();
  });
});

describe('where the tests appear', () => {
  test('the list links to each of the five tests', async () => {
    const page = await open('/autovalutazioni/');
    const links = await page
      .locator('main h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.sort()).toEqual(
      ['centralita-del-cliente', 'e-il-cliente', 'fiducia', 'pendolo', 'person-centricity'].map(
        (id) => `/autovalutazioni/${id}/`,
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('each essay embeds its test, which works there too', async () => {
    const page = await open('/articoli/relazione-con-il-cliente-fiducia/');
    const test = page.locator('cac-self-test[test-id="fiducia"]');
    await test.locator('[data-progress]').waitFor();
    const groups = test.locator('fieldset.question');
    for (let i = 0; i < (await groups.count()); i++)
      await groups.nth(i).locator('input[type="radio"]').first().check();
    await test.locator('button[type="submit"]').click();
    await result(page, 'fiducia').waitFor();
    expect(
      await result(page, 'fiducia').locator('a[href="/articoli/relazione-con-il-cliente-fiducia/"]').count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
