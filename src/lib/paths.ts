import { LOCALES, type Locale } from '../i18n/locales';
import {
  isPaged,
  LOCALE_ROUTES,
  pageKinds,
  sectionsOf,
  specOf,
  type EntryKind,
  type PagedKind,
  type PageKind,
  type Section,
  type SubpageKind,
} from './routes';

/**
 * URL paths of every page kind, per locale, read from the route table (lib/routes). Pages and
 * components never write a path by hand: the base path (a project site lives under /repo-name/)
 * and each language's segments are handled here only. The locale is always given: a forgotten
 * one is a type error, never an Italian page linked from an English one.
 */
export type { PageKind } from './routes';

/** The slug of a subpage: the id of its entry and of its item there (a test and one of its bands). */
export interface SubpageSlug {
  entry: string;
  item: string;
}

/** Any kind's slug: an entry's id, a subpage's { entry, item }, or none. */
export type RouteSlug = string | SubpageSlug | undefined;

/** The slug a kind takes: an entry's id for the kinds with one page per entry, { entry, item } for subpages, none for the rest. */
export type SlugOf<K extends PageKind> = K extends SubpageKind
  ? SubpageSlug
  : K extends EntryKind
    ? string
    : undefined;

/** Joins a base ("/", "/repo", "/repo/") and a relative path into one absolute path with single slashes. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const root = head.startsWith('/') ? head : `/${head}`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** The folder of a language's edition under the site root: "" for the default language, "en/". */
export const localePrefix = (locale: Locale): string => LOCALE_ROUTES[locale].prefix;

/** The folder of a section in a language's edition, relative to the site root: "en/essays/". */
export const sectionRoot = (section: Section, locale: Locale): string =>
  `${localePrefix(locale)}${LOCALE_ROUTES[locale].sections[section]}/`;

/**
 * Path of a page relative to the site root, without the base, always ending with a slash. For code
 * that walks the route table, where the kind is only known at run time; elsewhere use routePath.
 */
export function anyRoutePath(kind: PageKind, slug: RouteSlug, locale: Locale): string {
  const { section, entries, subpage } = specOf(kind);
  if (typeof slug === 'object' || subpage) {
    if (typeof slug !== 'object' || !subpage || !section || !slug.entry || !slug.item) {
      const shown = typeof slug === 'object' ? JSON.stringify(slug) : `"${slug ?? ''}"`;
      throw new Error(
        `routePath: page kind "${kind}" ${subpage ? 'needs slug { entry, item }' : 'takes no such slug'} (got ${shown}).`,
      );
    }
    return `${sectionRoot(section, locale)}${slug.entry}/${LOCALE_ROUTES[locale].subpages[subpage]}/${slug.item}/`;
  }
  if (Boolean(entries) !== Boolean(slug)) {
    throw new Error(
      `routePath: page kind "${kind}" ${entries ? 'needs' : 'takes no'} slug (got "${slug ?? ''}").`,
    );
  }
  if (!section) return localePrefix(locale);
  return slug ? `${sectionRoot(section, locale)}${slug}/` : sectionRoot(section, locale);
}

/** Path of a page relative to the site root, without the base, always ending with a slash. */
export const routePath: <K extends PageKind>(kind: K, slug: SlugOf<K>, locale: Locale) => string =
  anyRoutePath;

/** Absolute path of a page under the configured base, e.g. "/articoli/fiducia/". */
export function pagePath<K extends PageKind>(base: string, kind: K, slug: SlugOf<K>, locale: Locale): string {
  return withBase(base, routePath(kind, slug, locale));
}

/**
 * Absolute path of a self-test's result page for one band, under the base:
 * /autovalutazioni/pendolo/risultato/<band id>/, /en/self-assessments/pendulum/result/<band id>/.
 * The ids are those of the test and the band in `locale` (translations have their own).
 */
export const resultPagePath = (base: string, testId: string, bandId: string, locale: Locale): string =>
  pagePath(base, 'selfTestResult', { entry: testId, item: bandId }, locale);

