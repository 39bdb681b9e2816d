import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { sortEssays, visibleEssays } from '../lib/essays';
import { allRelated, type Related } from '../lib/related';
import type { EntryCollection } from '../lib/routes';

/**
 * A query that runs once per production build: content cannot change during one, and pages ask
 * for the same lists thousands of times on a large site. In development it runs on every call,
 * so that edits show up.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

/** once() for a query with one result per locale. */
export function oncePerLocale<T>(compute: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const perLocale = new Map<Locale, () => Promise<T>>();
  for (const locale of LOCALES)
    perLocale.set(
      locale,
      once(() => compute(locale)),
    );
  return (locale) => perLocale.get(locale)!();
}

/** The collections whose entries exist in every language, each with its translations' collection. */
const TRANSLATIONS = {
  essays: 'essayTranslations',
  authors: 'authorTranslations',
  topics: 'topicTranslations',
  glossary: 'glossaryTranslations',
  'self-tests': 'selfTestTranslations',
  guides: 'guideTranslations',
  readingPaths: 'readingPathTranslations',
} as const satisfies Record<EntryCollection | 'guides' | 'readingPaths', CollectionKey>;

/** The collections with translations in content/<locale>/. */
type WithTranslations = keyof typeof TRANSLATIONS;

/** The collections with pages in every language: those of the route table. */
export type TranslatedCollection = EntryCollection;

/**
 * An entry as a page in one language shows it: the Italian original's data with the
 * translation's texts, and the translation's slug as `id`. `key` is the original's id, which is
 * what every reference between entries uses, in any language.
 */
export type Localized<C extends CollectionKey> = CollectionEntry<C> & { key: string; locale: Locale };

export type Essay = Localized<'essays'>;
export type Author = Localized<'authors'>;
export type Topic = Localized<'topics'>;
export type Source = Localized<'sources'>;
export type Reference = Localized<'references'>;
export type GlossaryTerm = Localized<'glossary'>;
export type SelfTest = Localized<'self-tests'>;
export type Guide = Localized<'guides'>;
export type ReadingPath = Localized<'readingPaths'>;

/** The Italian entries, as views of themselves. */
const originals = async <C extends CollectionKey>(collection: C): Promise<Localized<C>[]> =>
  (await getCollection(collection)).map((entry) => ({ ...entry, key: entry.id, locale: DEFAULT_LOCALE }));

interface TranslationEntry {
  id: string;
  filePath?: string | undefined;
  data: { translationOf: { id: string } };
}

/**
 * The translations of one collection into `locale`, as views: the original entry with the
 * translation's fields laid over its data. `merge` says which fields a translation replaces. Two
 * translations of one original fail the build naming both files.
 */
async function translated<C extends WithTranslations>(
  collection: C,
  locale: Locale,
  merge: (
    original: CollectionEntry<C>,
    translation: CollectionEntry<(typeof TRANSLATIONS)[C]>,
  ) => Partial<CollectionEntry<C>>,
): Promise<Localized<C>[]> {
  const byId = new Map((await getCollection(collection)).map((entry) => [entry.id, entry]));
  const seen = new Map<string, string>();
  const views: Localized<C>[] = [];
  const entries = (await getCollection(TRANSLATIONS[collection])) as CollectionEntry<
    (typeof TRANSLATIONS)[C]
  >[];
  for (const translation of entries) {
    const entry = translation as unknown as TranslationEntry;
    const [entryLocale, slug = ''] = entry.id.split('/');
    if (entryLocale !== locale) continue;
    const key = entry.data.translationOf.id;
    const file = entry.filePath ?? `content/${entry.id}`;
    const twin = seen.get(key);
    if (twin) {
      throw new Error(
        `${file}: ${twin} already translates content/${collection}/${key} into "${locale}". Keep one of the two files.`,
      );
    }
    seen.set(key, file);
    const original = byId.get(key);
    // The schema has checked translationOf: a miss means the original was removed during `astro dev`.
    if (!original)
      throw new Error(`${file}: translationOf "${key}" names no entry in content/${collection}/.`);
    views.push({ ...original, ...merge(original, translation), id: slug, key, locale } as Localized<C>);
  }
  return views;
}

