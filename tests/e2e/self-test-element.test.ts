import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { expectAccessible } from '../support/axe';
import { buildSite, fixtureProject } from '../support/fixture-project';
import { tabTo, useBrowser } from '../support/pages';
import {
  answerEveryQuestion,
  bandOf,
  expectResultFromFile,
  selfTestFile,
  selfTestPage,
  shownResult,
} from '../support/self-tests';
import { serveStatic, type StaticServer } from '../support/static-server';

// How <cac-self-test> behaves for a reader, on a site built once from the fixture corpus: the
// valid base (tests/fixtures/content-base) with the self-tests of tests/fixtures/self-test-ui.
// Expected texts come from those files and from the UI dictionary, so editing the real
// self-tests in content/ never breaks a test of the element.
let server: StaticServer | undefined;
let content = '';
const site = useBrowser(() => {
  if (!server) throw new Error('the fixture site is not served yet');
  return server.origin;
});

beforeAll(async () => {
  const root = fixtureProject('self-test-ui');
  content = join(root, 'content');
  server = await serveStatic(await buildSite(root));
}, 300_000);

afterAll(async () => {
  await server?.close();
});

const t = useTranslations('it');
const fixture = (id: string) => selfTestFile('it', id, content);
const selfTest = (page: Page, id: string) => page.locator(`cac-self-test[test-id="${id}"]`);

/** Opens a fixture test's own page, once its element is ready. */
async function openTest(id: string): Promise<Page> {
  const page = await site.open(selfTestPage({ locale: 'it', id }));
  await page.locator(`cac-self-test[test-id="${id}"][ready]`).waitFor();
  return page;
}

/** Fills hours of the week test by keyboard: Tab to each field and type. */
async function typeHours(page: Page, hours: Record<string, string>): Promise<void> {
  for (const [item, value] of Object.entries(hours)) {
    await tabTo(page, `#settimana-ore-${item}`);
    await page.keyboard.type(value);
  }
}

