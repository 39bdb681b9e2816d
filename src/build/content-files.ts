import { readdirSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ENTRY_EXTENSIONS, entryIdFromPath } from '../lib/content-ids';

/**
 * The entry files of the content folders, read from disk at build time (by the content schemas'
 * reference checks, the loaders' file-name checks and the rehype plugins). The rules on names
 * and ids are pure and live in lib/content-ids.ts.
 */

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
 * The path of a file inside the content folder, as the rehype plugins name essays by it. Both
 * sides are resolved to real paths: Vite hands the plugins the file's real path, so a content
 * folder reached through a symbolic link (a test project, a deploy that links content/) must be
 * resolved too, or no essay would be recognised and its checks would silently not run.
 */
export function pathInContent(contentDir: string, file: string): string {
  const real = (path: string) => {
    try {
      return realpathSync(resolve(path));
    } catch {
      return resolve(path);
    }
  };
  return relative(real(contentDir), real(file));
}
