import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { pagePath, resultPagePath } from '../../src/lib/paths';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/seo';
import { expectAccessible } from '../support/axe';
import { fileFor, readBuilt } from '../support/built-html';
import { useSite } from '../support/pages';
import { answerEveryQuestion, selfTestFiles, type SelfTestFile } from '../support/self-tests';
import { DIST, sitemapPaths } from '../support/site';

// The result pages: one per band of every self-test in both languages, the page a shared result
// links to. The same for everyone: the band, its card as og:image, a call to take the test; a
// share link (band page + #<test>=<code>) goes on to the test page, which shows the full result.
const site = useSite();

/** A band as its file writes it (the fields of the result pages; see src/lib/self-test/schema.ts). */
interface Band {
  id: string;
  title: string;
  text: string;
  share: string;
}
const bandsOf = (file: SelfTestFile) => file.bands as unknown as Band[];
const files = selfTestFiles();
const bands = files.flatMap((file) =>
  bandsOf(file).map((band, index) => ({
    file,
    band,
    index,
    path: resultPagePath('/', file.id, band.id, file.locale),
  })),
);

/** The content of a meta tag or link of a built page, by the attribute that names it. */
function head(html: string, attribute: 'name' | 'property', name: string): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html);
  return match?.[1]?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

const decode = (text: string) =>
  text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const builtPage = (path: string) => {
  const file = fileFor(DIST, path);
  if (!file) throw new Error(`${path} was not built`);
  return readBuilt(DIST, file);
};

describe('result pages', () => {
  test('every test has a page per band in both languages, band i of a translation linked to band i of its original', () => {
    expect(bands.length).toBeGreaterThan(files.length);
    for (const file of files) expect(bandsOf(file).length, `${file.locale}/${file.id}`).toBeGreaterThan(1);
    for (const { file, index, path } of bands.filter(({ file }) => file.locale === 'en')) {
      const original = files.find((other) => other.locale === 'it' && other.id === file.translationOf)!;
      const originalPath = resultPagePath('/', original.id, bandsOf(original)[index]!.id, 'it');
      expect(builtPage(path)).toMatch(
        new RegExp(`<link rel="alternate" hreflang="it" href="[^"]*${originalPath}"`),
      );
      expect(builtPage(originalPath)).toMatch(
        new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*${path}"`),
      );
    }
  });

  test.each(bands.map((entry) => [`${entry.file.locale} ${entry.file.id} ${entry.band.id}`, entry] as const))(
    '%s: the band, its share line as description, its card, a call to take the test, the other bands',
    (_name, { file, band, path }) => {
      const t = useTranslations(file.locale);
      const html = builtPage(path);
      const article = html.slice(html.indexOf('data-result-page'));
      expect(decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(article)?.[1] ?? '')).toBe(band.title);
      expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toContain(band.title);
      expect(head(html, 'name', 'description')).toBe(band.share);
      expect(head(html, 'property', 'og:description')).toBe(band.share);
      expect(decode(html)).toContain(file.title);
      expect(decode(html)).toContain(band.text.trim());
      const testPage = pagePath('/', 'selfTest', file.id, file.locale);
      expect(html).toMatch(
        new RegExp(`<a class="button" href="${testPage}"[^>]*>\\s*${t('selfTestResult.take')}\\s*</a>`),
      );
      for (const other of bandsOf(file).filter((candidate) => candidate.id !== band.id))
        expect(html).toContain(`href="${resultPagePath('/', file.id, other.id, file.locale)}"`);
      // Out of the search index: nothing on the page is marked as a search body.
      expect(html).not.toContain('data-pagefind-body');
    },
  );

  test('each band has its own 1200×630 card, and no two cards are alike', () => {
    const hashes = new Map<string, string>();
    for (const { path } of bands) {
      const image = head(builtPage(path), 'property', 'og:image');
      expect(image, path).toBeTruthy();
      const file = join(DIST, new URL(image!).pathname);
      expect(existsSync(file), `${path}: ${image!}`).toBe(true);
      const png = readFileSync(file);
      expect(pngSize(png), image).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
      hashes.set(createHash('sha256').update(png).digest('hex'), path);
    }
    expect(hashes.size).toBe(bands.length);
  });

  test('are left out of the sitemap, which still lists the tests', () => {
    const listed = new Set(sitemapPaths());
    for (const { path } of bands) expect(listed.has(path), path).toBe(false);
    for (const file of files) expect(listed.has(pagePath('/', 'selfTest', file.id, file.locale))).toBe(true);
  });

  test.each([
    ['it', 'pendolo'],
    ['en', 'trust'],
  ] as const)('have no accessibility violations (%s %s)', async (locale, id) => {
    for (const { path } of bands.filter(({ file }) => file.locale === locale && file.id === id)) {
      const page = await site.open(path);
      await expectAccessible(page, { when: path });
      await page.close();
    }
  });
});

describe('a shared result', () => {
  test.each(files.map((file) => [`${file.locale} ${file.id}`, file] as const))(
    '%s: the band page with the answers in its fragment goes on to the test, which shows the result',
    async (_name, file) => {
      const testPath = pagePath('/', 'selfTest', file.id, file.locale);
      const page = await site.open(testPath);
      const element = page.locator(`cac-self-test[test-id="${file.id}"]`);
      await page.locator(`cac-self-test[test-id="${file.id}"][ready]`).waitFor();
      // A whole week to one kind of work: enough hours for a result in the hours tests.
      await answerEveryQuestion(element, { option: 'first', hours: 40 });
      await element.locator('button[type="submit"]').click();
      await element.locator('[data-result]:not([hidden])').waitFor();
      const shownBand = (await element.locator('[data-result]:not([hidden]) .band').textContent())?.trim();
      const { hash } = new URL(await element.locator('[data-share-url]').inputValue());
      expect(hash).toMatch(new RegExp(`^#${file.id}=v1-`));
      await page.close();

      const band = bandsOf(file).find((candidate) => candidate.title === shownBand) ?? bandsOf(file)[0]!;
      // A fresh context: no saved answers, only the link.
      const fresh = await site.open(resultPagePath('/', file.id, band.id, file.locale) + hash);
      await fresh.waitForURL((url) => url.pathname === testPath && url.hash === hash);
      const shared = fresh.locator(`cac-self-test[test-id="${file.id}"]`);
      await shared.locator('[data-result]:not([hidden])').waitFor();
      expect((await shared.locator('[data-result]:not([hidden]) .band').textContent())?.trim()).toBe(
        shownBand,
      );
      await fresh.close();
    },
  );

  test('a band page without answers for its test stays where it is', async () => {
    const { path, file } = bands[0]!;
    const page = await site.open(`${path}#altro-test=v1-abc-1`);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await page.locator('[data-result-page] h1').textContent()).toBe(bandsOf(file)[0]!.title);
    await page.close();
  });
});
