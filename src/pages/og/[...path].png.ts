import type { APIContext } from 'astro';
import { ogImage, ogResultImage, type OgImageInput, type OgResultInput } from '../../build/og-image';
import { getEssays, getSelfTests, getTopics } from '../../data/content';
import { useTranslations } from '../../i18n';
import { LOCALES } from '../../i18n/locales';
import { ogImagePath } from '../../lib/paths';

type Props = { card: 'page'; input: OgImageInput } | { card: 'result'; input: OgResultInput };

/** The route parameter of an image: its path under og/, without the extension. */
const param = (path: string) => ({ path: path.replace(/^og\//, '').replace(/\.png$/, '') });

/**
 * One share image per essay, topic and self-test in each language, one for the rest of each
 * edition, and a result card for every band of every self-test (its result page's image).
 */
export async function getStaticPaths() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = useTranslations(locale);
      const siteName = t('site.name');
      const [essays, topics, tests] = await Promise.all([
        getEssays(locale),
        getTopics(locale),
        getSelfTests(locale),
      ]);
      const page = (path: string, title: string, kind: string) => ({
        params: param(path),
        props: { card: 'page', input: { title, kind, siteName } } satisfies Props,
      });
      return [
        page(ogImagePath('home', undefined, locale), t('site.tagline'), siteName),
        ...essays.map((essay) =>
          page(ogImagePath('essay', essay.id, locale), essay.data.title, t('og.kind.essay')),
        ),
        ...topics.map((topic) =>
          page(ogImagePath('topic', topic.id, locale), topic.data.title, t('og.kind.topic')),
        ),
        ...tests.map((test) =>
          page(ogImagePath('selfTest', test.id, locale), test.data.title, t('og.kind.selfTest')),
        ),
        ...tests.flatMap((test) =>
          test.data.bands.map((band) => ({
            params: param(ogImagePath('selfTestResult', { entry: test.id, item: band.id }, locale)),
            props: {
              card: 'result',
              input: { test: test.data.title, band: band.title, share: band.share, siteName },
            } satisfies Props,
          })),
        ),
      ];
    }),
  );
  return perLocale.flat();
}

export async function GET({ props }: APIContext<Props>) {
  const png = props.card === 'result' ? await ogResultImage(props.input) : await ogImage(props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
