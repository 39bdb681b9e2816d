import { LOCALES, type Locale } from '../i18n/locales';
import {
  isPaged,
  LOCALE_ROUTES,
  sectionsOf,
  specOf,
  type EntryKind,
  type PagedKind,
  type PageKind,
  type Section,
} from './routes';

/**
 * URL paths of every page kind, per locale, read from the route table (lib/routes). Pages and
 * components never write a path by hand: the base path (a project site lives under /repo-name/)
 * and each language's segments are handled here only. The locale is always given: a forgotten
 * one is a type error, never an Italian page linked from an English one.
 */
export type { PageKind } from './routes';

/** The slug a kind takes: an entry's id for the kinds with one page per entry, none for the rest. */
export type SlugOf<K extends PageKind> = K extends EntryKind ? string : undefined;

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
export function anyRoutePath(kind: PageKind, slug: string | undefined, locale: Locale): string {
  const { section, entries } = specOf(kind);
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

/** The file name of each edition's RSS feed, at the edition's root. */
export const FEED_FILE = 'rss.xml';

/** A file of one language's edition, under the base: the feed is /rss.xml in Italian, /en/rss.xml in English. */
export function localeFilePath(base: string, file: string, locale: Locale): string {
  return withBase(base, `${localePrefix(locale)}${file}`);
}

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
export function anyPagedRoutePath(
  kind: PageKind,
  slug: string | undefined,
  n: number,
  locale: Locale,
): string {
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

/** The share image of a page, relative to the site root: og/articoli/<slug>.png, og/sito.png for the rest. */
export function ogImagePath(
  kind: 'home' | 'essay' | 'topic' | 'selfTest',
  slug: string | undefined,
  locale: Locale,
): string {
  // Under og/ in every language (og/en/essays/<slug>.png): one folder for the images' cache rules.
  if (kind === 'home' || !slug) return `og/${localePrefix(locale)}sito.png`;
  return `og/${routePath(kind, slug, locale).replace(/\/$/, '')}.png`;
}

/**
 * True for a path relative to the site root ("embed/fiducia/") of a kind the route table leaves out
 * of the sitemap, in any language: the sitemap's filter.
 */
export function isUnlistedPath(path: string): boolean {
  const relative = path.replace(/^\/+/, '');
  return LOCALES.some((locale) =>
    sectionsOf((spec) => spec.unlisted === true).some((section) =>
      relative.startsWith(sectionRoot(section, locale)),
    ),
  );
}
