import type { APIContext } from 'astro';
import { feed } from '../data/endpoints';
import { LOCALES, type Locale } from '../i18n/locales';
import { FEED_FILE, localeFilePath } from '../lib/paths';

/** The RSS feed of each language's essays: /rss.xml, /en/rss.xml. */
export const getStaticPaths = () =>
  LOCALES.map((locale) => ({
    params: { feed: localeFilePath('/', FEED_FILE, locale).replace(/^\/|\.xml$/g, '') },
    props: { locale },
  }));

export const GET = (context: APIContext<{ locale: Locale }>) => feed(context, context.props.locale);
