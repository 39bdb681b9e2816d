// The search-quality harness (issue 17), shared by tests/e2e/search-quality.test.ts and
// `npm run bench`: the queries of tests/search-quality/queries.<lang>.json, each run on its
// edition's search page in Chromium, and the share whose expected pages are all in the top 3.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { LOCALE_ROUTES } from '../../src/lib/routes.ts';

/** The site's editions, each with its own query file. */
export const LANGUAGES = LOCALES;
export type Language = Locale;

/** The kinds of query a reader types; "clean" is a query that finds its page by its own words. */
export const CATEGORIES = [
  'clean',
  'typo-1',
  'typo-2',
  'accents',
  'inflection',
  'partial',
  'question',
  'abbreviation',
  'synonym',
  'name',
  'original-word',
  'other-language',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface QualityQuery {
  query: string;
  category: Category;
  /** Site paths (without the base path) that must all be among the first 3 results. */
  expect: string[];
  /** Why a reader would want those pages. */
  note: string;
}

/** How many results count: the expected pages must all be among the first TOP. */
export const TOP = 3;
/** The least number of queries per language. */
export const MIN_QUERIES = 60;

const QUERIES_DIR = resolve(import.meta.dirname, '../search-quality');

export const queriesFile = (lang: Language) => join(QUERIES_DIR, `queries.${lang}.json`);

export function loadQueries(lang: Language): QualityQuery[] {
  return JSON.parse(readFileSync(queriesFile(lang), 'utf8')) as QualityQuery[];
}

/** The edition a site path belongs to: the language whose prefix it starts with (the default has none). */
export function editionOf(path: string): Language {
  const prefixed = LANGUAGES.find((lang) => {
    const prefix = LOCALE_ROUTES[lang].prefix;
    return prefix !== '' && path.startsWith(`/${prefix}`);
  });
  return prefixed ?? LANGUAGES.find((lang) => LOCALE_ROUTES[lang].prefix === '')!;
}

/** The edition's search page, e.g. "/cerca/" or "/en/search/". */
export const searchPagePath = (lang: Language) =>
  `/${LOCALE_ROUTES[lang].prefix}${LOCALE_ROUTES[lang].sections.search}/`;

/**
 * What is wrong with a language's query file, as sentences (none: it is well formed): too few
 * queries, a category missing or unknown, a repeated query, an expectation that is not a built
 * page of `dist`, or that belongs to the wrong edition (other-language queries expect pages of the
 * other edition, every other query pages of its own).
 */
export function queryFileProblems(lang: Language, queries: unknown, dist: string): string[] {
  if (!Array.isArray(queries)) return [`${lang}: the file is not a list`];
  const problems: string[] = [];
  if (queries.length < MIN_QUERIES)
    problems.push(`${lang}: ${queries.length} queries, fewer than ${MIN_QUERIES}`);
  const seen = new Set<string>();
  const categories = new Set<unknown>();
  for (const [i, item] of (queries as unknown[]).entries()) {
    const entry = (item ?? {}) as Partial<Record<keyof QualityQuery, unknown>>;
    const query = typeof entry.query === 'string' ? entry.query : '';
    const where = `${lang} #${i} «${query}»`;
    if (!query.trim()) problems.push(`${where}: no query`);
    const key = query.trim().toLowerCase();
    if (seen.has(key)) problems.push(`${where}: repeated`);
    seen.add(key);
    categories.add(entry.category);
    if (!(CATEGORIES as readonly unknown[]).includes(entry.category))
      problems.push(`${where}: unknown category ${JSON.stringify(entry.category)}`);
    if (typeof entry.note !== 'string' || !entry.note.trim()) problems.push(`${where}: no note`);
    const expected = Array.isArray(entry.expect) ? (entry.expect as unknown[]) : [];
    if (expected.length === 0 || expected.length > TOP) {
      problems.push(`${where}: expect must list 1 to ${TOP} pages`);
      continue;
    }
    const wanted: Language = entry.category === 'other-language' ? LANGUAGES.find((l) => l !== lang)! : lang;
    for (const path of expected) {
      if (typeof path !== 'string' || !/^\/(?:[\w-]+\/)*$/.test(path)) {
        problems.push(`${where}: ${JSON.stringify(path)} is not a site path like /a/b/`);
        continue;
      }
      if (!existsSync(join(dist, path, 'index.html'))) problems.push(`${where}: ${path} is not a built page`);
      if (editionOf(path) !== wanted)
        problems.push(`${where}: ${path} is not a page of the ${wanted} edition`);
    }
  }
  for (const category of CATEGORIES)
    if (!categories.has(category)) problems.push(`${lang}: no ${category} query`);
  return problems;
}

export interface QueryOutcome extends QualityQuery {
  /** The first results the search page shows (site paths), at most TOP. */
  top: string[];
  /** The first results of Pagefind itself, with the page's options (site paths), at most TOP. */
  pagefindTop: string[];
  pass: boolean;
}

export interface Share {
  passed: number;
  total: number;
  /** passed / total, 0 to 1. */
  share: number;
}

export interface LanguageReport {
  language: Language;
  /** What a reader gets: the search page's results. */
  overall: Share;
  /** Pagefind alone, with the options the page gives it: the same until the page adds to it. */
  pagefind: Share;
  byCategory: Record<Category, Share>;
  outcomes: QueryOutcome[];
}

const share = (outcomes: { pass: boolean }[]): Share => {
  const passed = outcomes.filter((o) => o.pass).length;
  return { passed, total: outcomes.length, share: outcomes.length ? passed / outcomes.length : 0 };
};

const allIn = (expected: string[], top: string[]) => expected.every((path) => top.includes(path));

/** Where loadPagefind puts the page's Pagefind module, for runQuery. */
const PAGEFIND = '__searchQualityPagefind';

/**
 * Imports Pagefind in the page from the element's bundle URL: the same module URL as the
 * element's own import, so the same module, with the options the element gave it (after the first
 * search). A string, not a function: Vitest would rewrite import() inside a function.
 */
async function loadPagefind(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const element = document.querySelector('[data-search-page] cac-search');
    window[${JSON.stringify(PAGEFIND)}] = await import(new URL('pagefind.js', element.bundle).href);
  })()`);
}

/**
 * One query on the search page already open in `page`, through the page's own search element:
 * what a reader sees, whatever the element adds to Pagefind (corrections, another edition's
 * results). Paths come back as the page links them (with the base path).
 */
async function searchPage(page: Page, query: string): Promise<string[]> {
  return page.evaluate(
    async ({ query, top, timeout }) => {
      interface SearchElement extends HTMLElement {
        search(query: string): void;
      }
      await customElements.whenDefined('cac-search');
      const element = document.querySelector<SearchElement>('[data-search-page] cac-search');
      if (!element) throw new Error('no <cac-search> on the search page');
      const done = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no results event for «${query}» in ${timeout} ms`));
        }, timeout);
        const listener = (event: Event) => {
          if ((event as CustomEvent<{ query: string }>).detail.query !== query) return;
          clearTimeout(timer);
          element.removeEventListener('cac-search:results', listener);
          resolve();
        };
        element.addEventListener('cac-search:results', listener);
      });
      element.search(query);
      await done;
      // What the reader sees first: the glossary's short answer, then the results in page order.
      return [
        ...element.querySelectorAll<HTMLAnchorElement>(
          '[data-answer]:not([hidden]) a[data-answer-link], li.result h3 a',
        ),
      ]
        .slice(0, top)
        .map((a) => new URL(a.href).pathname);
    },
    { query, top: TOP, timeout: 15_000 },
  );
}

