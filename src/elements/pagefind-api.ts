import { HIGHLIGHT_PARAM } from '../lib/search-keys';

/** The part of Pagefind's browser API (pagefind/pagefind.js) the site uses; Pagefind ships no types. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Counts of pages per filter value, e.g. { tipo: { saggio: 5, tema: 6 } }. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearchResponse | null>;
}

const loaded = new Map<string, Promise<PagefindApi>>();

/**
 * The options every Pagefind instance of the site gets. Pagefind favours short pages by default;
 * topic pages are short and would outrank the essays they introduce (a search for "fiducia"
 * should lead to the trust essay first). Result URLs are relative to the site's root, which is
 * the bundle's parent folder: this keeps them right when the site lives under a sub-path.
 */
export const pagefindOptions = (bundleUrl: string) => ({
  baseUrl: new URL('..', bundleUrl).pathname,
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 26,
  ranking: { pageLength: 0.3 },
});

/**
 * Loads Pagefind once per bundle URL. Loading it is what costs bytes (the API, then the
 * WebAssembly and index chunks), so it happens only when a reader opens search.
 */
export function loadPagefind(bundleUrl: string): Promise<PagefindApi> {
  let api = loaded.get(bundleUrl);
  if (!api) {
    api = (async () => {
      const module = (await import(/* @vite-ignore */ new URL('pagefind.js', bundleUrl).href)) as PagefindApi;
      await module.options(pagefindOptions(bundleUrl));
      await module.init();
      return module;
    })();
    // A failed load (no index in development, a network error) may succeed on the next try.
    api.catch(() => loaded.delete(bundleUrl));
    loaded.set(bundleUrl, api);
  }
  return api;
}
