import { it } from './it';
import { interpolate, type Params } from '../lib/interpolate';

/** Locales the site is built in; the first is the default and lives at the root. */
export const LOCALES = ['it'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

export type UiKey = keyof typeof it;

/** One dictionary per locale, each with exactly the Italian keys. */
const dictionaries: Record<Locale, Record<UiKey, string>> = { it };

/** BCP 47 tags for `<html lang>`, dates and numbers. */
export const LANGUAGE_TAGS: Record<Locale, string> = { it: 'it-IT' };

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