describe('a week of hours, by keyboard', () => {
  test('a reader fills the week, reads the result and its pendulum, and finds the answers after a reload', async () => {
    const file = fixture('settimana');
    const page = await openTest('settimana');
    const test = selfTest(page, 'settimana');
    await expectAccessible(page, { when: 'before any answer' });
    await typeHours(page, { riunioni: '12', colleghi: '8', clienti: '10' });
    expect(await test.locator('[data-sum-for="ore"]').textContent()).toBe(
      t('selfTest.sum', { assigned: 30, total: 40, left: 10 }),
    );
    await page.keyboard.press('Enter');
    await test.locator('[data-result]:not([hidden])').waitFor();

    // (10 customer hours + 8 colleague hours at half weight) / 40 = 35%.
    expect(await expectResultFromFile(test, file)).toBe(35);
    expect(await test.locator('[data-live]').textContent()).toBe(
      t('selfTest.summary', { band: bandOf(file, 35).title, score: 35 }),
    );
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe(
      t('selfTest.resultTitle'),
    );
    const pendulum = test.locator('[data-result] svg.pendulum');
    expect(await pendulum.getAttribute('role')).toBe('img');
    expect(await pendulum.getAttribute('aria-label')).toBe(t('selfTest.pendulum', { share: 35 }));
    expect(await test.locator('.bars li .label').allTextContents()).toEqual(
      file.dimensions.map((dimension) => dimension.label),
    );
    expect(await test.locator('.bars li .value').allTextContents()).toEqual([
      t('selfTest.hours', { hours: 10, share: 25 }),
      t('selfTest.hours', { hours: 8, share: 20 }),
      t('selfTest.hours', { hours: 12, share: 30 }),
    ]);
    await expectAccessible(page, { when: 'with the result shown' });

    await page.reload();
    await test.locator('[data-result]:not([hidden])').waitFor();
    expect(await page.locator('#settimana-ore-riunioni').inputValue()).toBe('12');
    expect(await page.locator('#settimana-ore-clienti').inputValue()).toBe('10');
    expect((await shownResult(test)).band).toBe(bandOf(file, 35).title);
    await page.close();
  });

  test('hours are checked as they are typed, and a week that does not add up gives no result', async () => {
    const page = await openTest('settimana');
    const test = selfTest(page, 'settimana');
    const error = test.locator('[data-error-for="ore.riunioni"]');
    await typeHours(page, { riunioni: '2.25' });
    expect(await error.textContent()).toBe(t('selfTest.errorStep', { step: '0,5' }));
    expect(await page.locator('#settimana-ore-riunioni').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('90');
    expect(await error.textContent()).toBe(t('selfTest.errorRange', { max: 80 }));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('30');
    expect(await error.textContent()).toBe('');
    expect(await page.locator('#settimana-ore-riunioni').getAttribute('aria-invalid')).toBe('false');
    await typeHours(page, { clienti: '20' });
    expect(await test.locator('[data-sum-for="ore"]').textContent()).toBe(
      t('selfTest.errorOver', { assigned: 50, total: 40, excess: 10 }),
    );
    await page.keyboard.press('Enter');
    expect(await test.locator('[data-result]').isHidden()).toBe(true);
    await page.close();
  });
});

describe('a matrix of departments, by keyboard', () => {
  test('asking too early lists the missing questions; completing it names the weakest department; the share link shows the same result', async () => {
    const file = fixture('reparti');
    const page = await openTest('reparti');
    const test = selfTest(page, 'reparti');
    await tabTo(page, 'cac-self-test button[type="submit"]', { limit: 150 });
    await page.keyboard.press('Enter');
    const missing = test.locator('[data-missing]');
    expect(await missing.isVisible()).toBe(true);
    const questions = file.groups.flatMap((group) => group.questions);
    expect(await missing.locator('p').textContent()).toBe(t('selfTest.missing', { count: questions.length }));
    expect(await missing.locator('li').allTextContents()).toEqual(questions.map((question) => question.text));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-missing'))).toBe(true);

    // Each radio group (every matrix row, the statement) is one Tab stop: Space picks the first
    // option ("No"), → the second ("In parte"). The IT rows stay at "No".
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'cac-self-test input[type="radio"]');
    const groups = await test
      .locator('input[type="radio"]')
      .evaluateAll((radios) => new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size);
    expect(groups).toBe(5);
    for (let group = 0; group < groups; group++) {
      if (group > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
      if (!name.endsWith('.it')) await page.keyboard.press('ArrowRight');
    }
    expect(await test.locator('[data-progress]').textContent()).toBe(
      t('selfTest.progress', { answered: questions.length, total: questions.length }),
    );
    await tabTo(page, 'cac-self-test button[type="submit"]');
    await page.keyboard.press('Enter');
    await test.locator('[data-result]:not([hidden])').waitFor();
    expect(await missing.isHidden()).toBe(true);

    // Sales and listening at 50, IT at 0: (50 + 0 + 50) / 3 = 33.
    expect(await expectResultFromFile(test, file)).toBe(33);
    const it = file.dimensions.find((dimension) => dimension.id === 'it')!;
    expect(await test.locator('.weakest').textContent()).toBe(t('selfTest.weakest', { label: it.label }));
    expect(await test.locator('.weakest + p').textContent()).toBe(it.advice);
    expect(await test.locator('.bars li').count()).toBe(file.dimensions.length);
    await expectAccessible(page, { when: 'with the result shown' });
    const shareUrl = new URL(await test.locator('[data-share-url]').inputValue());
    await page.close();

    // Opened in a fresh browser context, with no saved answers, the link shows the same result.
    expect(shareUrl.hash).toMatch(/^#reparti=v1-/);
    const fresh = await site.open(shareUrl.pathname + shareUrl.hash);
    const shared = selfTest(fresh, 'reparti');
    await shared.locator('[data-result]:not([hidden])').waitFor();
    expect(await expectResultFromFile(shared, file)).toBe(33);
    expect(await shared.locator('input[name="reparti/misura.it"][value="0"]').isChecked()).toBe(true);
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
    await page.goto(site.origin + selfTestPage({ locale: 'it', id: 'prova' }));
    await page.locator('cac-self-test[ready]').waitFor();
    await answerEveryQuestion(selfTest(page, 'prova'), { option: 'last' });
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    await selfTest(page, 'prova').locator('[data-result]:not([hidden])').waitFor();
    await expectResultFromFile(selfTest(page, 'prova'), fixture('prova'));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('broken saved data is discarded and the reset button clears the answers', async () => {
    const page = await openTest('prova');
    const radios = selfTest(page, 'prova').locator('input[type="radio"]');
    const checked = selfTest(page, 'prova').locator('input[type="radio"]:checked');
    await radios.first().check();
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('cac:autovalutazione:prova:')),
    );
    expect(keys).toHaveLength(1);
    await page.evaluate((key) => localStorage.setItem(key, '{"answers": {'), keys[0]!);
    await page.reload();
    await page.locator('cac-self-test[ready]').waitFor();
    expect(await checked.count()).toBe(0);

    await radios.first().check();
    await page.reload();
    await page.locator('cac-self-test[ready]').waitFor();
    expect(await radios.first().isChecked()).toBe(true);
    await page.getByRole('button', { name: t('selfTest.reset') }).click();
    expect(await checked.count()).toBe(0);
    await page.reload();
    await page.locator('cac-self-test[ready]').waitFor();
    expect(await checked.count()).toBe(0);
    await page.close();
  });

  test('taking a test sends nothing anywhere and sets no cookie', async () => {
    const page = await openTest('reparti');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await answerEveryQuestion(selfTest(page, 'reparti'), { option: 'last' });
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    await selfTest(page, 'reparti').locator('[data-result]:not([hidden])').waitFor();
    expect(requests).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    await page.close();
  });

  test('the questions are real HTML without JavaScript', async () => {
    const file = fixture('prova');
    const page = await site.open(selfTestPage(file), { javaScriptEnabled: false });
    const questions = file.groups.flatMap((group) => group.questions);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const options = file.scales?.[question.scale!] ?? [];
      const group = page.getByRole('group', { name: question.text });
      expect(await group.getByRole('radio').count(), question.id).toBe(options.length);
      expect(await group.getByRole('radio', { name: options[0]!.label }).count(), question.id).toBe(1);
    }
    expect(await page.locator('cac-self-test noscript').count()).toBe(1);
    await page.close();
  });
});

describe('inside an essay', () => {
  test('two tests in one essay work each on its own, and each result links back to the essay', async () => {
    const essay = '/articoli/saggio-con-autovalutazioni/';
    const page = await site.open(essay);
    await page.locator('cac-self-test:not([ready])').waitFor({ state: 'detached' });
    for (const id of ['settimana', 'reparti']) {
      const test = selfTest(page, id);
      await answerEveryQuestion(test, { option: 'last', hours: 40 });
      await test.getByRole('button', { name: t('selfTest.submit') }).click();
      await test.locator('[data-result]:not([hidden])').waitFor();
      await expectResultFromFile(test, fixture(id));
      expect(await test.locator(`[data-result] a[href="${essay}"]`).count()).toBe(1);
    }
    await page.close();
  });
});
