import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { useSite } from '../support/pages';

// Issue 17: what a reader sees when a query is misspelt, a question, a word the pages say
// differently, or in the other edition's language; and the results reached from the keyboard.
const site = useSite();

const pageSearch = (page: Page) => page.locator('[data-search-page] cac-search');

interface Seen {
  status: string;
  /** The glossary answer's link, then the results' links, in page order (site paths). */
  links: string[];
  answer: string | null;
  otherHeading: string | null;
}

/** Types a query in the search page and waits for the search's one announcement. */
async function searchFor(page: Page, query: string): Promise<Seen> {
  const search = pageSearch(page);
  const done = search.evaluate(
    (element, q) =>
      new Promise<void>((resolve) =>
        element.addEventListener('cac-search:results', function listener(event) {
          if ((event as CustomEvent<{ query: string }>).detail.query !== q) return;
          element.removeEventListener('cac-search:results', listener);
          resolve();
        }),
      ),
    query,
  );
  await search.locator('input[name="q"]').fill(query);
  await done;
  const paths = (locator: Locator) =>
    locator.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const answer = search.locator('[data-answer]:not([hidden])');
  const other = search.locator('[data-other]:not([hidden]) [data-other-heading]');
  return {
    status: (await search.locator('[data-status]').textContent()) ?? '',
    links: await paths(search.locator('[data-answer]:not([hidden]) a[data-answer-link], li.result h3 a')),
    answer: (await answer.count()) ? await answer.textContent() : null,
    otherHeading: (await other.count()) ? await other.textContent() : null,
  };
}

describe('a search that forgives', () => {
  test('a misspelt word is corrected from the index, and the status says so', async () => {
    const page = await site.open('/en/search/');
    const seen = await searchFor(page, 'trsut');
    expect(seen.status).toMatch(/^No results for “trsut”: \d+ results for “trust”\.$/);
    expect(seen.links.slice(0, 2)).toContain('/en/essays/trust-in-the-client-relationship/');
    await expectAccessible(page, { include: '[data-search-page]' });
    await page.close();
  });

  test('a query with a real answer is never corrected', async () => {
    const page = await site.open('/cerca/');
    for (const query of ['fiducia', 'pendolo', 'riunioni']) {
      const seen = await searchFor(page, query);
      expect(seen.status, query).toMatch(new RegExp(`^\\d+ risultati per «${query}»\\.`));
    }
    await page.close();
  });

  test('a question is searched word by word and merged, and the status names the words', async () => {
    const page = await site.open('/cerca/');
    const seen = await searchFor(page, 'come conquistare la fiducia del cliente');
    expect(seen.status).toMatch(
      /^Per «come conquistare la fiducia del cliente»: \d+ risultati con le parole «conquistare», «fiducia», «cliente», cercate una per una\./,
    );
    expect(seen.links.slice(0, 3)).toContain('/articoli/relazione-con-il-cliente-fiducia/');
    await expectAccessible(page, { include: '[data-search-page]' });
    await page.close();
  });

  test('a word the pages say differently finds them through its synonym, and the answer box defines it', async () => {
    const page = await site.open('/cerca/');
    const seen = await searchFor(page, 'lealtà');
    expect(seen.status).toMatch(/^\d+ risultati per «lealtà»\. Cercato anche come «fidelizzazione»/);
    expect(seen.links[0]).toBe('/glossario/fidelizzazione/');
    expect(seen.answer).toMatch(/^Dal glossario\s*Fidelizzazione: /);
    await expectAccessible(page, { include: '[data-search-page]' });
    await page.close();
  });

  test('a word of the other language leads to the other edition, under a heading in this one', async () => {
    const page = await site.open('/cerca/');
    const seen = await searchFor(page, 'trust');
    expect(seen.status).toMatch(
      /^«trust» sembra inglese: \d+ risultati in inglese, \d+ risultati? in italiano\.$/,
    );
    expect(seen.otherHeading).toMatch(/^In inglese: \d+ risultati$/);
    expect(seen.links[0]).toBe('/en/essays/trust-in-the-client-relationship/');
    // The other edition's section comes first, and this edition's results follow it.
    expect(seen.links).toContain('/articoli/relazione-con-il-cliente-fiducia/');
    await expectAccessible(page, { include: '[data-search-page]' });
    await page.close();
  });

  test('the English edition falls back on the Italian one for an Italian question', async () => {
    const page = await site.open('/en/search/');
    const seen = await searchFor(page, 'quanto tempo dedico ai clienti');
    expect(seen.otherHeading).toMatch(/^In Italian: \d+ results$/);
    expect(seen.links[0]).toBe('/articoli/quanto-tempo-per-il-cliente/');
    await page.close();
  });
});

describe('results from the keyboard, as in a combobox', () => {
  test('arrows move through the results from the field, Enter opens one, Escape goes back to typing', async () => {
    const page = await site.open('/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog[data-search-dialog]');
    const input = dialog.locator('input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('pendolo');
    await dialog.locator('li.result').first().waitFor();
    expect(await input.getAttribute('role')).toBe('combobox');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    const links = dialog.locator('li.result h3 a');
    const active = async () => {
      const id = await input.getAttribute('aria-activedescendant');
      return id ? dialog.locator(`[id="${id}"]`).getAttribute('href') : null;
    };
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(await links.nth(0).getAttribute('href'));
    expect(await dialog.locator('li.result[data-active]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(await links.nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(await links.nth(0).getAttribute('href'));
    // Focus never left the field: the reader can go on typing.
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, { include: 'dialog[data-search-dialog]' });
    await page.keyboard.press('Escape');
    expect(await active()).toBeNull();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const href = await active();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => href !== null && url.pathname === new URL(href, url).pathname);
    await page.close();
  });

  test('ArrowUp from the field goes to the last result, and past it back to the field', async () => {
    const page = await site.open('/cerca/');
    const search = pageSearch(page);
    const input = search.locator('input[name="q"]');
    await input.fill('fiducia');
    await search.locator('li.result').first().waitFor();
    await input.focus();
    const count = await search.locator('li.result h3 a').count();
    await page.keyboard.press('ArrowUp');
    const last = await search
      .locator('li.result h3 a')
      .nth(count - 1)
      .getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(last);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    await page.close();
  });
});
