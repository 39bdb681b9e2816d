import type { APIContext } from 'astro';
import { getSelfTests, type SelfTest } from '../data/content';
import { oEmbed } from '../data/endpoints';
import { LOCALES } from '../i18n/locales';
import { oEmbedFile } from '../lib/paths';

/** The oEmbed file of every self-test in every language: /oembed/<id>.json, /en/oembed/<id>.json. */
export async function getStaticPaths() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      (await getSelfTests(locale)).map((test) => ({
        params: { oembed: oEmbedFile(test.id, locale).replace(/\.json$/, '') },
        props: { test },
      })),
    ),
  );
  return perLocale.flat();
}

export const GET = ({ props, site }: APIContext<{ test: SelfTest }>) => oEmbed(props.test, site);
