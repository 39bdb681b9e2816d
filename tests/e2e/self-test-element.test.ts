import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { expectAccessible } from '../support/axe';
import { buildSite, fixtureProject } from '../support/fixture-project';
import { tabTo, useBrowser } from '../support/pages';
import {
  answerEveryQuestion,
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

    // 12 + 8 + 10 = 30 of 40 hours assigned: no kind has more than half (12 of 30 is 40 %).
    const band = file.bands.find((candidate) => candidate.id === 'oscilla')!;
    expect(await shownResult(test)).toMatchObject({ band: band.title, text: band.text });
    expect(await test.locator('.basis').textContent()).toBe(
      t('selfTest.hoursBasis', { assigned: 30, unassigned: 10, total: 40 }),
    );
    expect(await test.locator('[data-live]').textContent()).toBe(t('selfTest.summary', { band: band.title }));
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe(
      t('selfTest.resultTitle'),
    );
    const pendulum = test.locator('[data-result] svg.pendulum');
    expect(await pendulum.getAttribute('role')).toBe('img');
    // The customer side: 10 + 8 of the 30 assigned hours = 60 %.
    expect(await pendulum.getAttribute('aria-label')).toBe(t('selfTest.pendulum', { share: 60 }));
    expect(await test.locator('.dimensions li .label').allTextContents()).toEqual(
      file.dimensions.map((dimension) => dimension.label),
    );
    expect(await test.locator('.dimensions li .value').allTextContents()).toEqual([
      t('selfTest.hours', { hours: 10, share: 33 }),
      t('selfTest.hours', { hours: 8, share: 26 }),
      t('selfTest.hours', { hours: 12, share: 40 }),
    ]);
    // Every dimension at its level (33 %, 26 %, 40 %: middle), with its step and its section.
    expect(await test.locator('.dimensions li [data-part="reading"]').allTextContents()).toEqual(
      file.dimensions.map((dimension) => dimension.feedback!.middle.reading),
    );
    expect(await test.locator('.dimensions li a').first().getAttribute('href')).toMatch(
      /#una-sezione-con-la-settimana$/,
    );
    await expectAccessible(page, { when: 'with the result shown' });

    await page.reload();
    await test.locator('[data-result]:not([hidden])').waitFor();
    expect(await page.locator('#settimana-ore-riunioni').inputValue()).toBe('12');
    expect(await page.locator('#settimana-ore-clienti').inputValue()).toBe('10');
    expect((await shownResult(test)).band).toBe(band.title);
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
  test('asking too early lists the missing questions; completing it reads every department at its level; the share link shows the same result', async () => {
    const file = fixture('reparti');
    const page = await openTest('reparti');
    const test = selfTest(page, 'reparti');
    await tabTo(page, 'cac-self-test button[type="submit"]', { limit: 150 });
    await page.keyboard.press('Enter');
    const missing = test.locator('[data-missing]');
    await missing.waitFor();
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

    // Sales and listening at 50, IT at 0: (50 + 0 + 50) / 3 = 33. Every dimension is read at
    // its level, with its next step and the essay section that treats it.
    expect(await expectResultFromFile(test, file)).toBe(33);
    expect(await test.locator('.basis').textContent()).toBe(t('selfTest.basis', { answered: 5, total: 5 }));
    const levels = { vendite: 'middle', it: 'low', ascolto: 'middle' } as const;
    expect(await test.locator('.dimensions li [data-part="reading"]').allTextContents()).toEqual(
      file.dimensions.map(
        (dimension) => dimension.feedback![levels[dimension.id as keyof typeof levels]].reading,
      ),
    );
    expect(await test.locator('.dimensions li .step').allTextContents()).toEqual(
      file.dimensions.map((dimension) =>
        t('selfTest.stepLine', {
          step: dimension.feedback![levels[dimension.id as keyof typeof levels]].step,
        }),
      ),
    );
    expect(await test.locator('.dimensions li a').first().getAttribute('href')).toMatch(
      /#una-sezione-con-i-reparti$/,
    );
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
    // A shared result is scrolled to and its heading focused.
    expect(await fresh.evaluate(() => document.activeElement?.textContent.trim())).toBe(
      t('selfTest.resultTitle'),
    );
    await fresh.close();
  });

  test('"Non so" answers are counted apart, and too many of them withhold the result with the reason', async () => {
    const page = await openTest('reparti');
    const test = selfTest(page, 'reparti');
    for (const row of ['misura.vendite', 'misura.it', 'decide.vendite', 'decide.it'])
      await test.locator(`input[name="reparti/${row}"][value="-1"]`).check();
    await test.locator('input[name="reparti/ascolto"]').first().check();
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    const missing = test.locator('[data-missing]');
    await missing.waitFor();
    expect(await missing.locator('p').allTextContents()).toEqual([
      t('selfTest.withheld'),
      t('selfTest.withheldDontKnow', { answered: 1, needed: 3, total: 5 }),
    ]);
    expect(await test.locator('[data-result]').isHidden()).toBe(true);
    await test.locator('input[name="reparti/misura.it"][value="2"]').check();
    await test.locator('input[name="reparti/decide.it"][value="2"]').check();
    await test.locator('[data-result]:not([hidden])').waitFor();
    expect(await test.locator('.basis').textContent()).toBe(
      t('selfTest.basisDontKnow', { answered: 3, total: 5, dontKnow: 2 }),
    );
    expect(await test.locator('.dimensions li').first().locator('.value').textContent()).toBe(
      t('selfTest.onlyDontKnow'),
    );
    await page.close();
  });

  test('the printed result holds the test, the date, the answers given and every dimension, and no site chrome', async () => {
    const file = fixture('reparti');
    const page = await openTest('reparti');
    const test = selfTest(page, 'reparti');
    await test.locator('input[name="reparti/misura.vendite"][value="2"]').check();
    await test.locator('input[name="reparti/misura.it"][value="-1"]').check();
    await test.locator('input[name="reparti/decide.vendite"][value="1"]').check();
    await test.locator('input[name="reparti/decide.it"][value="0"]').check();
    await test.locator('input[name="reparti/ascolto"]').first().check();
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    await test.locator('[data-result]:not([hidden])').waitFor();
    // The print dialog itself cannot be driven: the button's work is what is tested.
    await page.evaluate(() => (window.print = () => undefined));
    await page.getByRole('button', { name: t('selfTest.print') }).click();
    await page.emulateMedia({ media: 'print' });

    // The print button's work may finish after the click returns (on a loaded machine it did):
    // each piece of chrome is waited for, not sampled once.
    for (const chrome of ['header', 'nav', 'footer', 'form', '.share'])
      for (const element of await page.locator(chrome).all())
        await expect
          .poll(() => element.isVisible(), { message: `${chrome} is visible in print` })
          .toBe(false);
    const area = test.locator('[data-print-area]');
    const printed = await area.innerText();
    expect(printed).toContain(file.title);
    expect(printed).toContain(new Date().toLocaleDateString('it'));
    const answers = await test.locator('.answers').innerText();
    for (const question of file.groups.flatMap((group) => group.questions))
      expect(answers).toContain(question.text);
    expect(answers).toContain('Non so');
    for (const dimension of file.dimensions) expect(printed).toContain(dimension.label);
    expect(await test.locator('.dimensions li [data-part="reading"]').count()).toBe(file.dimensions.length);

    // One or two A4 pages.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('a result travels: Share where the Web Share API exists, Copy as text, and the text selected where there is no clipboard', async () => {
    const file = fixture('reparti');
    const context = await site.browser.newContext();
    // A device with the Web Share API and a clipboard that works, then one whose clipboard refuses.
    await context.addInitScript(() => {
      const seen = ((window as unknown as { seen: unknown[] }).seen = [] as unknown[]);
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => Promise.resolve(void seen.push(data)),
      });
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: (text: string) =>
            sessionStorage.getItem('no-clipboard')
              ? Promise.reject(new Error('refused'))
              : Promise.resolve(void seen.push(text)),
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.origin + selfTestPage({ locale: 'it', id: 'reparti' }));
    const test = selfTest(page, 'reparti');
    for (const row of ['misura.vendite', 'misura.it', 'decide.vendite', 'decide.it'])
      await test.locator(`input[name="reparti/${row}"][value="2"]`).check();
    await test.locator('input[name="reparti/ascolto"]').last().check();
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    await test.locator('[data-result]:not([hidden])').waitFor();
    const link = await test.locator('[data-share-url]').inputValue();
    const band = (await test.locator('.band').textContent()) ?? '';
    const bandFile = file.bands.find((entry) => entry.title === band);
    expect(bandFile).toBeDefined();

    await page.getByRole('button', { name: t('selfTest.share'), exact: true }).click();
    await page.getByRole('button', { name: t('selfTest.copyText') }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length))
      .toBe(2);
    const [shared, copied] = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(shared).toEqual({ title: file.title, text: bandFile!.share, url: link });
    const lines = String(copied).split('\n');
    expect(lines[0]).toBe(file.title);
    expect(lines).toContain(band);
    expect(lines).toContain(bandFile!.share);
    for (const dimension of file.dimensions)
      expect(lines.some((line) => line.startsWith(`- ${dimension.label}: `))).toBe(true);
    expect(lines.at(-1)).toBe(link);

    await page.evaluate(() => sessionStorage.setItem('no-clipboard', '1'));
    await page.getByRole('button', { name: t('selfTest.copyText') }).click();
    const field = test.locator('[data-share-text]');
    await field.waitFor();
    expect(await field.inputValue()).toBe(copied);
    expect(await field.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart)).toBe(
      String(copied).length,
    );
    await context.close();
  });

  test('the events arrive in order, with counts and the band, never the answers', async () => {
    const page = await openTest('reparti');
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      for (const type of ['cac:started', 'cac:progress', 'cac:completed'])
        document.addEventListener(type, (event) =>
          seen.push({ type, ...(event as CustomEvent<object>).detail }),
        );
    });
    await answerEveryQuestion(selfTest(page, 'reparti'), { option: 'last' });
    await page.getByRole('button', { name: t('selfTest.submit') }).click();
    await selfTest(page, 'reparti').locator('[data-result]:not([hidden])').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    const base = { test: 'reparti', locale: 'it', total: 3 };
    const types = (seen as { type: string }[]).map((event) => event.type);
    // Started once, before the first progress; progress each time the count changes; completed last.
    expect(types[0]).toBe('cac:started');
    expect(types.filter((type) => type === 'cac:started')).toHaveLength(1);
    expect(types.at(-1)).toBe('cac:completed');
    const counts = (seen as { type: string; answered: number }[])
      .filter((event) => event.type === 'cac:progress')
      .map((event) => event.answered);
    expect(counts).toEqual([1, 2, 3]);
    expect(seen.at(-1)).toEqual({ type: 'cac:completed', ...base, answered: 3, band: 'fascia-3' });
    for (const event of seen as Record<string, unknown>[])
      expect(Object.keys(event).sort()).toEqual(
        event['type'] === 'cac:completed'
          ? ['answered', 'band', 'locale', 'test', 'total', 'type']
          : ['answered', 'locale', 'test', 'total', 'type'],
      );
    await page.close();
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
    // The only request is the result's own script, from this site: no answer leaves the page.
    expect(requests.filter((url) => !new RegExp(`^${site.origin}/_astro/[\\w.-]+\\.js$`).test(url))).toEqual(
      [],
    );
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
