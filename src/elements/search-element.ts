import { define, ElementBase } from './define';
import {
  countMessage,
  isEmptySearch,
  pagefindFilters,
  searchFromParams,
  searchToParams,
  type FilterKey,
  type SearchState,
} from '../lib/search';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult } from './pagefind-api';
import { readTools, renderTools, updateCounts } from './search/filter-tools';
import { resultItem } from './search/result-item';

/** Texts the element shows, rendered by the server from the locale's dictionary (data-messages). */
export interface SearchMessages {
  countNone: string;
  countOne: string;
  countOther: string;
  countFiltersOnly: string;
  loading: string;
  more: string;
  subResults: string;
  unavailable: string;
  devNotice: string;
  filterLabels: Record<FilterKey, string>;
  sort: string;
  sortRelevance: string;
  sortDate: string;
  types: Record<string, string>;
}

export interface SearchResultsDetail {
  query: string;
  count: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'cac-search': SearchElement;
  }
  interface HTMLElementEventMap {
    /** Fired on <cac-search> after each completed search. */
    'cac-search:results': CustomEvent<SearchResultsDetail>;
  }
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 180;

/**
 * <cac-search>: enhances a server-rendered search form (form, input, status, results list) with
 * Pagefind results as the reader types.
 *
 * Attributes:
 *   bundle    URL of the Pagefind bundle folder (default: "/pagefind/")
 *   filters   show filter and sort controls
 *   sync-url  keep the search in the page URL (?q=…) and start from it
 *
 * It never throws into the page: a missing index or a failed load becomes a visible notice.
 */
export class SearchElement extends ElementBase {
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #results: HTMLOListElement | null = null;
  #tools: HTMLElement | null = null;
  #messages: SearchMessages | null = null;
  #state: SearchState = { query: '', filters: {} };
  #pending: PagefindResult[] = [];
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;

  get bundle(): string {
    const value = this.getAttribute('bundle') || '/pagefind/';
    return new URL(value.endsWith('/') ? value : `${value}/`, document.baseURI).href;
  }

  connectedCallback(): void {
    try {
      this.#setUp();
    } catch (error) {
      console.error('cac-search:', error);
    }
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  /** Runs a search now, as if the reader had typed it. */
  search(query: string): void {
    if (this.#input) this.#input.value = query;
    this.#state = { ...this.#state, query };
    void this.#run();
  }

  #setUp(): void {
    this.#input = this.querySelector('input[type="search"]');
    this.#status = this.querySelector('[data-status]');
    this.#results = this.querySelector('ol[data-results]');
    this.#tools = this.querySelector('[data-tools]');
    this.#messages = JSON.parse(this.dataset['messages'] ?? 'null') as SearchMessages | null;
    const form = this.querySelector('form');
    if (!this.#input || !this.#status || !this.#results || !this.#messages || !form) {
      console.error(
        'cac-search: expected a form with input[type=search], [data-status], ol[data-results] and data-messages.',
      );
      return;
    }
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.#input.addEventListener('input', () => this.#schedule(), { signal });
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        clearTimeout(this.#timer);
        void this.#run();
      },
      { signal },
    );
    this.#results.addEventListener('click', (event) => this.#onResultsClick(event), { signal });
    if (this.hasAttribute('sync-url')) {
      this.#state = searchFromParams(new URLSearchParams(location.search));
      this.#input.value = this.#state.query;
    }
    // Loading starts now (the reader opened search); the first keystroke then finds it ready.
    void this.#prepare();
  }

  async #prepare(): Promise<void> {
    const api = await this.#api();
    if (!api) return;
    if (this.hasAttribute('filters') && this.#tools) {
      try {
        this.#renderTools(await api.filters());
      } catch (error) {
        console.error('cac-search: filters', error);
      }
    }
    if (this.#input?.value.trim() || !isEmptySearch(this.#state)) void this.#run();
  }

