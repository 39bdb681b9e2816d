import { getEssays, getGlossary } from './content';
import { authorPages, essayListPages, selfTestListPages, topicPages } from './listings';
import type { Locale } from '../i18n';

/**
 * getStaticPaths for every page kind, per language. Each language has its own route files (their
 * folder names are the URL segments: /articoli/, /en/essays/), all of them thin wrappers around
 * the same page components and these functions.
 */

/** One page per essay. */
export async function essayPaths(locale: Locale) {
  return (await getEssays(locale)).map((essay) => ({ params: { slug: essay.id }, props: { essay } }));
}

/** Pages 2 and on of the essay list (page 1 is the list's own page). */
export async function laterEssayListPaths(locale: Locale) {
  return (await essayListPages(locale))
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Pages 2 and on of the self-test list. */
export async function laterSelfTestListPaths(locale: Locale) {
  return (await selfTestListPages(locale))
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Each topic's page (first: its own page; later: /page/2/ and on). */
export async function topicPaths(locale: Locale, which: 'first' | 'later') {
  return (await topicPages(locale))
    .filter(({ page }) => (which === 'first') === (page.number === 1))
    .map(({ topic, page }) => ({
      params: which === 'first' ? { slug: topic.id } : { slug: topic.id, page: String(page.number) },
      props: { topic, page },
    }));
}

/** Each author's page (first: its own page; later: /page/2/ and on). */
export async function authorPaths(locale: Locale, which: 'first' | 'later') {
  return (await authorPages(locale))
    .filter(({ page }) => (which === 'first') === (page.number === 1))
    .map(({ author, page }) => ({
      params: which === 'first' ? { slug: author.id } : { slug: author.id, page: String(page.number) },
      props: { author, page },
    }));
}

/** One page per glossary term. */
export async function termPaths(locale: Locale) {
  return (await getGlossary(locale)).map((term) => ({ params: { slug: term.id }, props: { term } }));
}
