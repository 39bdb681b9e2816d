import { readdirSync, statSync } from 'node:fs';

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

// Folder listings keyed by path and modification time: references are checked once per field per
// entry, and re-reading the folder each time would make the check quadratic on a large corpus.
const listings = new Map<string, { mtimeMs: number; files: string[]; ids: string[] }>();

function listing(dir: string): { files: string[]; ids: string[] } {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return { files: [], ids: [] };
  }
  const cached = listings.get(dir);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const files = readdirSync(dir, { withFileTypes: true })
    .filter(
      (file) =>
        file.isFile() &&
        !file.name.startsWith('_') &&
        ENTRY_EXTENSIONS.some((ext) => file.name.endsWith(ext)),
    )
    .map((file) => file.name)
    .sort();
  const entry = { mtimeMs, files, ids: [...new Set(files.map(entryIdFromPath))].sort() };
  listings.set(dir, entry);
  return entry;
}

/**
 * Ids of the entries in one content folder (not recursive), sorted.
 * A missing folder has no entries: the reference check then names the id that was not found.
 */
export function listEntryIds(dir: string): string[] {
  return listing(dir).ids;
}

/** The entry files of a folder that share the id `id` (more than one is a mistake: one URL, two pages). */
export function filesWithId(dir: string, id: string): string[] {
  return listing(dir).files.filter((file) => entryIdFromPath(file) === id);
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
