import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { once, resolve } from './content';
import { pagePath } from '../lib/paths';
import type { SelfTestDefinition } from '../lib/self-test/types';

export type SelfTest = CollectionEntry<'self-tests'>;

/** All self-tests, by title. */
export const getSelfTests = once(async (): Promise<readonly SelfTest[]> =>
  (await getCollection('self-tests')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'it')),
);

/** One static page per self-test, with the entry as its prop (the test page, the embed page, the oEmbed file). */
export async function selfTestPaths() {
  return (await getSelfTests()).map((test) => ({ params: { id: test.id }, props: { test } }));
}

/** A self-test by id, with a message that names the id and the folder when there is none. */
export async function requireSelfTest(id: string, where: string): Promise<SelfTest> {
  const test = await getEntry('self-tests', id);
  if (!test) {
    const known = (await getCollection('self-tests')).map((entry) => entry.id).join(', ');
    throw new Error(`${where}: no self-test "${id}" in content/self-tests/. Use one of: ${known}.`);
  }
  return test;
}

/** What the browser needs to run a test: its definition, with the essay as a title and a link. */
export async function browserDefinition(test: SelfTest): Promise<SelfTestDefinition> {
  const essay = await resolve(test.data.essay);
  const { essay: _reference, ...definition } = test.data;
  return {
    ...definition,
    id: test.id,
    essay: { title: essay.data.title, url: pagePath(import.meta.env.BASE_URL, 'essay', essay.id) },
  };
}
