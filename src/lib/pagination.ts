/**
 * Long lists (all essays, a topic's or an author's essays) are split into pages, so that a page's
 * weight does not grow with the size of the site. Pure: routes and components build on this.
 */

/** Essays per page: a screenful of cards on a desktop, a few minutes of scrolling on a phone. */
export const PAGE_SIZE = 24;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  count: number;
  items: T[];
}

/** The pages of a list, in order; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`paginate: page size must be a positive integer (got ${size}).`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * The page numbers a pagination bar shows: always the first and the last, the current one with
 * `around` neighbours on each side, and null where numbers are left out (shown as "…").
 */
export function pageWindow(current: number, count: number, around = 1): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, n] of sorted.entries()) {
    const previous = sorted[index - 1];
    // A gap of exactly one number shows that number rather than "…" standing for it.
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}
