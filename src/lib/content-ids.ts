/** Entry files the content loaders read, by extension. */
export const ENTRY_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml', '.json'] as const;

/** Lowercase words joined by single hyphens: the only shape an entry id (and so a URL slug) may take. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of an entry is its file name without the extension, exactly: the file name is the slug,
 * so an author can predict every URL and every reference from the folder listing.
 */
export function entryIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** True when an id is usable as a URL segment: lowercase ASCII letters, digits and single hyphens. */
export function isValidEntryId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * The language and slug of an essay file, from its path relative to the content folder:
 * essays/<slug>.mdx is in the default language, <locale>/essays/<slug>.mdx a translation.
 * Anything else is not an essay.
 */
export function essayFile(
  relativePath: string,
  defaultLocale: string,
  translated: readonly string[],
): { locale: string; slug: string } | undefined {
  const match = /^(?:([a-z]{2})[\\/])?essays[\\/]([^\\/]+)\.mdx?$/.exec(relativePath);
  if (!match) return undefined;
  const [, locale, slug = ''] = match;
  if (locale === undefined) return { locale: defaultLocale, slug };
  return translated.includes(locale) ? { locale, slug } : undefined;
}
