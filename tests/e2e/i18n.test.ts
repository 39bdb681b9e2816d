import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { useSite } from '../support/pages';
import { selfTestFile } from '../support/self-tests';
import { PROJECT_ROOT } from '../support/fixture-project';
import { DIST, ESSAY_SLUGS, SITE_URL, sitemapPaths } from '../support/site';
import { readingMinutes } from '../../src/lib/reading-time';

// The English edition: one site, two languages. Build-output checks first, then what a reader sees.

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pagePathOf = (url: string) => new URL(url).pathname;
const htmlOf = (path: string) => read(join(path, 'index.html'));
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

/** The hreflang links of a page, by language (x-default included), as paths. */
function hreflangs(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return Object.fromEntries(
    [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => [
      lang!,
      pagePathOf(href!),
    ]),
  );
}

/** Every built HTML page, as a path ("/en/essays/…/"), 404 aside. */
function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${join(entry.parentPath, '').slice(DIST.length + 1)}/`.replace(/\/+/g, '/'))
    .filter((path) => !path.startsWith('/pagefind/'));
}

/** The Italian content pages and their counts: each must have an English page. */
const CONTENT_SECTIONS = [
  ['articoli', 'en/essays', 5],
  ['temi', 'en/topics', 6],
  ['autori', 'en/authors', 5],
  ['glossario', 'en/glossary', 31],
  ['autovalutazioni', 'en/self-assessments', 5],
] as const;

describe('languages in the built pages', () => {
  const pages = builtPages();

  test('every page says its language: English under /en/, Italian elsewhere', () => {
    expect(pages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(40);
    for (const path of pages) {
      const expected = path.startsWith('/en/') ? 'en' : 'it';
      expect(htmlLang(htmlOf(path)), path).toBe(expected);
    }
  });

  test('every page with a translation names it with hreflang, and the translation names it back', () => {
    let pairs = 0;
    for (const path of sitemapPaths()) {
      const links = hreflangs(htmlOf(path));
      if (Object.keys(links).length === 0) continue;
      const own = path.startsWith('/en/') ? 'en' : 'it';
      // Itself, the other language, and x-default (the Italian page).
      expect(links[own], `${path} names itself`).toBe(path);
      expect(Object.keys(links).sort(), path).toEqual(['en', 'it', 'x-default']);
      expect(links['x-default'], path).toBe(links['it']);
      const other = own === 'it' ? links['en']! : links['it']!;
      const back = hreflangs(htmlOf(other));
      expect(back, `${other} must name ${path} back`).toEqual(links);
      expect(htmlLang(htmlOf(other))).toBe(own === 'it' ? 'en' : 'it');
      pairs++;
    }
    expect(pairs).toBeGreaterThan(80);
  });

  test.each(CONTENT_SECTIONS)(
    'each Italian page under /%s/ has its English page under /%s/',
    (italian, english, count) => {
      const originals = pages.filter(
        (path) => new RegExp(`^/${italian}/[^/]+/$`).test(path) && !path.includes('/pagina/'),
      );
      expect(originals).toHaveLength(count);
      for (const path of originals) {
        const en = hreflangs(htmlOf(path))['en'];
        expect(en, `${path} has no English version`).toMatch(new RegExp(`^/${english}/[a-z0-9-]+/$`));
      }
    },
  );

  test('the sitemap lists the pages of both languages, each with its alternates', () => {
    const xml = read('sitemap-0.xml');
    const paths = sitemapPaths();
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/en/',
        '/articoli/',
        '/en/essays/',
        '/en/essays/trust-in-the-client-relationship/',
      ]),
    );
    expect(paths.some((path) => path.includes('/embed/'))).toBe(false);
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    for (const [, loc, rest] of entries) {
      const alternates = Object.fromEntries(
        [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, lang, href]) => [lang!, pagePathOf(href!)],
        ),
      );
      const { 'x-default': _default, ...page } = hreflangs(htmlOf(pagePathOf(loc!)));
      expect(alternates, loc).toEqual(page);
    }
    expect(xml).toContain(
      `<url><loc>${SITE_URL}/articoli/relazione-con-il-cliente-fiducia/</loc><xhtml:link rel="alternate" hreflang="it" href="${SITE_URL}/articoli/relazione-con-il-cliente-fiducia/"/><xhtml:link rel="alternate" hreflang="en" href="${SITE_URL}/en/essays/trust-in-the-client-relationship/"/></url>`,
    );
  });

  test('each language has its own feed, in its own language', () => {
    const italian = read('rss.xml');
    const english = read('en/rss.xml');
    expect(english).toContain('<language>en-gb</language>');
    const links = [...english.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) =>
      pagePathOf(match[1]!),
    );
    expect(links).toHaveLength(5);
    for (const link of links) expect(link).toMatch(/^\/en\/essays\/[a-z0-9-]+\/$/);
    expect(italian).not.toContain('/en/');
    expect(htmlOf('/en/')).toContain(`href="/en/rss.xml"`);
  });

  test('the English oEmbed answer embeds the English test', () => {
    const json = JSON.parse(read('en/oembed/trust.json')) as {
      title: string;
      html: string;
      provider_url: string;
    };
    expect(json.title).toBe('Trust: what does your relationship with clients rest on?');
    expect(json.html).toContain(`${SITE_URL}/en/embed/trust/`);
    expect(json.provider_url).toBe(`${SITE_URL}/en/`);
    expect(htmlOf('/en/self-assessments/trust/')).toContain(`href="${SITE_URL}/en/oembed/trust.json"`);
    expect(htmlLang(htmlOf('/en/embed/trust/'))).toBe('en');
  });

  test.each([
    ['it', 'content/essays', 'articoli', /(\d+) min di lettura/],
    ['en', 'content/en/essays', 'en/essays', /(\d+) min read/],
  ] as const)(
    'each %s essay states its reading time at its own language’s rate',
    (locale, folder, section, said) => {
      const files = readdirSync(join(PROJECT_ROOT, folder));
      expect(files).toHaveLength(ESSAY_SLUGS.length);
      for (const file of files) {
        const body = readFileSync(join(PROJECT_ROOT, folder, file), 'utf8');
        const shown = said.exec(htmlOf(join(section, file.replace(/\.mdx$/, ''))))?.[1];
        expect(Number(shown), `${folder}/${file}`).toBe(readingMinutes(body, locale));
      }
    },
  );

  test('Pagefind builds one index per language', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const italianPages = sitemapPaths().filter((path) => !path.startsWith('/en/')).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'it']);
    expect(entry.languages['en']!.page_count).toBeGreaterThan(30);
    expect(entry.languages['it']!.page_count).toBeLessThanOrEqual(italianPages);
  });
});

const site = useSite();
const { open } = site;
describe('the language switcher', () => {
  test('on an essay it leads to the translation and back', async () => {
    const page = await open('/articoli/relazione-con-il-cliente-fiducia/');
    const switcher = page.getByRole('navigation', { name: 'Lingua' });
    await switcher.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/essays/trust-in-the-client-relationship/');
    expect(await page.locator('main h1').textContent()).toBe(
      'The client relationship: trust, when the client cannot judge',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL('**/articoli/relazione-con-il-cliente-fiducia/');
    expect(await page.locator('main h1').textContent()).toBe(
      'Relazione con il cliente: la fiducia, se il cliente non può giudicare',
    );
    await page.close();
  });

  test('on a list page it leads to the same list, and on the 404 page it says there is no translation', async () => {
    const page = await open('/temi/');
    expect(
      await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link').getAttribute('href'),
    ).toBe('/en/topics/');
    await page.goto(`${site.origin}/pagina-che-non-esiste/`);
    const link = page.getByRole('navigation', { name: 'Lingua' }).getByRole('link');
    expect(await link.getAttribute('href')).toBe('/en/');
    expect(await link.textContent()).toContain('pagina non ancora tradotta');
    await page.close();
  });
});

describe('English search', () => {
  test('"trust" finds the trust essay in English and no Italian page', async () => {
    const page = await open('/en/search/');
    const search = page.locator('[data-search-page] cac-search');
    await search.locator('input[type="search"]').fill('trust');
    await expect
      .poll(() => search.locator('[data-status]').textContent(), { timeout: 10_000 })
      .toMatch(/\d+ results? for “trust”\./);
    const results = await search
      .locator('ol[data-results] > li.result h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain('/en/essays/trust-in-the-client-relationship/');
    expect(results.filter((path) => !path.startsWith('/en/'))).toEqual([]);
    expect(await search.locator('li.result .type').first().textContent()).toMatch(
      /^(Essay|Topic|Glossary|Self-assessment)$/,
    );
    await page.close();
  });

  test('"trusting" finds the trust essay: English stemming', async () => {
    const page = await open('/en/search/');
    const search = page.locator('[data-search-page] cac-search');
    await search.locator('input[type="search"]').fill('trusting');
    await expect
      .poll(() => search.locator('[data-status]').textContent(), { timeout: 10_000 })
      .toMatch(/results? for “trusting”/);
    const results = await search
      .locator('ol[data-results] > li.result h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain('/en/essays/trust-in-the-client-relationship/');
    await page.close();
  });

  test('an Italian search does not find English pages', async () => {
    const page = await open('/cerca/');
    const search = page.locator('[data-search-page] cac-search');
    await search.locator('input[type="search"]').fill('trust');
    await expect
      .poll(() => search.locator('[data-status]').textContent(), { timeout: 10_000 })
      .toContain('«trust»');
    const results = await search
      .locator('ol[data-results] > li.result h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results.filter((path) => path.startsWith('/en/'))).toEqual([]);
    await page.close();
  });
});

describe('English embeds', () => {
  test('the English embed and the web component with lang="en" show the English test', async () => {
    const page = await open('/en/embed/pendulum/');
    expect(await page.locator('cac-self-test').getAttribute('lang')).toBe('en');
    expect(await page.locator('.credit').textContent()).toContain('A self-assessment from Cliente al centro');
    await page.setContent(
      `<!doctype html><html lang="it"><body><script type="module" src="${site.origin}/widgets/self-test.js"></script><cac-self-test-widget test="pendulum" lang="en"></cac-self-test-widget></body></html>`,
    );
    const widget = page.locator('cac-self-test-widget');
    await expect
      .poll(() => widget.locator('legend, h1, h2').first().textContent(), { timeout: 10_000 })
      .toBeTruthy();
    expect(await widget.locator('cac-self-test').getAttribute('test-id')).toBe('pendulum');
    // The test lives in the widget's shadow root: its text is the inner element's, not the host's.
    const [question] = selfTestFile('en', 'pendulum').groups.flatMap((group) => group.questions);
    expect(await widget.locator('cac-self-test').textContent()).toContain(question!.text);
    await page.close();
  });

  test('the English embedding guide offers English snippets', async () => {
    const page = await open('/en/embedding/');
    expect(await page.locator('[data-snippet="widget"]').textContent()).toContain('lang="en"');
    expect(await page.locator('[data-snippet="link"]').textContent()).toContain('/en/self-assessments/');
    await expectAccessible(page);
    await page.close();
  });
});
