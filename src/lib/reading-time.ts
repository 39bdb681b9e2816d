/**
 * Italian readers average about 200 words a minute on screen for non-fiction; the estimate is
 * rounded up so that a short text never shows "0 min".
 */
export const ITALIAN_WORDS_PER_MINUTE = 200;

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

/** Whole minutes to read a body, at least 1. */
export function readingMinutes(body: string, wordsPerMinute = ITALIAN_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(body) / wordsPerMinute));
}
