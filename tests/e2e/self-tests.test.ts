import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/pages';
import {
  answerEveryQuestion,
  essaysWithSelfTests,
  expectResultFromFile,
  selfTestFiles,
  selfTestPage,
} from '../support/self-tests';
import { SELF_TEST_IDS } from '../support/site';

// The real self-tests of the site, as readers meet them: each renders, can be completed and gives
// the result its file in content/ defines. How the element behaves in detail is tested on the
// fixture corpus (self-test-element.test.ts); the texts expected here are read from the files.
const site = useSite();
const files = selfTestFiles();
const named = <T extends { locale: string }>(items: T[], name: (item: T) => string) =>
  items.map((item) => [`${item.locale} ${name(item)}`, item] as const);

/** Answers every question with its last option (a whole week of hours), asks for the result and waits for it. */
async function complete(page: Page, id: string) {
  const test = page.locator(`cac-self-test[test-id="${id}"]`);
  await page.locator(`cac-self-test[test-id="${id}"][ready]`).waitFor();
  await answerEveryQuestion(test, { option: 'last', hours: 40 });
  await test.locator('button[type="submit"]').click();
  await test.locator('[data-result]:not([hidden])').waitFor();
  return test;
}

describe('the self-tests of the site', () => {
  test('the Italian self-tests are the ones other sites embed, and each has its translation', () => {
    expect(files.filter((file) => file.locale === 'it').map((file) => file.id)).toEqual([...SELF_TEST_IDS]);
    expect(
      files
        .filter((file) => file.locale === 'en')
        .map((file) => file.translationOf)
        .sort(),
    ).toEqual([...SELF_TEST_IDS]);
  });

  test.each(named(files, (file) => file.id))(
    '%s completes on its own page with the result its file defines',
    async (_name, file) => {
      const page = await site.open(selfTestPage(file));
      const test = await complete(page, file.id);
      await expectResultFromFile(test, file);
      // Feedback on every dimension: one of its file's readings, its next step, its section.
      const shown = await test.locator('[data-result] .dimensions li').evaluateAll((items) =>
        items.map((item) => ({
          label: item.querySelector('.label')?.textContent,
          reading: item.querySelector('[data-part="reading"]')?.textContent,
          href: item.querySelector('a')?.getAttribute('href'),
        })),
      );
      expect(shown.map((item) => item.label).sort()).toEqual(file.dimensions.map((d) => d.label).sort());
      for (const dimension of file.dimensions) {
        const item = shown.find((candidate) => candidate.label === dimension.label)!;
        const readings = Object.values(dimension.feedback ?? {}).map((level) => level.reading);
        expect(readings, `${file.id} ${dimension.id}`).toContain(item.reading);
        expect(item.href).toMatch(new RegExp(`#${dimension.section}$`));
      }
      await page.close();
    },
  );

  test.each(
    named(
      [
        { locale: 'it' as const, path: '/autovalutazioni/' },
        { locale: 'en' as const, path: '/en/self-assessments/' },
      ],
      (list) => list.path,
    ),
  )('the %s list links to every self-test of its language, by its title', async (_name, list) => {
    const page = await site.open(list.path);
    const links = await page
      .locator('main h2 a')
      .evaluateAll((anchors) =>
        anchors.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent.trim()]),
      );
    const expected = files
      .filter((file) => file.locale === list.locale)
      .map((file) => [selfTestPage(file), file.title]);
    expect(links.sort()).toEqual(expected.sort());
    await page.close();
  });

  const essays = essaysWithSelfTests();
  test('every self-test is embedded in an essay', () => {
    expect(essays.map((essay) => `${essay.locale}/${essay.test}`).sort()).toEqual(
      files.map((file) => `${file.locale}/${file.id}`).sort(),
    );
  });

  test.each(named(essays, (essay) => essay.path))(
    '%s embeds its self-test, which works there and links back to the essay',
    async (_name, essay) => {
      const page = await site.open(essay.path);
      const file = files.find(
        (candidate) => candidate.locale === essay.locale && candidate.id === essay.test,
      )!;
      const test = await complete(page, essay.test);
      await expectResultFromFile(test, file);
      expect(await test.locator(`[data-result] a[href="${essay.path}"]`).count()).toBe(1);
      await page.close();
    },
  );
});
