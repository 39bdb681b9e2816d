import { glob, type Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesWithId } from '../build/content-files';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { findImpossibleDays } from '../lib/calendar-days';
import { entryIdFromPath, isValidEntryId } from '../lib/content-ids';

/**
 * Where the content lives. The real site reads ./content; tests and the scale benchmark point this
 * at a copy so that the real folder is never touched.
 */
export const CONTENT_DIR = process.env['CAC_CONTENT_DIR'] ?? 'content';

/**
 * The records of the five originals (title, publisher, year, address): outside content/ because
 * a citation gives the original's full title verbatim, while everything in content/ is our own
 * prose and must share no run of eight words with an original (the originality check reads
 * content/ and src/). tests/content/originals.test.ts checks that the title is the only verbatim
 * text in these files.
 */
export const ORIGINALS_DIR = process.env['CAC_ORIGINALS_DIR'] ?? 'originals';

/** Where a collection's files are: content/<collection>/, or originals/ for the sources. */
export const collectionDir = (collection: string): string =>
  collection === 'sources' ? ORIGINALS_DIR : join(CONTENT_DIR, FOLDERS[collection] ?? collection);

/** Collections whose folder is not named like the collection. */
const FOLDERS: Record<string, string> = { readingPaths: 'reading-paths' };

/** The files of a data collection (authors, topics, sources, references, glossary, self-tests, reading paths). */
export const DATA_FILES = '*.{yaml,yml,json}';

/**
 * File name = id = URL slug, checked so that a bad file name, or two files with one name (and so
 * one URL), fail with the file names in the message.
 */
const idGenerator =
  (dir: string) =>
  ({ entry }: { entry: string }) => {
    const id = entryIdFromPath(entry);
    if (!isValidEntryId(id)) {
      throw new Error(
        `${entry}: the file name "${id}" is not a valid slug. Rename it with lowercase letters, digits and hyphens only (e.g. "customer-centricity.mdx").`,
      );
    }
    const twins = filesWithId(dir, id);
    if (twins.length > 1) {
      // Every twin, sorted: the loader reaches them in no fixed order, the message is always the same.
      throw new Error(
        `${[...twins]
          .sort()
          .map((file) => join(dir, file))
          .join(
            ' and ',
          )} have the same name, so both would be the entry (and page) "${id}". Rename or remove one of them.`,
      );
    }
    return id;
  };

/**
 * Translations live in content/<locale>/<folder>/; their id is "<locale>/<file name>"
 * ("en/trust-in-the-client-relationship"), the file name being the page's slug in that language.
 */
const translationIdGenerator =
  (folder: string) =>
  ({ entry }: { entry: string }) => {
    const [locale = '', ...rest] = entry.split(/[\\/]/);
    if (!(TRANSLATED_LOCALES as readonly string[]).includes(locale)) {
      throw new Error(
        `${join(CONTENT_DIR, entry)}: "${locale}" is not a language of the site. Translations go in ${TRANSLATED_LOCALES.map((l) => join(CONTENT_DIR, l, folder)).join(' or ')}.`,
      );
    }
    const id = idGenerator(join(CONTENT_DIR, locale, folder))({ entry: rest.slice(1).join('/') });
    return `${locale}/${id}`;
  };

/**
 * The glob loader, plus the checks that need the raw file: YAML turns an impossible date such as
 * 2026-13-45 into a real one before the schema sees it, so dates are checked on the text first.
 */
export const contentLoader = (folder: string, pattern: string, translations = false): Loader => {
  const inner = translations
    ? glob({
        pattern: `*/${folder}/${pattern}`,
        base: CONTENT_DIR,
        generateId: translationIdGenerator(folder),
      })
    : glob({ pattern, base: collectionDir(folder), generateId: idGenerator(collectionDir(folder)) });
  return {
    name: `cac-${translations ? 'translated-' : ''}${folder}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) {
            const [bad] = findImpossibleDays(readFileSync(props.filePath, 'utf8'));
            if (bad) {
              const file = relative(process.cwd(), props.filePath);
              throw new Error(
                `${file}:${bad.line}: ${bad.field} "${bad.value}" is not a real calendar day. Write it as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.`,
              );
            }
          }
          return context.parseData(props);
        },
      }),
  };
};