/** The file name of each edition's RSS feed, at the edition's root. */
export const FEED_FILE = 'rss.xml';

/** A file of one language's edition, under the base: the feed is /rss.xml in Italian, /en/rss.xml in English. */
export function localeFilePath(base: string, file: string, locale: Locale): string {
  return withBase(base, `${localePrefix(locale)}${file}`);
}

/** The EPUB's file name, in the book page's own folder (integrations/book writes it). */
export const BOOK_FILE = 'cliente-al-centro.epub';

/** The EPUB of a language, relative to the site root: "libro/cliente-al-centro.epub", "en/book/cliente-al-centro.epub". */
export const bookFile = (locale: Locale): string => `${anyRoutePath('book', undefined, locale)}${BOOK_FILE}`;

/** The oEmbed file of a self-test in one language, relative to the site root: oembed/<id>.json. */
export const oEmbedFile = (id: string, locale: Locale): string =>
  `${sectionRoot('oembed', locale)}${id}.json`;

/** Page `n` of a long list, relative to the site root: page 1 is the list's own page. */
export function pagedRoutePath<K extends PagedKind>(
  kind: K,
  slug: SlugOf<K>,
  n: number,
  locale: Locale,
): string {
  return anyPagedRoutePath(kind, slug, n, locale);
}

/** pagedRoutePath for code that walks the route table: a kind that is not paged has page 1 only. */
export function anyPagedRoutePath(kind: PageKind, slug: RouteSlug, n: number, locale: Locale): string {
  const first = anyRoutePath(kind, slug, locale);
  if (n <= 1) return first;
  if (!isPaged(kind))
    throw new Error(`pagedRoutePath: page kind "${kind}" is not paged (asked for page ${n}).`);
  return `${first}${LOCALE_ROUTES[locale].page}/${n}/`;
}

/** Page `n` of a paginated list page (essays, self-tests, a topic, an author), under the base. */
export function pagedPath<K extends PagedKind>(
  base: string,
  kind: K,
  slug: SlugOf<K>,
  n: number,
  locale: Locale,
): string {
  return withBase(base, pagedRoutePath(kind, slug, n, locale));
}

/** The kinds with a share image of their own; every other page shows the site's. */
export type OgImageKind = 'home' | 'essay' | 'topic' | 'selfTest' | 'selfTestResult';

/**
 * The share image of a page, relative to the site root: og/articoli/<slug>.png, a band's card
 * og/autovalutazioni/<test>/risultato/<band>.png, og/sito.png for the rest.
 */
export function ogImagePath<K extends OgImageKind>(
  kind: K,
  slug: SlugOf<K> | undefined,
  locale: Locale,
): string {
  // Under og/ in every language (og/en/essays/<slug>.png): one folder for the images' cache rules.
  if (kind === 'home' || !slug) return `og/${localePrefix(locale)}sito.png`;
  return `og/${anyRoutePath(kind, slug, locale).replace(/\/$/, '')}.png`;
}

/**
 * True for a path relative to the site root ("embed/fiducia/") of a kind the route table leaves out
 * of the sitemap, in any language: the sitemap's filter.
 */
export function isUnlistedPath(path: string): boolean {
  const relative = path.replace(/^\/+/, '');
  return LOCALES.some(
    (locale) =>
      sectionsOf((spec) => spec.unlisted === true && !spec.subpage).some((section) =>
        relative.startsWith(sectionRoot(section, locale)),
      ) ||
      // Subpages share their section with listed pages: <section>/<entry>/<subpage segment>/….
      pageKinds().some((kind) => {
        const { section, subpage, unlisted } = specOf(kind);
        if (!section || !subpage || !unlisted) return false;
        const root = sectionRoot(section, locale);
        if (!relative.startsWith(root)) return false;
        return relative.slice(root.length).split('/')[1] === LOCALE_ROUTES[locale].subpages[subpage];
      }),
  );
}