  async #api(): Promise<PagefindApi | null> {
    try {
      return await loadPagefind(this.bundle);
    } catch (error) {
      console.warn('cac-search: Pagefind could not be loaded from', this.bundle, error);
      this.#setStatus(import.meta.env.DEV ? this.#messages!.devNotice : this.#messages!.unavailable);
      this.toggleAttribute('unavailable', true);
      return null;
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
  }

  async #run(): Promise<void> {
    const sequence = ++this.#sequence;
    this.#state = { ...this.#state, query: this.#input?.value.trim() ?? '' };
    if (this.hasAttribute('sync-url')) {
      const params = searchToParams(this.#state, new URLSearchParams(location.search)).toString();
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${params ? `?${params}` : ''}${location.hash}`,
      );
    }
    if (isEmptySearch(this.#state)) {
      this.#results?.replaceChildren();
      this.#setStatus('');
      this.#updateCounts(null);
      return;
    }
    const api = await this.#api();
    if (!api || sequence !== this.#sequence) return;
    this.setAttribute('aria-busy', 'true');
    try {
      const sort = this.#state.sort === 'date' ? { date: 'desc' as const } : undefined;
      const response = await api.search(this.#state.query || null, {
        filters: pagefindFilters(this.#state.filters),
        ...(sort ? { sort } : {}),
      });
      if (!response || sequence !== this.#sequence) return;
      this.#pending = [...response.results];
      await this.#showMore(sequence, true);
      if (sequence !== this.#sequence) return;
      const count = response.results.length;
      const m = this.#messages!;
      this.#setStatus(
        this.#state.query
          ? countMessage(count, this.#state.query, {
              none: m.countNone,
              one: m.countOne,
              other: m.countOther,
            })
          : countMessage(count, '', {
              none: m.countFiltersOnly,
              one: m.countFiltersOnly,
              other: m.countFiltersOnly,
            }),
      );
      this.#updateCounts(response.filters);
      this.dispatchEvent(
        new CustomEvent('cac-search:results', { detail: { query: this.#state.query, count }, bubbles: true }),
      );
    } catch (error) {
      console.error('cac-search: search failed', error);
      if (sequence === this.#sequence) this.#setStatus(this.#messages!.unavailable);
    } finally {
      if (sequence === this.#sequence) this.removeAttribute('aria-busy');
    }
  }

  /**
   * Renders the next page of results, with a "more" button while some remain. A new search
   * replaces the old results only once the new ones are ready, so the list never flashes empty.
   */
  async #showMore(sequence: number, replace = false): Promise<void> {
    const batch = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (sequence !== this.#sequence || !this.#results) return;
    if (replace) this.#results.replaceChildren();
    this.#results.querySelector('li.more')?.remove();
    for (const result of data) this.#results.append(resultItem(result, this.#messages!));
    if (this.#pending.length) {
      const item = document.createElement('li');
      item.className = 'more';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = this.#messages!.more;
      button.dataset['action'] = 'more';
      item.append(button);
      this.#results.append(item);
    }
  }

  #onResultsClick(event: MouseEvent): void {
    const button = (event.target as Element | null)?.closest('button[data-action="more"]');
    if (!button) return;
    const firstNew = this.#results?.querySelectorAll(':scope > li.result').length ?? 0;
    void this.#showMore(this.#sequence).then(() => {
      // Keyboard readers continue from the first result they had not seen.
      const links = this.#results?.querySelectorAll<HTMLAnchorElement>(
        ':scope > li.result > article > h3 > a',
      );
      links?.[firstNew]?.focus();
    });
  }

  #renderTools(counts: FilterCounts): void {
    const tools = this.#tools!;
    renderTools(tools, counts, this.#state, this.#messages!);
    tools.addEventListener('change', () => {
      this.#state = readTools(tools, this.#state.query);
      void this.#run();
    });
  }

  #updateCounts(counts: FilterCounts | null): void {
    if (this.#tools) updateCounts(this.#tools, counts);
  }

  #setStatus(text: string): void {
    if (this.#status && this.#status.textContent !== text) this.#status.textContent = text;
  }
}

define('cac-search', SearchElement);
