/**
 * URL paths of every page kind, per locale. Pages and components never write a path by hand:
 * the base path (a project site lives under /repo-name/) and the English segments come later,
 * and both are handled here only.
 */
export type PageKind =
  | 'home'
  | 'essays'
  | 'essay'
  | 'topics'
  | 'topic'
  | 'authors'
  | 'author'
  | 'search'
  | 'selfTests'
  | 'selfTest'
  | 'embed'
  | 'embedGuide'
  | 'glossary'
  | 'term';

export type RouteLocale = 'it' | 'en';

type Section = 'essays' | 'topics' | 'authors' | 'search' | 'selfTests' | 'embed' | 'embedGuide' | 'glossary';

const SEGMENTS: Record<RouteLocale, Record<Section, string>> = {
  it: {
    essays: 'articoli',
    topics: 'temi',
    authors: 'autori',
    search: 'cerca',
    selfTests: 'autovalutazioni',
    embed: 'embed',
    embedGuide: 'incorpora',
    glossary: 'glossario',
  },
  en: {
    essays: 'essays',
    topics: 'topics',
    authors: 'authors',
    search: 'search',
    selfTests: 'self-assessments',
    embed: 'embed',
    embedGuide: 'embedding',
    glossary: 'glossary',
  },
};

/** The segment before a page number in a long list: /articoli/pagina/2/. */
const PAGE_SEGMENT: Record<RouteLocale, string> = { it: 'pagina', en: 'page' };

/** The root of a locale: Italian is the default and has no prefix. */
const LOCALE_PREFIX: Record<RouteLocale, string> = { it: '', en: 'en/' };

const SECTION_OF: Record<Exclude<PageKind, 'home'>, Section> = {
  essays: 'essays',
  essay: 'essays',
  topics: 'topics',
  topic: 'topics',
  authors: 'authors',
  author: 'authors',
  search: 'search',
  selfTests: 'selfTests',
  selfTest: 'selfTests',
  embed: 'embed',
  embedGuide: 'embedGuide',
  glossary: 'glossary',
  term: 'glossary',
};

const NEEDS_SLUG = new Set<PageKind>(['essay', 'topic', 'author', 'selfTest', 'embed', 'term']);

/** Joins a base ("/", "/repo", "/repo/") and a relative path into one absolute path with single slashes. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const root = head.startsWith('/') ? head : `/${head}`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** Path of a page relative to the site root, without the base, always ending with a slash. */
export function routePath(kind: PageKind, slug?: string, locale: RouteLocale = 'it'): string {
  const prefix = LOCALE_PREFIX[locale];
  if (kind === 'home') return prefix;
  if (NEEDS_SLUG.has(kind) !== Boolean(slug)) {
    throw new Error(
      `routePath: page kind "${kind}" ${NEEDS_SLUG.has(kind) ? 'needs' : 'takes no'} slug (got "${slug ?? ''}").`,
    );
  }
  const segment = SEGMENTS[locale][SECTION_OF[kind]];
  return slug ? `${prefix}${segment}/${slug}/` : `${prefix}${segment}/`;
}

/** Absolute path of a page under the configured base, e.g. "/articoli/fiducia/". */
export function pagePath(base: string, kind: PageKind, slug?: string, locale: RouteLocale = 'it'): string {
  return withBase(base, routePath(kind, slug, locale));
}

/** A file of one language's edition, under the base: the feed is /rss.xml in Italian, /en/rss.xml in English. */
export function localeFilePath(base: string, file: string, locale: RouteLocale = 'it'): string {
  return withBase(base, `${LOCALE_PREFIX[locale]}${file}`);
}

/** Page `page` of a paginated list page (essays, self-tests, a topic, an author): page 1 is the page itself. */
export function pagedPath(
  base: string,
  kind: 'essays' | 'selfTests' | 'topic' | 'author',
  slug: string | undefined,
  page: number,
  locale: RouteLocale = 'it',
): string {
  const first = pagePath(base, kind, slug, locale);
  return page <= 1 ? first : `${first}${PAGE_SEGMENT[locale]}/${page}/`;
}

/** The share image of a page, relative to the site root: og/articoli/<slug>.png, og/sito.png for the rest. */
export function ogImagePath(
  kind: 'home' | 'essay' | 'topic' | 'selfTest',
  slug?: string,
  locale: RouteLocale = 'it',
): string {
  // Under og/ in every language (og/en/essays/<slug>.png): one folder for the images' cache rules.
  if (kind === 'home' || !slug) return `og/${LOCALE_PREFIX[locale]}sito.png`;
  return `og/${routePath(kind, slug, locale).replace(/\/$/, '')}.png`;
}
