/**
 * Words as search compares them, shared by the build (the vocabulary) and the search element
 * (the reader's query), so that both cut and fold text the same way.
 */

/** Lower case without accents: "Fedeltà" and "fedelta" are one word to compare. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * The words of a text, lower-cased, accents kept: "L'esperienza del cliente" → ["esperienza",
 * "del", "cliente"]. Apostrophes split words (Italian elision, the English possessive), and single
 * letters are dropped: they are elided articles or an "'s", never what a reader looks for.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/.test(word));
}

/** A phrase as a key: its words folded and joined by one space ("Customer Experience" → "customer experience"). */
export const phraseKey = (text: string): string => words(text).map(fold).join(' ');
