import { interpolate } from './interpolate';

/**
 * Search logic that needs no browser: filter selections, the URL of a search, keyboard
 * shortcuts and the count sentence. The <cac-search> element wires these to Pagefind.
 */

/** The filters every indexed page may carry (data-pagefind-filter), in display order. */
export const FILTER_KEYS = ['tipo', 'tema', 'autore'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Values of the `tipo` filter: what kind of page a result is. */
export const RESULT_TYPES = [
  'saggio',
  'tema',
  'glossario',
  'autovalutazione',
  'confronto',
  'percorso',
  'autore',
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export type FilterSelection = Partial<Record<FilterKey, string[]>>;

/** Pagefind's filter object: within one filter any checked value matches; across filters all must. */
export function pagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = selection[key]?.filter(Boolean) ?? [];
    if (values.length) filters[key] = { any: [...new Set(values)] };
  }
  return filters;
}

export interface SearchState {
  query: string;
  filters: FilterSelection;
  /** 'date' sorts newest first; absent means by relevance. */
  sort?: 'date';
}

/** Reads a search from a URL's query string: ?q=fiducia&tipo=saggio&tema=Fiducia&ordine=data */
export function searchFromParams(params: URLSearchParams): SearchState {
  const filters: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter(Boolean);
    if (values.length) filters[key] = values;
  }
  const state: SearchState = { query: (params.get('q') ?? '').trim(), filters };
  if (params.get('ordine') === 'data') state.sort = 'date';
  return state;
}

/** Writes a search back into a query string, keeping unrelated parameters; empty values are dropped. */
export function searchToParams(state: SearchState, existing = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(existing);
  for (const key of ['q', 'ordine', ...FILTER_KEYS]) params.delete(key);
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('ordine', 'data');
  return params;
}

/** True when a search has nothing to look for. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && FILTER_KEYS.every((key) => !state.filters[key]?.length);
}

export interface CountMessages {
  none: string;
  one: string;
  other: string;
}

/** The sentence announced after a search: "3 risultati per «fiducia»". */
export function countMessage(count: number, query: string, messages: CountMessages): string {
  const template = count === 0 ? messages.none : count === 1 ? messages.one : messages.other;
  return interpolate(template, { count, query });
}
