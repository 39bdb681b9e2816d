import type { APIContext } from 'astro';
import { ogImage } from '../../build/og-image';
import { getEssays, getTopics } from '../../data/content';
import { getSelfTests } from '../../data/self-tests';
import { DEFAULT_LOCALE, useTranslations } from '../../i18n';
import { ogImagePath } from '../../lib/paths';

/** One share image per essay, topic and self-test, plus one for the rest of the site. */
export async function getStaticPaths() {
  const t = useTranslations(DEFAULT_LOCALE);
  const [essays, topics, tests] = await Promise.all([getEssays(), getTopics(), getSelfTests()]);
  const page = (
    kind: Parameters<typeof ogImagePath>[0],
    slug: string | undefined,
    title: string,
    label: string,
  ) => ({
    params: {
      path: ogImagePath(kind, slug)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { title, kind: label },
  });
  return [
    page('home', undefined, t('site.tagline'), t('site.name')),
    ...essays.map((essay) => page('essay', essay.id, essay.data.title, t('og.kind.essay'))),
    ...topics.map((topic) => page('topic', topic.id, topic.data.title, t('og.kind.topic'))),
    ...tests.map((test) => page('selfTest', test.id, test.data.title, t('og.kind.selfTest'))),
  ];
}

export async function GET({ props }: APIContext<{ title: string; kind: string }>) {
  const png = await ogImage({
    title: props.title,
    kind: props.kind,
    siteName: useTranslations(DEFAULT_LOCALE)('site.name'),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
