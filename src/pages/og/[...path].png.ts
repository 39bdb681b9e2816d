import type { APIContext } from 'astro';
import { ogImage } from '../../build/og-image';
import { getEssays, getSelfTests, getTopics } from '../../data/content';
import { useTranslations } from '../../i18n';
import { LOCALES } from '../../i18n/locales';
import { ogImagePath } from '../../lib/paths';

/** One share image per essay, topic and self-test in each language, plus one for the rest of each edition. */
export async function getStaticPaths() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = useTranslations(locale);
      const [essays, topics, tests] = await Promise.all([
        getEssays(locale),
        getTopics(locale),
        getSelfTests(locale),
      ]);
      const page = (
        kind: Parameters<typeof ogImagePath>[0],
        slug: string | undefined,
        title: string,
        label: string,
      ) => ({
        params: {
          path: ogImagePath(kind, slug, locale)
            .replace(/^og\//, '')
            .replace(/\.png$/, ''),
        },
        props: { title, kind: label, siteName: t('site.name') },
      });
      return [
        page('home', undefined, t('site.tagline'), t('site.name')),
        ...essays.map((essay) => page('essay', essay.id, essay.data.title, t('og.kind.essay'))),
        ...topics.map((topic) => page('topic', topic.id, topic.data.title, t('og.kind.topic'))),
        ...tests.map((test) => page('selfTest', test.id, test.data.title, t('og.kind.selfTest'))),
      ];
    }),
  );
  return perLocale.flat();
}

export async function GET({ props }: APIContext<{ title: string; kind: string; siteName: string }>) {
  const png = await ogImage(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
