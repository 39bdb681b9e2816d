import type { APIContext } from 'astro';
import { embedLinks } from '../../data/embed';
import { selfTestPaths, type SelfTest } from '../../data/self-tests';
import { DEFAULT_LOCALE, useTranslations } from '../../i18n';
import { oEmbedHtml, START_HEIGHT, START_WIDTH } from '../../lib/embed';
import { pagePath } from '../../lib/paths';

export const getStaticPaths = selfTestPaths;

/** oEmbed 1.0 "rich" response, as a static file: pasting the test's link in WordPress or Ghost embeds it. */
export function GET({ props, site }: APIContext<{ test: SelfTest }>) {
  const t = useTranslations(DEFAULT_LOCALE);
  const links = embedLinks(site, props.test);
  const body = {
    version: '1.0',
    type: 'rich',
    title: props.test.data.title,
    provider_name: t('site.name'),
    provider_url: new URL(pagePath(import.meta.env.BASE_URL, 'home'), site ?? 'http://localhost:4321').href,
    width: START_WIDTH,
    height: START_HEIGHT,
    cache_age: 86400,
    html: oEmbedHtml(links),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
