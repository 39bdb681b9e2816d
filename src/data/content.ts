import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { sortEssays, visibleEssays } from '../lib/essays';
import { allRelated, type Related } from '../lib/related';

/**
 * A query that runs once per production build: content cannot change during one, and pages ask
 * for the same lists thousands of times on a large site. In development it runs on every call,
 * so that edits show up.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

export type Essay = CollectionEntry<'essays'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Source = CollectionEntry<'sources'>;

/** Published essays, newest first (drafts too in development). */
export const getEssays = once(async (): Promise<readonly Essay[]> =>
  sortEssays(visibleEssays(await getCollection('essays'), import.meta.env.DEV)),
);

/** All entries of a data collection, by title or name. */
export const getTopics = once(async (): Promise<readonly Topic[]> =>
  (await getCollection('topics')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'it')),
);

export const getAuthors = once(async (): Promise<readonly Author[]> =>
  (await getCollection('authors')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'it')),
);

/**
 * Resolves a reference the schema has already checked. A miss can only mean the file was removed
 * while the dev server was running, so the message says which reference and where to look.
 */
export async function resolve<C extends CollectionKey>(ref: {
  collection: C;
  id: string;
}): Promise<CollectionEntry<C>> {
  const entry = await getEntry(ref);
  if (!entry) {
    throw new Error(
      `Reference to ${ref.collection}/"${ref.id}" not found: check content/${ref.collection}/${ref.id}.yaml.`,
    );
  }
  // getEntry's generic return type does not narrow to CollectionEntry<C> under exactOptionalPropertyTypes.
  return entry as CollectionEntry<C>;
}

export type GlossaryTerm = CollectionEntry<'glossary'>;

/** The glossary, in Italian alphabetical order. */
export const getGlossary = once(async (): Promise<readonly GlossaryTerm[]> =>
  (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'it')),
);

/** Glossary term ids by essay id, from each term's list of essays. */
export const termsByEssay = once(async (): Promise<ReadonlyMap<string, readonly string[]>> => {
  const map = new Map<string, string[]>();
  for (const term of await getGlossary()) {
    for (const essay of term.data.essays) {
      const terms = map.get(essay.id);
      if (terms) terms.push(term.id);
      else map.set(essay.id, [term.id]);
    }
  }
  return map;
});

/** Published essays by id. */
export const essaysById = once(
  async (): Promise<ReadonlyMap<string, Essay>> =>
    new Map((await getEssays()).map((essay) => [essay.id, essay])),
);

/** Related reading for every essay, computed once for the whole site (see lib/related). */
export const relatedReading = once(async (): Promise<ReadonlyMap<string, readonly Related[]>> => {
  const [essays, terms] = await Promise.all([getEssays(), termsByEssay()]);
  return allRelated(
    essays.map((essay) => ({
      id: essay.id,
      topics: essay.data.topics.map((topic) => topic.id),
      terms: terms.get(essay.id) ?? [],
    })),
  );
});
