import { expect, test } from 'vitest';
import { forEachEngine } from '../support/engines';
import { popoverPlacements } from '../support/popovers';

// Reading the site as a reader does, in Chromium, Firefox and WebKit.
const ESSAY = '/articoli/quanto-tempo-per-il-cliente/';
const ESSAY_EN = '/en/essays/how-much-time-for-the-customer/';

forEachEngine((run) => {
  test.each([1280, 390])(
    "at %i px an essay's table of contents can be opened and leads to its section",
    async (width) => {
      const { session, until } = run;
      await session.resize(width, 800);
      try {
        await run.open(ESSAY);
        const shown = () => document.querySelector('nav.toc a')!.checkVisibility();
        // Folded on a phone; open from the start on a wide screen where the engine can hold it open.
        if (width < 1024) expect(await session.run(shown)).toBe(false);
        if (!(await session.run(shown))) await session.click('nav.toc summary');
        await until(shown);
        const href = await session.run(() => document.querySelector('nav.toc a')!.getAttribute('href')!);
        await session.click('nav.toc a');
        await until((hash: string) => location.hash === hash, href);
        const top = await until((hash: string) => {
          const box = document.getElementById(decodeURIComponent(hash.slice(1)))!.getBoundingClientRect();
          return box.top >= -2 && box.top < innerHeight / 2 ? Math.round(box.top) + 3 : 0;
        }, href);
        expect(top).toBeGreaterThan(0);
      } finally {
        await session.resize(1280, 900);
      }
    },
  );

  test('a glossary term opens its definition, and Escape closes it', async () => {
    const { session, until } = run;
    await run.open(ESSAY);
    await session.click('button.term-info');
    const open = await until(() => {
      const popover = document.querySelector('.term-popover:popover-open');
      return popover ? popover.textContent.trim().length : 0;
    });
    expect(open).toBeGreaterThan(20);
    await session.press('Escape');
    await until(() => !document.querySelector('.term-popover:popover-open'));
  });

  test.each([
    ['Italian essay, 1000 × 700', ESSAY, 1000],
    ['English essay, 390 × 700', ESSAY_EN, 390],
  ])(
    '%s: every glossary popover is inside the window, below its term when there is room, at three scroll positions',
    async (_name, path, width) => {
      await run.session.resize(width, 700);
      try {
        await run.open(path);
        const results = await run.session.run(popoverPlacements);
        expect(results.length).toBeGreaterThan(9);
        expect(results.filter((result) => !result.inside)).toEqual([]);
        expect(results.filter((result) => result.roomBelow && !result.below)).toEqual([]);
      } finally {
        await run.session.resize(1280, 900);
      }
    },
  );

  test('at 390 px no page scrolls sideways, and the English edition is in English', async () => {
    await run.session.resize(390, 800);
    try {
      for (const path of ['/', ESSAY, '/autovalutazioni/pendolo/', '/cerca/', ESSAY_EN]) {
        await run.open(path);
        const overflow = await run.session.run(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      const english = await run.session.run(() => [
        document.documentElement.lang,
        document.querySelector('main h1')!.textContent,
      ]);
      expect(english[0]).toBe('en');
      expect(english[1]).toMatch(/forty/i);
    } finally {
      await run.session.resize(1280, 900);
    }
  });

  const dialog = 'dialog[data-search-dialog]';
  test('search from the shortcut: results, Escape clears then closes, no modulepreload link', async () => {
    const { session, until } = run;
    await run.open(ESSAY);
    await session.press('Control+k');
    await until((d: string) => document.querySelector(`${d}[open] cac-search`) !== null, dialog);
    await until(
      (d: string) => document.activeElement === document.querySelector(`${d} input[type="search"]`),
      dialog,
    );
    await session.type('fiducia');
    await until((d: string) => document.querySelectorAll(`${d} [data-results] li`).length > 0, dialog);
    await session.press('Escape');
    const afterOne = await session.run(
      (d: string) => [
        document.querySelector<HTMLDialogElement>(d)!.open,
        document.querySelector<HTMLInputElement>(`${d} input[type="search"]`)!.value,
        document.querySelector('[data-search-dialog-status]')!.textContent,
      ],
      dialog,
    );
    expect(afterOne).toEqual([true, '', 'Campo di ricerca svuotato: premi di nuovo Esc per chiudere.']);
    await session.press('Escape');
    await until((d: string) => !document.querySelector<HTMLDialogElement>(d)!.open, dialog);
    expect(await session.run(() => document.querySelectorAll('link[rel="modulepreload"]').length)).toBe(0);
    // Empty: one Escape closes it.
    await session.press('Control+k');
    await until((d: string) => document.querySelector<HTMLDialogElement>(d)!.open, dialog);
    await session.press('Escape');
    await until((d: string) => !document.querySelector<HTMLDialogElement>(d)!.open, dialog);
  });

  test('search on /cerca/: a misspelt word is corrected, a result opens its page', async () => {
    const { session, until } = run;
    await run.open('/cerca/');
    await session.fill('[data-search-page] input[type="search"]', 'fidcia');
    const status = await until(() => {
      const text = document.querySelector('[data-search-page] [role="status"]')?.textContent ?? '';
      return document.querySelectorAll('[data-search-page] [data-results] li a').length &&
        text.includes('«fiducia»')
        ? text
        : '';
    });
    expect(status).toContain('«fidcia»');
    const href = await session.run(
      () => document.querySelector<HTMLAnchorElement>('[data-search-page] [data-results] li a')!.pathname,
    );
    await session.click('[data-search-page] [data-results] li a');
    await until((path: string) => location.pathname === path && document.readyState === 'complete', href);
  });
});
