import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { sortEssays, visibleEssays } from '../lib/essays';

export type Essay = CollectionEntry<'essays'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Source = CollectionEntry<'sources'>;

/** Published essays, newest first (drafts too in development). */
export async function getEssays(): Promise<Essay[]> {
  return sortEssays(visibleEssays(await getCollection('essays'), import.meta.env.DEV));
}

/** All entries of a data collection, by title or name. */
export async function getTopics(): Promise<Topic[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'it'));
}

export async function getAuthors(): Promise<Author[]> {
  return (await getCollection('authors')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'it'));
}

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
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'it'));
}

/** Glossary term ids by essay id, from each term's list of essays. */
export async function termsByEssay(): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  for (const term of await getGlossary()) {
    for (const essay of term.data.essays) map.set(essay.id, [...(map.get(essay.id) ?? []), term.id]);
  }
  return map;
}
