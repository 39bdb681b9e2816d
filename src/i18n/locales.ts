/**
 * The languages of the site: the one list every other table (routes, dictionaries, content
 * folders, astro.config.mjs) is keyed by, so that a language left out of any of them is a type
 * error. The first is the default and lives at the site root. Adding one: README, "Adding a
 * language".
 */
export const LOCALES = ['it', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = LOCALES[0];

/**
 * BCP 47 tags for dates, numbers and feeds. `<html lang>` and hreflang use the language alone
 * (htmlLang): Pagefind builds one index per `<html lang>` value and stems by it.
 */
export const LANGUAGE_TAGS = { it: 'it-IT', en: 'en-GB' } as const satisfies Record<Locale, string>;

/** The value of `<html lang>` and hreflang for a locale: "it", "en". */
export const htmlLang = (locale: Locale): string => LANGUAGE_TAGS[locale].slice(0, 2);

/** True when a string names one of the site's locales. */
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The locales other than the default: each has its own content folder, content/<locale>/. */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