/** Published essays in one language, newest first (drafts too in development). */
export const getEssays = oncePerLocale(async (locale): Promise<readonly Essay[]> => {
  const all =
    locale === DEFAULT_LOCALE
      ? await originals('essays')
      : await translated('essays', locale, (original, translation) => {
          // What render() and the reading time read (body, filePath, rendered, the deferred
          // render flag) come from the translation's own file.
          const { id: _id, collection: _collection, data, ...rendering } = translation;
          const { translationOf: _original, ...text } = data;
          return {
            ...rendering,
            data: {
              ...original.data,
              ...text,
              shortTitle: text.shortTitle,
              updatedAt: text.updatedAt,
              // An essay withdrawn in Italian is withdrawn in every language.
              draft: text.draft || original.data.draft,
            },
          };
        });
  return sortEssays(visibleEssays(all, import.meta.env.DEV), locale);
});

/** The guide that fills a page kind in one language (the comparison page), if written in that language. */
export const getGuide = async (locale: Locale, page: Guide['data']['page']): Promise<Guide | undefined> =>
  (await getGuides(locale)).find((guide) => (guide.data.page as string) === page);

const getGuides = oncePerLocale(async (locale): Promise<readonly Guide[]> =>
  locale === DEFAULT_LOCALE
    ? await originals('guides')
    : await translated('guides', locale, (original, translation) => {
        const { id: _id, collection: _collection, data, ...rendering } = translation;
        const { translationOf: _original, ...text } = data;
        return { ...rendering, data: { ...original.data, ...text, updatedAt: text.updatedAt } };
      }),
);

/** Reading paths in one language, in their order; each lists only the essays published in that language. */
export const getReadingPaths = oncePerLocale(async (locale): Promise<readonly ReadingPath[]> =>
  (locale === DEFAULT_LOCALE
    ? await originals('readingPaths')
    : await translated('readingPaths', locale, (original, { data: { translationOf: _o, ...text } }) => ({
        data: { ...original.data, ...text },
      }))
  ).sort((a, b) => a.data.order - b.data.order),
);

/** Topics in one language, by title. */
export const getTopics = oncePerLocale(async (locale): Promise<readonly Topic[]> =>
  (locale === DEFAULT_LOCALE
    ? await originals('topics')
    : await translated('topics', locale, (original, { data: { translationOf: _o, ...text } }) => ({
        data: { ...original.data, ...text },
      }))
  ).sort((a, b) => a.data.title.localeCompare(b.data.title, locale)),
);

/** Authors in one language (bio and role translated; the name only when it is a description), by name. */
export const getAuthors = oncePerLocale(async (locale): Promise<readonly Author[]> =>
  (locale === DEFAULT_LOCALE
    ? await originals('authors')
    : await translated('authors', locale, (original, { data: { translationOf: _o, ...text } }) => ({
        data: { ...original.data, ...text, name: text.name ?? original.data.name, role: text.role },
      }))
  ).sort((a, b) => a.data.name.localeCompare(b.data.name, locale)),
);

/** The glossary in one language, in that language's alphabetical order. */
export const getGlossary = oncePerLocale(async (locale): Promise<readonly GlossaryTerm[]> =>
  (locale === DEFAULT_LOCALE
    ? await originals('glossary')
    : await translated('glossary', locale, (original, { data: { translationOf: _o, ...text } }) => ({
        data: { ...original.data, ...text },
      }))
  ).sort((a, b) => a.data.term.localeCompare(b.data.term, locale)),
);

/** Self-tests in one language, by title. A translation carries the whole test (the schema checks it scores like the original). */
export const getSelfTests = oncePerLocale(async (locale): Promise<readonly SelfTest[]> =>
  (locale === DEFAULT_LOCALE
    ? await originals('self-tests')
    : await translated('self-tests', locale, (original, { data: { translationOf: _o, ...test } }) => ({
        data: { ...test, essay: original.data.essay },
      }))
  ).sort((a, b) => a.data.title.localeCompare(b.data.title, locale)),
);

/** The collections with one entry for every language, each with the folder named when an id is missing. */
const UNTRANSLATED = { sources: 'originals/', references: 'content/references/' } as const;
type UntranslatedCollection = keyof typeof UNTRANSLATED;

const UNTRANSLATED_LOOKUPS = {
  sources: once(async () => new Map((await originals('sources')).map((entry) => [entry.id, entry]))),
  references: once(async () => new Map((await originals('references')).map((entry) => [entry.id, entry]))),
} satisfies Record<
  UntranslatedCollection,
  () => Promise<ReadonlyMap<string, Localized<UntranslatedCollection>>>
>;

