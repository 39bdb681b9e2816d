import { define, ElementBase } from './define';
import { isEmptySearch, searchFromParams, searchToParams, type SearchState } from '../lib/search';
import type { SearchMessages, SearchResultsDetail } from './search/contract';
import { noticeFor } from '../lib/search/notice';
import { interpolate } from '../lib/interpolate';
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult } from './pagefind-api';
import { answerBox, findAnswer, showAnswer } from './search/answer-box';
import { Combobox } from './search/combobox';
import { searchEditions } from './search/editions';
import { readTools, renderTools, updateCounts } from './search/filter-tools';
import { otherSection, ResultList, showSection } from './search/result-list';

declare global {
  interface HTMLElementTagNameMap {
    'cac-search': SearchElement;
  }
  interface HTMLElementEventMap {
    /** Fired on <cac-search> after each completed search. */
    'cac-search:results': CustomEvent<SearchResultsDetail>;
  }
}

const DEBOUNCE_MS = 180;

/**
 * <cac-search>: enhances a server-rendered search form (form, input, status, results list) with
 * Pagefind results as the reader types.
 *
 * Attributes:
 *   bundle    URL of the Pagefind bundle folder (default: "/pagefind/")
 *   language  the edition's language, as its Pagefind index is named (default: <html lang>)
 *   other     the other edition's language, searched when a query reads as it or finds nothing
 *   filters   show filter and sort controls
 *   sync-url  keep the search in the page URL (?q=…) and start from it
 *
 * A query that finds nothing or little is corrected, split into its words and widened by
 * synonyms (lib/search/forgiving.ts), with one sentence in the status line saying what was done.
 * It never throws into the page: a missing index or a failed load becomes a visible notice.
 */
export class SearchElement extends ElementBase {
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #own: ResultList | null = null;
  #other: ResultList | null = null;
  #otherSection: HTMLElement | null = null;
  #answer: HTMLElement | null = null;
  #combobox: Combobox | null = null;
  #tools: HTMLElement | null = null;
  #messages: SearchMessages | null = null;
  #state: SearchState = { query: '', filters: {} };
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;

  get bundle(): string {
    const value = this.getAttribute('bundle') || '/pagefind/';
    return new URL(value.endsWith('/') ? value : `${value}/`, document.baseURI).href;
  }

  get language(): string {
    return (this.getAttribute('language') || document.documentElement.lang || 'it').toLowerCase();
  }

  /** The other edition's language, or null when there is none to fall back on. */
  get other(): string | null {
    const value = this.getAttribute('other')?.trim().toLowerCase();
    return value && /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(value) && value !== this.language ? value : null;
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
    const results = this.querySelector<HTMLOListElement>('ol[data-results]');
    this.#tools = this.querySelector('[data-tools]');
    this.#messages = JSON.parse(this.dataset['messages'] ?? 'null') as SearchMessages | null;
    const form = this.querySelector('form');
    if (!this.#input || !this.#status || !results || !this.#messages || !form) {
      console.error(
        'cac-search: expected a form with input[type=search], [data-status], ol[data-results] and data-messages.',
      );
      return;
    }
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    // Drawn here rather than in every page's markup: most searches need neither.
    this.#answer = answerBox(results, this.#messages.answer);
    this.#otherSection = otherSection(results);
    const otherResults = this.#otherSection.querySelector('ol')!;
    const texts = { ...this.#messages, more: this.#messages.more };
    this.#own = new ResultList(results, texts);
    this.#other = new ResultList(otherResults, texts);
    this.#combobox = new Combobox(
      {
        input: this.#input,
        // The other edition's section may be above or below this one's: reading order is DOM order.
        lists: () =>
          [results, otherResults]
            .filter((el): el is HTMLOListElement => Boolean(el))
            .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)),
        links: () => this.#links(),
      },
      signal,
    );

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
    this.addEventListener('click', (event) => this.#onResultsClick(event), { signal });
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
      this.#own?.clear();
      void this.#showOther(undefined, false);
      if (this.#answer) this.#answer.hidden = true;
      this.#combobox?.update();
      this.#setStatus('');
      this.#updateCounts(null);
      return;
    }
    const api = await this.#api();
    if (!api || sequence !== this.#sequence) return;
    this.setAttribute('aria-busy', 'true');
    try {
      const { query } = this.#state;
      const outcome = await searchEditions(api, this.bundle, this.language, this.other, this.#state);
      if (sequence !== this.#sequence) return;
      const answer = this.#answer
        ? await findAnswer(outcome.answer, outcome.results, api, new URL('..', this.bundle).href)
        : undefined;
      const shown = outcome.results.filter((result) => result.id !== answer?.resultId);
      if (!(await this.#own!.show(shown)) || sequence !== this.#sequence) return;
      await this.#showOther(outcome.other?.results, outcome.otherFirst);
      if (this.#answer) showAnswer(this.#answer, answer, this.#messages!.answer);
      if (sequence !== this.#sequence) return;
      this.#combobox?.update();
      const count = outcome.results.length;
      const otherCount = outcome.other?.results.length ?? 0;
      const m = this.#messages!;
      this.#setStatus(
        query
          ? noticeFor(
              {
                query,
                count,
                route: outcome.route,
                synonyms: outcome.synonyms,
                otherCount,
                otherFirst: outcome.otherFirst,
              },
              m.notices,
            )
          : interpolate(m.countFiltersOnly, { count }),
      );
      this.#updateCounts(outcome.filters);
      this.dispatchEvent(
        new CustomEvent('cac-search:results', {
          detail: { query, count, otherCount, route: outcome.route.kind },
          bubbles: true,
        }),
      );
    } catch (error) {
      console.error('cac-search: search failed', error);
      if (sequence === this.#sequence) this.#setStatus(this.#messages!.unavailable);
    } finally {
      if (sequence === this.#sequence) this.removeAttribute('aria-busy');
    }
  }

  /** The other edition's results under their heading, above this edition's when the query is in its language. */
  async #showOther(results: readonly PagefindResult[] | undefined, first: boolean): Promise<void> {
    if (!this.#otherSection || !this.#other) return;
    const m = this.#messages!;
    const heading = (count: number) => interpolate(count === 1 ? m.otherOne : m.otherOther, { count });
    await showSection(this.#otherSection, this.#other, results, heading, this.#own!.list, first);
  }

  /** Every result's main link, in reading order (the two editions' lists as the page shows them). */
  #links(): HTMLAnchorElement[] {
    const lists = [this.#own, this.#other].filter((list): list is ResultList => Boolean(list));
    if (this.#otherSection?.hidden) return this.#own?.links() ?? [];
    const ordered = lists.sort((a, b) =>
      a.list.compareDocumentPosition(b.list) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return ordered.flatMap((list) => list.links());
  }

  #onResultsClick(event: MouseEvent): void {
    const button = (event.target as Element | null)?.closest('button[data-action="more"]');
    if (!button) return;
    const list = [this.#own, this.#other].find((l) => l?.list.contains(button));
    // Keyboard readers continue from the first result they had not seen.
    void list?.more().then((link) => {
      this.#combobox?.update();
      link?.focus();
    });
  }

  #renderTools(counts: FilterCounts): void {
    const tools = this.#tools!;
    const texts = this.#messages!.tools;
    if (!texts) return;
    renderTools(tools, counts, this.#state, { ...texts, types: this.#messages!.types });
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
