import { expect, test } from 'vitest';
import { forEachEngine } from '../support/engines';
import { completeSelfTest, shownBand } from '../support/engines/self-test-flow';

// Every Italian self-test (the ones blogs embed) taken as a reader takes it, in each engine.
const SELF_TESTS = ['centralita-del-cliente', 'e-il-cliente', 'fiducia', 'pendolo', 'person-centricity'];
const TEST = 'cac-self-test';

forEachEngine((run) => {
  test.each(SELF_TESTS)(
    '%s: answered to a result, the same result after a reload and from its share link opened afresh',
    async (slug) => {
      const { session, until } = run;
      await run.open(`/autovalutazioni/${slug}/`);
      const band = await completeSelfTest(run, TEST);
      expect(band.length).toBeGreaterThan(3);

      await session.reload();
      expect(await until(shownBand, TEST)).toBe(band);

      const link = new URL(
        await session.run(() => document.querySelector<HTMLInputElement>('[data-share-url]')!.value),
      );
      expect(link.hash).toMatch(/=v1-/);
      // run.open clears what the reload kept: only the link carries the answers now.
      // It is the band's own page, which sends a reader with answers on to the test.
      expect(link.pathname).toMatch(new RegExp(`^/autovalutazioni/${slug}/risultato/[\\w-]+/$`));
      await run.open(link.pathname + link.hash);
      await until((path: string) => location.pathname === path, `/autovalutazioni/${slug}/`);
      expect(await until(shownBand, TEST)).toBe(band);
    },
  );

  test.each([
    ['/autovalutazioni/pendolo/', 'Assegnate 5 ore su 40', '2,5'],
    ['/en/self-assessments/pendulum/', 'Assigned 5 hours out of 40', '2.5'],
  ])('%s: "2,5" and "2.5" both count 2.5 hours, and are kept after a reload', async (path, total, shown) => {
    const { session, until } = run;
    await run.open(path);
    await until(() => document.querySelector('cac-self-test[ready]') !== null);
    const ids = await session.run(() =>
      [...document.querySelectorAll<HTMLInputElement>('[data-question="ore"] .items input')].map(
        (field) => `#${field.id}`,
      ),
    );
    await session.fill(ids[0]!, '2,5');
    await session.fill(ids[1]!, '2.5');
    // Page functions carry no closure: each reads the page afresh.
    const counted = (want: string) =>
      document.querySelector('[data-sum-for="ore"]')!.textContent.includes(want);
    expect(await until(counted, total)).toBe(true);
    expect(
      await session.run(
        () => document.querySelectorAll('[data-question="ore"] [aria-invalid="true"]').length,
      ),
    ).toBe(0);

    await session.reload();
    await until(() => document.querySelector('cac-self-test[ready]') !== null);
    expect(await until(counted, total)).toBe(true);
    const values = await session.run(
      (first: string, second: string) => [
        document.querySelector<HTMLInputElement>(first)!.value,
        document.querySelector<HTMLInputElement>(second)!.value,
      ],
      ids[0]!,
      ids[1]!,
    );
    expect(values).toEqual([shown, shown]);
  });
});
