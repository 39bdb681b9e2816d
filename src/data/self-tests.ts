import { getSelfTests, resolve, type SelfTest } from './content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { pagePath, resultPagePath } from '../lib/paths';
import type { SelfTestDefinition } from '../lib/self-test/types';

/** A self-test by its id in `locale`, with a message that names the id and the folder when there is none. */
export async function requireSelfTest(id: string, where: string, locale: Locale): Promise<SelfTest> {
  const tests = await getSelfTests(locale);
  const test = tests.find((entry) => entry.id === id);
  if (!test) {
    const folder = locale === DEFAULT_LOCALE ? 'content/self-tests/' : `content/${locale}/self-tests/`;
    throw new Error(
      `${where}: no self-test "${id}" in ${folder}. Use one of: ${tests.map((entry) => entry.id).join(', ')}.`,
    );
  }
  return test;
}

/** What the browser needs to run a test: its definition, with the essay as a title and a link, and each band's result page. */
export async function browserDefinition(test: SelfTest): Promise<SelfTestDefinition> {
  const essay = await resolve(test.data.essay, test.locale, test);
  const { essay: _reference, ...definition } = test.data;
  return {
    ...definition,
    id: test.id,
    bands: definition.bands.map((band) => ({
      ...band,
      path: resultPagePath(import.meta.env.BASE_URL, test.id, band.id, test.locale),
    })),
    essay: {
      title: essay.data.title,
      url: pagePath(import.meta.env.BASE_URL, 'essay', essay.id, test.locale),
    },
  };
}
