/**
 * Spelling correction against the index's own words: the closest known word by edit distance
 * (Damerau–Levenshtein: a swap of two neighbouring letters is one edit, as in "trsut" → "trust"),
 * on folded words, so that accents never count as a mistake.
 */

/** The edit distance of two words, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the dynamic-programming table: the one before the previous is for swaps.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * How many edits a word of this length may need: none under 4 letters (too many short words are
 * one letter apart), one up to 5 letters, two from 6.
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 5 ? 1 : 2;
}

export interface KnownWord {
  /** The folded word. */
  key: string;
  /** On how many pages it appears: the tie-breaker between equally close words. */
  pages: number;
}

/**
 * The known word closest to `word` (folded) within its allowed edits: fewest edits first, then the
 * word on more pages, then the one that keeps the first letter, then the alphabet. Undefined when
 * the word is itself known or nothing is close enough.
 */
export function closestWord(word: string, known: Iterable<KnownWord>): KnownWord | undefined {
  const limit = allowedEdits(word.length);
  if (limit === 0) return undefined;
  let best: { entry: KnownWord; distance: number } | undefined;
  for (const entry of known) {
    if (entry.key === word) return undefined;
    const distance = editDistance(word, entry.key, limit);
    if (distance > limit) continue;
    if (!best || better(word, entry, distance, best.entry, best.distance)) best = { entry, distance };
  }
  return best?.entry;
}

function better(word: string, a: KnownWord, da: number, b: KnownWord, db: number): boolean {
  if (da !== db) return da < db;
  if (a.pages !== b.pages) return a.pages > b.pages;
  const sameStart = (entry: KnownWord) => entry.key[0] === word[0];
  if (sameStart(a) !== sameStart(b)) return sameStart(a);
  return a.key < b.key;
}
