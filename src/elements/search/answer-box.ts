import type { TermAnswer } from '../../lib/search/vocabulary';
import type { PagefindApi, PagefindResult, PagefindResultData } from '../pagefind-api';

/**
 * The short answer above the results when a query names a glossary term: "CX: customer
 * experience, …" with a link to the entry. The definition is the entry page's own (its Pagefind
 * metadata), so the vocabulary need not carry it: it is looked for among the results, else
 * fetched with one search in the glossary.
 */
export async function showAnswer(
  box: HTMLElement,
  answer: TermAnswer | undefined,
  results: readonly PagefindResult[],
  api: PagefindApi,
  siteRoot: string,
  label: string,
): Promise<void> {
  const data = answer ? await findEntry(answer, results, api, siteRoot) : undefined;
  const definition = data?.meta['definition'];
  if (!answer || !data || !definition) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const text = document.createElement('p');
  const term = document.createElement('a');
  term.href = data.url;
  term.dataset['answerLink'] = '';
  term.className = 'term';
  term.textContent = data.meta['title'] ?? answer.term;
  text.append(term, `: ${definition}`);
  const heading = document.createElement('p');
  heading.className = 'answer-label';
  heading.textContent = label;
  box.replaceChildren(heading, text);
  box.hidden = false;
}

async function findEntry(
  answer: TermAnswer,
  results: readonly PagefindResult[],
  api: PagefindApi,
  siteRoot: string,
): Promise<PagefindResultData | undefined> {
  const wanted = new URL(answer.url.replace(/^\//, ''), siteRoot).pathname;
  const matches = (data: PagefindResultData) => new URL(data.url, siteRoot).pathname === wanted;
  for (const result of results.slice(0, 5)) {
    const data = await result.data();
    if (matches(data)) return data;
  }
  const response = await api.search(answer.term, { filters: { tipo: { any: ['glossario'] } } });
  for (const result of response?.results.slice(0, 10) ?? []) {
    const data = await result.data();
    if (matches(data)) return data;
  }
  return undefined;
}