const GETTERS = {
  essays: getEssays,
  authors: getAuthors,
  topics: getTopics,
  glossary: getGlossary,
  'self-tests': getSelfTests,
} satisfies Record<
  TranslatedCollection,
  (locale: Locale) => Promise<readonly Localized<TranslatedCollection>[]>
>;

/** Entries of one collection in one language, by key (the Italian id): one lookup per build and language. */
const LOOKUPS = Object.fromEntries(
  (Object.keys(GETTERS) as TranslatedCollection[]).map((collection) => [
    collection,
    oncePerLocale(
      async (locale): Promise<ReadonlyMap<string, Localized<TranslatedCollection>>> =>
        new Map((await GETTERS[collection](locale)).map((entry) => [entry.key, entry])),
    ),
  ]),
) as Record<
  TranslatedCollection,
  (locale: Locale) => Promise<ReadonlyMap<string, Localized<TranslatedCollection>>>
>;

const entriesByKey = (collection: TranslatedCollection, locale: Locale) => LOOKUPS[collection](locale);

/** The path of an entry's file, for messages. */
const fileOf = (entry: { filePath?: string | undefined; collection: string; id: string }) =>
  entry.filePath ?? `content/${entry.collection}/${entry.id}`;

/**
 * Follows a reference (always an Italian id) to the entry in `locale`. Every reference of a
 * published page must lead somewhere in its own language: an English essay whose topic has no
 * English text fails the build, naming the page's file and the file to add.
 */
export async function resolve<C extends TranslatedCollection | UntranslatedCollection>(
  ref: { collection: C; id: string },
  locale: Locale,
  from?: { filePath?: string | undefined; collection: string; id: string },
): Promise<Localized<C>> {
  const where = from ? `${fileOf(from)}: ` : '';
  if (ref.collection === 'sources' || ref.collection === 'references') {
    const collection: UntranslatedCollection = ref.collection === 'sources' ? 'sources' : 'references';
    const entry = (await UNTRANSLATED_LOOKUPS[collection]()).get(ref.id);
    if (!entry) throw new Error(`${where}"${ref.id}" is not in ${UNTRANSLATED[collection]}.`);
    return entry as Localized<C>;
  }
  const entry = (await entriesByKey(ref.collection, locale)).get(ref.id);
  if (!entry) {
    throw new Error(
      locale === DEFAULT_LOCALE
        ? `${where}content/${ref.collection}/${ref.id} is missing or a draft.`
        : `${where}it refers to ${ref.collection} "${ref.id}", which has no "${locale}" translation: add content/${locale}/${ref.collection}/<slug>.yaml (or .mdx) with translationOf: ${ref.id}.`,
    );
  }
  return entry as Localized<C>;
}

/** The same entry in `locale`, if it has been translated (or published) there. */
export async function inLocale<C extends TranslatedCollection>(
  collection: C,
  key: string,
  locale: Locale,
): Promise<Localized<C> | undefined> {
  return (await entriesByKey(collection, locale)).get(key) as Localized<C> | undefined;
}

/** The entries of `keys` that exist in `locale`, in the order given (references to the rest are left out). */
export async function presentInLocale<C extends TranslatedCollection>(
  collection: C,
  keys: readonly string[],
  locale: Locale,
): Promise<Localized<C>[]> {
  const lookup = await entriesByKey(collection, locale);
  return keys.flatMap((key) => (lookup.get(key) as Localized<C> | undefined) ?? []);
}

/** Glossary term keys by essay key, from each term's list of essays. */
export const termsByEssay = once(async (): Promise<ReadonlyMap<string, readonly string[]>> => {
  const map = new Map<string, string[]>();
  // References hold Italian ids: the original entries have them all.
  for (const term of await getGlossary(DEFAULT_LOCALE)) {
    for (const essay of term.data.essays) {
      const terms = map.get(essay.id);
      if (terms) terms.push(term.key);
      else map.set(essay.id, [term.key]);
    }
  }
  return map;
});

/** Related reading for every essay in one language (by key), computed once per build (see lib/related). */
export const relatedReading = oncePerLocale(
  async (locale): Promise<ReadonlyMap<string, readonly Related[]>> => {
    const [essays, terms] = await Promise.all([getEssays(locale), termsByEssay()]);
    return allRelated(
      essays.map((essay) => ({
        id: essay.key,
        topics: essay.data.topics.map((topic) => topic.id),
        terms: terms.get(essay.key) ?? [],
      })),
    );
  },
);
