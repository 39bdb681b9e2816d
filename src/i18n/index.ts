import { it } from './it';
import { en } from './en';
import { interpolate, type Params } from '../lib/interpolate';
import { isLocale, type Locale } from './locales';

export type UiKey = keyof typeof it;

/** One dictionary per locale, each with exactly the Italian keys. A locale without one is a type error. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { it, en };

/** The translate function for one locale: `t('essay.published', { date })`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, params?: Params): string => interpolate(dictionary[key], params);
}

/**
 * Title and description of one page of a long list: the list's own on page 1, with the page
 * number from page 2 on ("Articoli, pagina 2"), so every page has its own.
 */
export function listPageMeta(
  locale: Locale,
  page: { number: number; count: number },
  list: { title: string; description: string },
): { title: string; description: string } {
  if (page.number === 1) return list;
  const t = useTranslations(locale);
  return {
    title: t('pagination.title', { title: list.title, n: page.number }),
    description: `${t('pagination.status', { n: page.number, count: page.count })}. ${list.description}`,
  };
}

/**
 * The locale of a page from Astro.currentLocale, for components that MDX content renders without
 * props (Pendulum, SelfTest). Astro derives it from the URL and i18n.locales, which astro.config.mjs
 * reads from LOCALES; a page outside every edition is a bug to fix, not an Italian page.
 */
export function localeOfPage(current: string | undefined): Locale {
  if (isLocale(current)) return current;
  throw new Error(
    `localeOfPage: Astro gave the locale "${current ?? ''}", which is not one of the site's (src/i18n/locales.ts). Give the page a path inside an edition.`,
  );
}
