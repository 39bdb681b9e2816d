import { it } from './it';
import { en } from './en';
import { interpolate, type Params } from '../lib/interpolate';

/** Locales the site is built in; the first is the default and lives at the root. */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

export type UiKey = keyof typeof it;

/** One dictionary per locale, each with exactly the Italian keys. */
const dictionaries: Record<Locale, Record<UiKey, string>> = { it, en };

/**
 * BCP 47 tags for dates, numbers and feeds. `<html lang>` and hreflang use the language alone
 * (htmlLang): Pagefind builds one index per `<html lang>` value and stems by it.
 */
export const LANGUAGE_TAGS: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** The value of `<html lang>` and hreflang for a locale: "it", "en". */
export const htmlLang = (locale: Locale): string => LANGUAGE_TAGS[locale].slice(0, 2);

/** True when a string names one of the site's locales. */
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The locales other than the default: each has its own content folder, content/<locale>/. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** The translate function for one locale: `t('essay.published', { date })`. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
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

/** The locale of a page from Astro.currentLocale (undefined or unknown: the default). */
export const localeOfPage = (current: string | undefined): Locale =>
  isLocale(current) ? current : DEFAULT_LOCALE;
