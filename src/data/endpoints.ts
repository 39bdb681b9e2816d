import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getEssays, getTopics, type SelfTest } from './content';
import { embedLinks } from './embed';
import { useTranslations } from '../i18n';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locales';
import { oEmbedHeight, oEmbedHtml, START_WIDTH } from '../lib/embed';
import { pagePath } from '../lib/paths';

/** Feed readers want what is new: the latest essays, not the whole archive on every poll. */
const FEED_ITEMS = 50;

/** The RSS feed of one language's essays: /rss.xml, /en/rss.xml. */
export async function feed(context: APIContext, locale: Locale): Promise<Response> {
  const t = useTranslations(locale);
  const [essays, topics] = await Promise.all([getEssays(locale), getTopics(locale)]);
  const topicTitle = new Map(topics.map((topic) => [topic.key, topic.data.title]));
  return rss({
    title: t('rss.title'),
    description: t('site.description'),
    site: context.site ?? context.url.origin,
    trailingSlash: true,
    items: essays.slice(0, FEED_ITEMS).map((essay) => ({
      title: essay.data.title,
      description: essay.data.description,
      pubDate: essay.data.publishedAt,
      link: pagePath(import.meta.env.BASE_URL, 'essay', essay.id, locale),
      categories: essay.data.topics.map((topic) => topicTitle.get(topic.id) ?? topic.id),
    })),
    customData: `<language>${LANGUAGE_TAGS[locale].toLowerCase()}</language>`,
  });
}

/** oEmbed 1.0 "rich" response, as a static file: pasting the test's link in WordPress or Ghost embeds it. */
export function oEmbed(test: SelfTest, site: URL | undefined): Response {
  const t = useTranslations(test.locale);
  const links = embedLinks(site, test);
  const height = oEmbedHeight(test.data.groups[0]?.questions[0]?.kind);
  const body = {
    version: '1.0',
    type: 'rich',
    title: test.data.title,
    provider_name: t('site.name'),
    provider_url: new URL(
      pagePath(import.meta.env.BASE_URL, 'home', undefined, test.locale),
      site ?? 'http://localhost:4321',
    ).href,
    width: START_WIDTH,
    height,
    cache_age: 86400,
    html: oEmbedHtml(links, height),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
