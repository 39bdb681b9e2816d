import { pagefindFilters, type SearchState } from '../../lib/search';
import { forgivingSearch, type Edition, type Outcome } from '../../lib/search/forgiving';
import { readVocabulary, type Vocabulary, type VocabularyFile } from '../../lib/search/vocabulary';
import { pagefindOptions, type FilterCounts, type PagefindApi, type PagefindResult } from '../pagefind-api';

/**
 * The two editions the search element searches: its own, with the page's Pagefind and filters,
 * and the other, loaded only when a query needs it. Each comes with its vocabulary
 * (pagefind/vocabulary.<lang>.json), fetched on first use and kept for the page's life.
 */

const vocabularies = new Map<string, Promise<Vocabulary | null>>();

/** The vocabulary of `language` in the bundle; null (search stays as typed) if it cannot be read. */
export function vocabularyOf(bundle: string, language: string): Promise<Vocabulary | null> {
  const url = new URL(`vocabulary.${language}.json`, bundle).href;
  let vocabulary = vocabularies.get(url);
  if (!vocabulary) {
    vocabulary = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<VocabularyFile>) : null))
      .then((file) => (file?.version === 1 ? readVocabulary(file) : null))
      .catch((error: unknown) => {
        console.warn('cac-search: no search vocabulary at', url, error);
        vocabularies.delete(url);
        return null;
      });
    vocabularies.set(url, vocabulary);
  }
  return vocabulary;
}

/** A result's title (its page's fragment, which the result list loads anyway). */
const titleOf = async (result: PagefindResult) => (await result.data()).meta['title'] ?? '';

type SearchOptions = Parameters<PagefindApi['search']>[1];

/** This page's edition: the element's Pagefind, with the reader's filters and sort. */
export function ownEdition(
  api: PagefindApi,
  bundle: string,
  language: string,
  options: () => SearchOptions,
): Edition<PagefindResult> {
  return {
    search: async (query) => (await api.search(query, options()))?.results ?? [],
    vocabulary: () => vocabularyOf(bundle, language),
    title: titleOf,
  };
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

const instances = new Map<string, Promise<PagefindApi>>();

/**
 * Another edition's index, as a second Pagefind instance, so that its words are stemmed by its
 * own language. Pagefind 1.6's createInstance takes the language from <html lang> at the moment
 * it is called, whatever the options say: the attribute is set for that one synchronous call.
 * It runs on the main thread (noWorker): in the shared worker, a second instance was measured
 * searching with the first one's WebAssembly (stemmer), finding 2 pages of 9 for "pendolo".
 */
function otherInstance(bundle: string, language: string): Promise<PagefindApi> {
  let instance = instances.get(language);
  if (!instance) {
    instance = (async () => {
      const module = (await import(/* @vite-ignore */ new URL('pagefind.js', bundle).href)) as PagefindModule;
      const root = document.documentElement;
      const lang = root.getAttribute('lang');
      root.setAttribute('lang', language);
      let api: PagefindApi;
      try {
        api = module.createInstance({ basePath: new URL(bundle).pathname, noWorker: true });
      } finally {
        if (lang === null) root.removeAttribute('lang');
        else root.setAttribute('lang', lang);
      }
      // The same options as the page's own instance (result URLs under the site's base path).
      await api.options(pagefindOptions(bundle));
      await api.init();
      return api;
    })();
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

/** The other edition: its own Pagefind instance and vocabulary, both loaded on first use. */
export function otherEdition(bundle: string, language: string): Edition<PagefindResult> {
  return {
    search: async (query) => (await (await otherInstance(bundle, language)).search(query))?.results ?? [],
    vocabulary: () => vocabularyOf(bundle, language),
    title: titleOf,
  };
}

/**
 * A search of the element's state: with a query, the forgiving search (the other edition only
 * without filters or a sort, whose values are this edition's); with filters alone, Pagefind's
 * filtered list. The filter counts are those of the query as typed.
 */
export async function searchEditions(
  api: PagefindApi,
  bundle: string,
  language: string,
  other: string | null,
  state: SearchState,
): Promise<Outcome<PagefindResult> & { filters: FilterCounts | null }> {
  const sort = state.sort === 'date' ? { date: 'desc' as const } : undefined;
  const options = { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) };
  const { query } = state;
  if (!query) {
    const response = await api.search(null, options);
    return {
      results: response?.results ?? [],
      route: { kind: 'as-typed' },
      synonyms: [],
      otherFirst: false,
      filters: response?.filters ?? null,
    };
  }
  let filters: FilterCounts | null = null;
  const own: Edition<PagefindResult> = {
    ...ownEdition(api, bundle, language, () => options),
    search: async (q) => {
      const response = await api.search(q, options);
      if (q === query) filters = response?.filters ?? null;
      return response?.results ?? [];
    },
  };
  const plain = Object.keys(options.filters).length === 0 && !sort;
  const there = other && plain ? otherEdition(bundle, other) : null;
  const outcome = await forgivingSearch(query, (result) => result.id, own, there);
  return { ...outcome, filters };
}
