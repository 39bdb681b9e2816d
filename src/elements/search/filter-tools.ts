import { FILTER_KEYS, type FilterKey, type SearchState } from '../../lib/search';
import type { FilterCounts } from '../pagefind-api';

/** The texts of the filter and sort controls. */
export interface ToolTexts {
  filterLabels: Record<FilterKey, string>;
  sort: string;
  sortRelevance: string;
  sortDate: string;
  types: Record<string, string>;
}

/**
 * Draws the filters (one fieldset per filter, a checkbox per value with its count) and the sort
 * select into the server-rendered tools container, checked as `state` says.
 */
export function renderTools(
  tools: HTMLElement,
  counts: FilterCounts,
  state: SearchState,
  texts: ToolTexts,
): void {
  const groups: HTMLElement[] = [];
  for (const key of FILTER_KEYS) {
    const values = Object.keys(counts[key] ?? {}).sort((a, b) =>
      a.localeCompare(b, document.documentElement.lang || 'it'),
    );
    if (!values.length) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.dataset['filter'] = key;
    const legend = document.createElement('legend');
    legend.textContent = texts.filterLabels[key];
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      const text = document.createElement('span');
      text.textContent = key === 'tipo' ? (texts.types[value] ?? value) : value;
      const count = document.createElement('span');
      count.className = 'count';
      count.dataset['count'] = value;
      count.textContent = `(${counts[key]?.[value] ?? 0})`;
      label.append(box, ' ', text, ' ', count);
      fieldset.append(label);
    }
    groups.push(fieldset);
  }
  const sortLabel = document.createElement('label');
  sortLabel.className = 'sort';
  const select = document.createElement('select');
  select.className = 'field';
  select.name = 'ordine';
  for (const [value, text] of [
    ['', texts.sortRelevance],
    ['data', texts.sortDate],
  ] as const) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    option.selected = (value === 'data') === (state.sort === 'date');
    select.append(option);
  }
  sortLabel.append(`${texts.sort} `, select);
  (tools.querySelector('[data-tools-body]') ?? tools).replaceChildren(...groups, sortLabel);
  tools.toggleAttribute('data-ready', true);
  // Beside the results on a wide screen, open; on a phone, one tap away above them.
  if (tools instanceof HTMLDetailsElement && matchMedia('(min-width: 52rem)').matches) tools.open = true;
}

/** The filters and sort the reader has chosen in the tools, for the query `query`. */
export function readTools(tools: HTMLElement, query: string): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const checked = [...tools.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (checked.length) filters[key] = checked;
  }
  const sort = tools.querySelector('select')?.value === 'data' ? 'date' : undefined;
  return { query, filters, ...(sort ? { sort } : {}) };
}

/** Shows, beside each filter value, how many results of the current search carry it. */
export function updateCounts(tools: HTMLElement, counts: FilterCounts | null): void {
  if (!tools.hasAttribute('data-ready') || !counts) return;
  for (const key of FILTER_KEYS) {
    for (const span of tools.querySelectorAll<HTMLElement>(`fieldset[data-filter="${key}"] .count`)) {
      span.textContent = `(${counts[key]?.[span.dataset['count'] ?? ''] ?? 0})`;
    }
  }
}
