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
 * The known words closest to `word` (folded) within its allowed edits, all at the same fewest
 * edits: the word on more pages first, then the one that keeps the first letter, then the
 * alphabet. Empty when the word is itself known or nothing is close enough.
 */
export function closestWords(word: string, known: Iterable<KnownWord>): KnownWord[] {
  let limit = allowedEdits(word.length);
  if (limit === 0) return [];
  let best: KnownWord[] = [];
  for (const entry of known) {
    if (entry.key === word) return [];
    const distance = editDistance(word, entry.key, limit);
    if (distance > limit) continue;
    if (distance < limit) {
      limit = distance;
      best = [];
    }
    best.push(entry);
  }
  const sameStart = (entry: KnownWord) => (entry.key.startsWith(word[0] ?? '') ? 0 : 1);
  return best.sort((a, b) => b.pages - a.pages || sameStart(a) - sameStart(b) || (a.key < b.key ? -1 : 1));
}

/** The closest known word (the first of closestWords), if any. */
export const closestWord = (word: string, known: Iterable<KnownWord>): KnownWord | undefined =>
  closestWords(word, known)[0];