/** The same query through Pagefind's API alone (`pagefind.search`), as the page loaded it. */
async function searchPagefind(page: Page, query: string): Promise<string[]> {
  return page.evaluate(
    async ({ query, top, key }) => {
      interface Pagefind {
        search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
      }
      const pagefind = (window as unknown as Record<string, Pagefind | undefined>)[key];
      if (!pagefind) throw new Error('Pagefind was not loaded (loadPagefind)');
      const response = await pagefind.search(query);
      const data = await Promise.all((response?.results ?? []).slice(0, top).map((result) => result.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    },
    { query, top: TOP, key: PAGEFIND },
  );
}

/**
 * Runs every query of `lang` on that edition's search page of the site at `origin` + `base`.
 * The other-language queries run there too, the way a reader would type them: the page decides
 * whether the other edition's pages appear (today it searches its own index only).
 */
export async function measureLanguage(
  browser: Browser,
  origin: string,
  lang: Language,
  { base = '/', queries = loadQueries(lang) }: { base?: string; queries?: QualityQuery[] } = {},
): Promise<LanguageReport> {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${origin}${mount}${searchPagePath(lang).slice(1)}`);
    const outcomes: QueryOutcome[] = [];
    // A first search loads Pagefind in the element, with its options; then the page can share it.
    if (queries[0]) await searchPage(page, queries[0].query);
    await loadPagefind(page);
    const strip = (path: string) => (path.startsWith(mount) ? `/${path.slice(mount.length)}` : path);
    for (const entry of queries) {
      const top = (await searchPage(page, entry.query)).map(strip);
      const pagefindTop = (await searchPagefind(page, entry.query)).map(strip);
      outcomes.push({ ...entry, top, pagefindTop, pass: allIn(entry.expect, top) });
    }
    if (errors.length) throw new Error(`the search page failed: ${errors.map((e) => e.message).join('; ')}`);
    const byCategory = Object.fromEntries(
      CATEGORIES.map((category) => [category, share(outcomes.filter((o) => o.category === category))]),
    ) as Record<Category, Share>;
    return {
      language: lang,
      overall: share(outcomes),
      pagefind: share(outcomes.map((o) => ({ pass: allIn(o.expect, o.pagefindTop) }))),
      byCategory,
      outcomes,
    };
  } finally {
    await context.close();
  }
}

/** Every language, one after the other (one browser context each). */
export async function measureSearchQuality(
  browser: Browser,
  origin: string,
  options: { base?: string } = {},
): Promise<LanguageReport[]> {
  const reports: LanguageReport[] = [];
  for (const lang of LANGUAGES) reports.push(await measureLanguage(browser, origin, lang, options));
  return reports;
}

export const percent = (s: Share) => `${(s.share * 100).toFixed(1)} %`;

/** A few lines per language: the share, the share of each category, and the queries that fail. */
export function formatReport(reports: LanguageReport[], { failures = true } = {}): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `search quality ${report.language}: ${percent(report.overall)} (${report.overall.passed}/${report.overall.total}) of queries have their pages in the top ${TOP}` +
        (report.pagefind.passed === report.overall.passed
          ? ''
          : `; Pagefind alone ${percent(report.pagefind)}`),
    );
    lines.push(
      `  ${CATEGORIES.map((c) => `${c} ${report.byCategory[c].passed}/${report.byCategory[c].total}`).join(', ')}`,
    );
    if (failures)
      for (const o of report.outcomes.filter((o) => !o.pass))
        lines.push(
          `  ✗ [${o.category}] «${o.query}» wants ${o.expect.join(' ')}; got ${o.top.join(' ') || 'nothing'}`,
        );
  }
  return lines.join('\n');
}

/** The figures worth keeping (bench JSON): shares per language and category, and the failing queries. */
export function summarize(reports: LanguageReport[]) {
  return Object.fromEntries(
    reports.map((r) => [
      r.language,
      {
        share: r.overall.share,
        passed: r.overall.passed,
        total: r.overall.total,
        pagefindShare: r.pagefind.share,
        byCategory: r.byCategory,
        failing: r.outcomes
          .filter((o) => !o.pass)
          .map(({ query, category, expect, top }) => ({ query, category, expect, top })),
      },
    ]),
  );
}
