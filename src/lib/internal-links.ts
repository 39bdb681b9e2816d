import type { Locale } from '../i18n/locales';
import { anyRoutePath, withBase } from './paths';
import { entriesOf, pageKinds, subpageOf, type EntryCollection } from './routes';

/** The entry ids of one language, by collection: what the entry pages of the route table are built from. */
export type ContentIds = Partial<Record<EntryCollection, readonly string[]>>;

/**
 * Every page path the site builds (relative to the site root, without the base, "" for the home
 * page), from the route table and the ids in each language's content folders: what an internal
 * link in content may point to. (Later pages of long lists are left out: content links to a list;
 * so are subpages, a test's result pages: content links to the test.)
 */
export function sitePagePaths(idsByLocale: Partial<Record<Locale, ContentIds>>): Set<string> {
  const paths = new Set<string>();
  for (const [locale, ids] of Object.entries(idsByLocale) as [Locale, ContentIds][]) {
    for (const kind of pageKinds()) {
      const collection = entriesOf(kind);
      if (subpageOf(kind)) continue;
      if (!collection) paths.add(anyRoutePath(kind, undefined, locale));
      else for (const id of ids[collection] ?? []) paths.add(anyRoutePath(kind, id, locale));
    }
  }
  return paths;
}

export interface LinkCheck {
  /** Paths of the site's pages, as sitePagePaths gives them. */
  pages: ReadonlySet<string>;
  /** Other files served from the site root (public/, the feed), relative to it. */
  files: ReadonlySet<string>;
  /** Ids of the elements in the same document, for "#fragment" links. */
  ids: ReadonlySet<string>;
  /** Path of the page the link is on, relative to the site root ("articoli/x/"). */
  from: string;
}

export type LinkResult =
  | { kind: 'external' }
  | { kind: 'ok'; path: string; search: string; hash: string }
  | { kind: 'broken'; reason: string };

const ORIGIN = 'https://site.invalid';

/**
 * Resolves a link written in content and says whether it leads somewhere. Authors write site
 * links from the site root ("/temi/fiducia/") or relative to the page; `path` is then relative to
 * the site root, so the caller can put the base path in front.
 */
export function checkContentLink(href: string, check: LinkCheck): LinkResult {
  const page = new URL(`/${check.from}`, ORIGIN);
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return { kind: 'broken', reason: `"${href}" is not a valid address` };
  }
  if (url.origin !== ORIGIN) return { kind: 'external' };
  const path = decodeURI(url.pathname).replace(/^\//, '');
  if (path === check.from && url.hash) {
    const id = decodeURIComponent(url.hash.slice(1));
    return check.ids.has(id)
      ? { kind: 'ok', path, search: url.search, hash: url.hash }
      : { kind: 'broken', reason: `"${href}": there is no heading or element with id "${id}" on this page` };
  }
  const isPage = path.endsWith('/') || path === '';
  if (isPage ? check.pages.has(path) : check.files.has(path)) {
    return { kind: 'ok', path, search: url.search, hash: url.hash };
  }
  if (!isPage && check.pages.has(`${path}/`)) {
    return { kind: 'broken', reason: `"${href}": pages end with a slash, write "/${path}/"` };
  }
  return { kind: 'broken', reason: `"${href}" leads to /${path}, which the site does not have` };
}

/** The href to write in the built page: site paths get the base in front. */
export function hrefWithBase(base: string, result: Extract<LinkResult, { kind: 'ok' }>): string {
  return `${withBase(base, result.path)}${result.search}${result.hash}`;
}
