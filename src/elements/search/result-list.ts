import type { PagefindResult } from '../pagefind-api';
import { resultItem, type ResultTexts } from './result-item';

const PAGE_SIZE = 10;

/**
 * One list of results (the edition's own, or the other edition's): the first ten, then a "more"
 * button for the next ten. A new search replaces the old results only once the new ones are
 * ready, so the list never flashes empty.
 */
export class ResultList {
  #pending: PagefindResult[] = [];
  #generation = 0;

  constructor(
    readonly list: HTMLOListElement,
    readonly texts: ResultTexts & { more: string },
  ) {}

  /** Shows `results` in place of the current ones; false if a newer call replaced them meanwhile. */
  async show(results: readonly PagefindResult[]): Promise<boolean> {
    this.#pending = [...results];
    return this.#next(++this.#generation, true);
  }

  /** The next page of results; resolves to the first new result's link, to continue from it. */
  async more(): Promise<HTMLAnchorElement | undefined> {
    const before = this.links().length;
    await this.#next(this.#generation);
    return this.links()[before];
  }

  clear(): void {
    this.#generation++;
    this.#pending = [];
    this.list.replaceChildren();
  }

  /** The main link of each result shown, in order. */
  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>(':scope > li.result > article > h3 > a')];
  }

  async #next(generation: number, replace = false): Promise<boolean> {
    const batch = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.#generation) return false;
    if (replace) this.list.replaceChildren();
    this.list.querySelector(':scope > li.more')?.remove();
    for (const result of data) this.list.append(resultItem(result, this.texts));
    if (this.#pending.length) {
      const item = document.createElement('li');
      item.className = 'more';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = this.texts.more;
      button.dataset['action'] = 'more';
      item.append(button);
      this.list.append(item);
    }
    return true;
  }
}

let sections = 0;

/** The (hidden) section for the other edition's results, after `results`: a heading and a list. */
export function otherSection(results: HTMLElement): HTMLElement {
  const section = document.createElement('section');
  section.className = 'other';
  section.dataset['other'] = '';
  section.hidden = true;
  const heading = document.createElement('h2');
  heading.className = 'other-title';
  heading.id = `cac-search-other-${++sections}`;
  heading.dataset['otherHeading'] = '';
  const list = document.createElement('ol');
  list.className = 'results';
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading, list);
  results.after(section);
  return section;
}

/**
 * A list in its own section with a heading (the other edition's results), shown before or after
 * `anchor` (this edition's list), or hidden when there is nothing to show.
 */
export async function showSection(
  section: HTMLElement,
  list: ResultList,
  results: readonly PagefindResult[] | undefined,
  heading: (count: number) => string,
  anchor: HTMLElement,
  before: boolean,
): Promise<void> {
  if (!results?.length) {
    section.hidden = true;
    list.clear();
    return;
  }
  await list.show(results);
  const title = section.querySelector('[data-other-heading]');
  if (title) title.textContent = heading(results.length);
  if (before) anchor.before(section);
  else anchor.after(section);
  section.hidden = false;
}
