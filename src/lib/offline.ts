import { DEFAULT_LOCALE, htmlLang, LOCALES, type Locale } from '../i18n/locales';
import { anyRoutePath, localePrefix, sectionRoot, withBase } from './paths';
import { sectionsOf } from './routes';

/**
 * Reading offline: which built files the service worker (src/sw/service-worker.ts) keeps, and how
 * it answers each request. Pure: the build (integrations/offline) lists the files and hashes
 * them, the worker and the offline page read the result.
 */

/** What the worker keeps for one language. */
export interface OfflineEdition {
  /** The page shown for an address that is not stored, when the network is down. */
  offlinePage: string;
  /** Every page of the edition a reader may want on a train: essays, comparison, topics, glossary, self-tests. */
  pages: string[];
  /** That language's search index (Pagefind's meta, chunks, fragments, WebAssembly) and vocabulary. */
  files: string[];
}

/** The worker's whole plan, written into sw.js at build time. */
export interface OfflineManifest {
  /** Changes with any stored file's content: a new cache at each deploy that changes something. */
  version: string;
  /** The base path; the worker never answers for anything outside it. */
  scope: string;
  /** Stored at install, whatever the language: scripts, styles, the offline pages, Pagefind's loader. */
  shell: string[];
  editions: Record<Locale, OfflineEdition>;
}

/** Cache names start with this and the scope, so two sites on one origin never clear each other's. */
export const cacheName = (scope: string, version: string): string => `cac-offline:${scope}:${version}`;
export const isOwnCache = (name: string, scope: string): boolean => name.startsWith(`cac-offline:${scope}:`);

/** The messages a page sends to the worker. */
export type OfflineRequest =
  { type: 'precache'; locale: string } | { type: 'status'; locale: string } | { type: 'clear' };

/** The worker's answer to 'status' (and to 'precache' once done). */
export interface OfflineStatus {
  locale: Locale;
  /** Addresses of the edition's pages that are stored. */
  stored: string[];
  /** How many pages and search files the edition has, and how many of them are stored. */
  total: number;
  complete: number;
  /** True when the browser says the connection is metered: nothing is fetched ahead. */
  metered: boolean;
}

/** The file's language edition, from its path relative to the site root ("en/essays/x/" → en). */
export function editionOf(path: string): Locale {
  const relative = path.replace(/^\/+/, '');
  const translated = LOCALES.filter((locale) => localePrefix(locale) !== '');
  return translated.find((locale) => relative.startsWith(localePrefix(locale))) ?? DEFAULT_LOCALE;
}

/** Sections readers do not need offline: the embeds and the embedding guide are for bloggers, online. */
const ONLINE_SECTIONS = [...sectionsOf((spec) => spec.embeddable === true), 'embedGuide', 'oembed'] as const;

/** True for a built page ("articoli/x/index.html") worth keeping: not an embed, the guide, or 404. */
export function isOfflinePage(file: string): boolean {
  if (!file.endsWith('index.html')) return false;
  const path = file.slice(0, -'index.html'.length);
  const locale = editionOf(path);
  return !ONLINE_SECTIONS.some((section) => path.startsWith(sectionRoot(section, locale)));
}

/** The URL a page file is served at: "articoli/x/index.html" → "/base/articoli/x/". */
export const pageUrl = (file: string, base: string): string =>
  withBase(base, file.slice(0, -'index.html'.length));

/** Pagefind's files that every language's search loads. */
const SEARCH_SHELL =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind-highlight\.js)$/;

/** The language of a Pagefind file named after it (`pagefind.en_….pf_meta`, `index/en_….pf_index`, `wasm.en.pagefind`, `vocabulary.en.json`). */
function searchFileLanguage(file: string): string | undefined {
  return /^pagefind\/(?:pagefind\.|wasm\.|vocabulary\.|index\/|filter\/)([a-z]{2,3})[._]/.exec(file)?.[1];
}

/**
 * The plan for a built site: `files` are every file of the build relative to its root, with "/"
 * separators; `fragmentEditions` the language of each Pagefind fragment (its page's URL says it,
 * the file name does not). The version is the build's to give (it hashes the contents).
 */
export function offlinePlan(
  files: readonly string[],
  fragmentEditions: Readonly<Record<string, Locale>>,
  base: string,
): Omit<OfflineManifest, 'version'> {
  const url = (file: string) => withBase(base, file);
  const offlinePages = Object.fromEntries(
    LOCALES.map((locale) => [locale, withBase(base, anyRoutePath('offline', undefined, locale))]),
  ) as Record<Locale, string>;
  const editions = Object.fromEntries(
    LOCALES.map((locale): [Locale, OfflineEdition] => [
      locale,
      { offlinePage: offlinePages[locale], pages: [], files: [] },
    ]),
  ) as Record<Locale, OfflineEdition>;
  const shell: string[] = [...Object.values(offlinePages)];
  const languages = new Map(LOCALES.map((locale) => [htmlLang(locale), locale]));
  for (const file of [...files].sort()) {
    if (file.startsWith('_astro/') || file === 'favicon.svg' || SEARCH_SHELL.test(file)) {
      shell.push(url(file));
    } else if (file.startsWith('pagefind/fragment/')) {
      const locale = fragmentEditions[file];
      if (locale) editions[locale].files.push(url(file));
    } else if (file.startsWith('pagefind/')) {
      const locale = languages.get(searchFileLanguage(file) ?? '');
      if (locale) editions[locale].files.push(url(file));
    } else if (isOfflinePage(file)) {
      const page = pageUrl(file, base);
      if (!shell.includes(page)) editions[editionOf(file)].pages.push(page);
    }
  }
  return { scope: withBase(base, ''), shell, editions };
}

export type Strategy = 'cache-first' | 'network-first' | 'pass';

/**
 * How the worker answers a same-origin GET: files whose names carry a content hash never change,
 * so the stored copy is right (cache first); pages and Pagefind's fixed-name files change with
 * each deploy, so the network wins whenever it answers (network first). The worker itself and
 * anything outside the site's base path are left to the browser.
 */
export function strategyFor(pathname: string, scope: string): Strategy {
  if (!pathname.startsWith(scope)) return 'pass';
  const path = pathname.slice(scope.length);
  if (path === 'sw.js') return 'pass';
  if (path.startsWith('_astro/')) return 'cache-first';
  if (/^pagefind\/(?:(?:fragment|index|filter)\/|.*\.pf_meta$|wasm\.[^/]+\.pagefind$)/.test(path)) {
    return 'cache-first';
  }
  return 'network-first';
}

/** The subset of the Network Information API that says a connection costs by the byte. */
export interface ConnectionHint {
  saveData?: boolean;
  type?: string;
  metered?: boolean;
}

/** True when the browser says the connection is metered, or the reader asked to save data. Unknown is not metered. */
export const isMetered = (connection: ConnectionHint | undefined): boolean =>
  connection?.saveData === true || connection?.metered === true || connection?.type === 'cellular';
