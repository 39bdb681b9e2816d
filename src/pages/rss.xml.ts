import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getEssays, getTopics } from '../data/content';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, useTranslations } from '../i18n';
import { pagePath } from '../lib/paths';

/** Feed readers want what is new: the latest essays, not the whole archive on every poll. */
const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const t = useTranslations(DEFAULT_LOCALE);
  const [essays, topics] = await Promise.all([getEssays(), getTopics()]);
  const topicTitle = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  return rss({
    title: t('rss.title'),
    description: t('site.description'),
    site: context.site ?? context.url.origin,
    trailingSlash: true,
    items: essays.slice(0, FEED_ITEMS).map((essay) => ({
      title: essay.data.title,
      description: essay.data.description,
      pubDate: essay.data.publishedAt,
      link: pagePath(import.meta.env.BASE_URL, 'essay', essay.id),
      categories: essay.data.topics.map((topic) => topicTitle.get(topic.id) ?? topic.id),
    })),
    customData: `<language>${LANGUAGE_TAGS[DEFAULT_LOCALE].toLowerCase()}</language>`,
  });
}
