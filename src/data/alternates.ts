import { inLocale, oncePerLocale, type TranslatedCollection } from './content';
import { authorPages, essayListPages, selfTestListPages, topicPages } from './listings';
import { hasPage } from './pages';
import { LOCALES, type Locale } from '../i18n/locales';
import { anyRoutePath, pagedPath, withBase } from '../lib/paths';
import { entriesOf, type EntryKind, type SingleKind } from '../lib/routes';

/** The same page in each language it exists in, as paths under the base: hreflang and the language switcher. */
export type Alternates = Partial<Record<Locale, string>>;

const base = () => import.meta.env.BASE_URL;

/** A page that exists once in every language (the home page, a list, search, the glossary). */
export function sectionAlternates(kind: SingleKind): Alternates {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, withBase(base(), anyRoutePath(kind, undefined, locale))]),
  );
}

/** A page that exists once in the languages whose text has been written (the comparison, the reading paths). */
export async function writtenSectionAlternates(kind: SingleKind): Promise<Alternates> {
  const all = sectionAlternates(kind);
  const present = await Promise.all(
    LOCALES.map(async (locale) => ((await hasPage(kind, locale)) ? [locale] : [])),
  );
  return Object.fromEntries(present.flat().map((locale) => [locale, all[locale]]));
}

/** The page of one entry (by its key, the Italian id) in every language that has it. */
export async function entryAlternates(kind: EntryKind, key: string): Promise<Alternates> {
  const collection: TranslatedCollection | undefined = entriesOf(kind);
  if (!collection) throw new Error(`entryAlternates: "${kind}" has no entries in the route table.`);
  const alternates: Alternates = {};
  for (const locale of LOCALES) {
    const entry = await inLocale(collection, key, locale);
    if (entry) alternates[locale] = withBase(base(), anyRoutePath(kind, entry.id, locale));
  }
  return alternates;
}

/**
 * A self-test's result page for one band in every language that has the test: band `index` of a
 * translation is band `index` of the original (the build refuses a translation whose bands differ).
 */
export async function resultAlternates(key: string, index: number): Promise<Alternates> {
  const alternates: Alternates = {};
  for (const locale of LOCALES) {
    const test = await inLocale('self-tests', key, locale);
    const band = test?.data.bands[index];
    if (test && band)
      alternates[locale] = withBase(
        base(),
        anyRoutePath('selfTestResult', { entry: test.id, item: band.id }, locale),
      );
  }
  return alternates;
}

/** How many pages each topic's and author's list has in one language, and its slug there, by key. */
const listSizes = oncePerLocale(async (locale) => {
  const sizes = new Map<string, { slug: string; count: number }>();
  const count = (kind: string, key: string, slug: string) => {
    const id = `${kind}:${key}`;
    sizes.set(id, { slug, count: (sizes.get(id)?.count ?? 0) + 1 });
  };
  for (const { topic } of await topicPages(locale)) count('topic', topic.key, topic.id);
  for (const { author } of await authorPages(locale)) count('author', author.key, author.id);
  return sizes;
});

/**
 * Page `n` of a long list in every language where the list has that many pages (the English
 * lists are shorter while not every essay is translated).
 */
export async function listAlternates(
  kind: 'essays' | 'selfTests' | 'topic' | 'author',
  key: string | undefined,
  n: number,
): Promise<Alternates> {
  const alternates: Alternates = {};
  for (const locale of LOCALES) {
    let slug: string | undefined;
    let count: number;
    if (kind === 'essays') count = (await essayListPages(locale)).length;
    else if (kind === 'selfTests') count = (await selfTestListPages(locale)).length;
    else {
      const size = (await listSizes(locale)).get(`${kind}:${key ?? ''}`);
      if (!size) continue;
      ({ slug, count } = size);
    }
    if (n === 1 || n <= count) alternates[locale] = pagedPath(base(), kind, slug, n, locale);
  }
  return alternates;
}
