import type { Locale } from '../i18n/locales';

/**
 * Silent reading of non-fiction, words a minute. English: 238, from Marc Brysbaert, "How many
 * words do we read per minute? A review and meta-analysis of reading rate", Journal of Memory and
 * Language 109 (2019), doi:10.1016/j.jml.2019.104047. The paper predicts other languages from how
 * many words they need for the same message; our Italian editions of the five essays take 7,114
 * words where the English take 7,471 (countWords below), so Italian is 238 × 7,114 / 7,471 ≈ 227.
 * Same message, same minutes in both languages.
 */
export const WORDS_PER_MINUTE = { it: 227, en: 238 } as const satisfies Record<Locale, number>;

/** Words of an MDX or Markdown body: markup, components, link targets and code fences left out. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?\n---/, ' ') // frontmatter
    .replace(/```[\s\S]*?```/g, ' ') // code fences
    .replace(/^\s*(?:import|export)\s.*$/gm, ' ') // MDX imports and exports
    .replace(/<[^>]+>/g, ' ') // tags and components
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/[#*_>`[\]{}|~-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a body in its language, rounded up so a short text never shows "0 min". */
export function readingMinutes(body: string, locale: Locale): number {
  return Math.max(1, Math.ceil(countWords(body) / WORDS_PER_MINUTE[locale]));
}
