/** Share images are 1200×630, the size Open Graph and Twitter cards expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Search results and browser tabs cut titles longer than this. */
export const MAX_TITLE_LENGTH = 70;

/**
 * "Page · Site"; the page title alone when it already names the site (the home page) or when the
 * site name would push it past MAX_TITLE_LENGTH.
 */
export function documentTitle(pageTitle: string, siteName: string): string {
  const full = `${pageTitle} · ${siteName}`;
  return pageTitle.includes(siteName) || full.length > MAX_TITLE_LENGTH ? pageTitle : full;
}

/** Absolute canonical URL of a path on the site; query and fragment never belong to it. */
export function canonicalUrl(site: string | URL, pathname: string): string {
  const url = new URL(pathname, site);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * A meta description of at most `max` characters, cut at a word boundary with an ellipsis:
 * search engines truncate longer ones mid-word.
 */
export function clampDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
