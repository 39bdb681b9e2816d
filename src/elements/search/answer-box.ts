import type { TermAnswer } from '../../lib/search/vocabulary';
import type { PagefindApi, PagefindResult, PagefindResultData } from '../pagefind-api';

/**
 * The short answer above the results when a query names a glossary term: "CX: customer
 * experience, …", the term linking to its entry. The definition is the entry page's own (its
 * Pagefind metadata), so the vocabulary need not carry it: it is looked for among the first
 * results, else fetched with one search in the glossary.
 */
export interface FoundAnswer {
  data: PagefindResultData;
  /** The result that is the entry's page, when it was among the results: shown once, as the answer. */
  resultId?: string;
}

export async function findAnswer(
  answer: TermAnswer | undefined,
  results: readonly PagefindResult[],
  api: PagefindApi,
  siteRoot: string,
): Promise<FoundAnswer | undefined> {
  if (!answer) return undefined;
  const wanted = new URL(answer.url.replace(/^\//, ''), siteRoot).pathname;
  const matches = (data: PagefindResultData) =>
    new URL(data.url, siteRoot).pathname === wanted && Boolean(data.meta['definition']);
  for (const result of results.slice(0, 5)) {
    const data = await result.data();
    if (matches(data)) return { data, resultId: result.id };
  }
  const response = await api.search(answer.term, { filters: { tipo: { any: ['glossario'] } } });
  for (const result of response?.results.slice(0, 10) ?? []) {
    const data = await result.data();
    if (matches(data)) return { data };
  }
  return undefined;
}

/** The (hidden) box for the answer, before `results`. */
export function answerBox(results: HTMLElement, label: string): HTMLElement {
  const box = document.createElement('aside');
  box.className = 'answer';
  box.dataset['answer'] = '';
  box.hidden = true;
  box.setAttribute('aria-label', label);
  results.before(box);
  return box;
}

/** Draws the answer into its box, or hides the box when there is none. */
export function showAnswer(box: HTMLElement, found: FoundAnswer | undefined, label: string): void {
  if (!found) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const heading = document.createElement('p');
  heading.className = 'answer-label';
  heading.textContent = label;
  const text = document.createElement('p');
  const term = document.createElement('a');
  term.href = found.data.url;
  term.dataset['answerLink'] = '';
  term.className = 'term';
  term.textContent = found.data.meta['title'] ?? found.data.url;
  text.append(term, `: ${found.data.meta['definition']}`);
  box.replaceChildren(heading, text);
  box.hidden = false;
}
