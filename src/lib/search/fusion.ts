/**
 * Merging result lists of several searches (the words of a question searched one by one, a word
 * and its synonyms) into one ranking: reciprocal rank fusion. Each list gives a page
 * weight / (K + rank); a page found by more lists, or higher in them, comes first. Ranks, not
 * Pagefind's scores, because scores of different searches do not compare.
 */

/** Damps the gap between first and second place: small, for short lists of a small site. */
const K = 10;

export interface RankedList<T> {
  items: readonly T[];
  /** How much this list counts: the query as typed 1, a variant of it less. */
  weight: number;
}

/** The items of every list, each once (by `key`), best first; ties keep the order of the lists. */
export function fuse<T>(lists: readonly RankedList<T>[], key: (item: T) => string): T[] {
  const scores = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    list.items.forEach((item, rank) => {
      const id = key(item);
      const entry = scores.get(id) ?? { item, score: 0, order: order++ };
      entry.score += list.weight / (K + rank + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((e) => e.item);
}
