/**
 * Arrow keys from the search field through the results, as in the ARIA combobox pattern: focus
 * stays in the field (the reader can go on typing), aria-activedescendant names the result the
 * arrows reached, Enter opens it, Escape goes back to the field's text, Home/End stay with the
 * text. The results are links with sections, not a listbox of plain options: a listbox may not
 * hold links (its options' contents are presentational), so the field controls the result lists
 * and points at their main links.
 */
export interface ComboboxParts {
  input: HTMLInputElement;
  /** The result lists, in reading order (the other edition's may come first). */
  lists: () => HTMLElement[];
  /** The main link of each result, in reading order. */
  links: () => HTMLAnchorElement[];
}

const ACTIVE = 'data-active';

export class Combobox {
  #index = -1;
  #ids = 0;

  constructor(
    readonly parts: ComboboxParts,
    signal: AbortSignal,
  ) {
    const { input } = parts;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('keydown', (event) => this.#onKey(event), { signal });
    input.addEventListener('input', () => this.#select(-1), { signal });
    input.addEventListener('blur', () => this.#select(-1), { signal });
  }

  /** Call after the results change: the field says whether there are results, and none is active. */
  update(): void {
    const { input } = this.parts;
    const lists = this.parts.lists().filter((list) => !list.closest('[hidden]') && list.children.length);
    input.setAttribute('aria-expanded', String(lists.length > 0));
    const ids = lists.map((list) => (list.id ||= `cac-search-list-${++this.#ids}`));
    if (ids.length) input.setAttribute('aria-controls', ids.join(' '));
    else input.removeAttribute('aria-controls');
    this.#select(-1);
  }

  #onKey(event: KeyboardEvent): void {
    const links = this.parts.links();
    if (!links.length || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past the last result, or above the first, back to the field: the pattern's wrap.
      let next = this.#index + step;
      if (next >= links.length) next = -1;
      if (next < -1) next = links.length - 1;
      this.#select(next);
    } else if (event.key === 'Enter' && this.#index >= 0) {
      event.preventDefault();
      links[this.#index]?.click();
    } else if (event.key === 'Escape' && this.#index >= 0) {
      // First Escape leaves the results; the next one is the dialog's (it closes).
      event.preventDefault();
      event.stopPropagation();
      this.#select(-1);
    }
  }

  #select(index: number): void {
    const { input } = this.parts;
    const links = this.parts.links();
    for (const link of links) link.closest('li')?.removeAttribute(ACTIVE);
    this.#index = index >= 0 && index < links.length ? index : -1;
    const link = links[this.#index];
    if (!link) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    link.id ||= `cac-search-result-${++this.#ids}`;
    input.setAttribute('aria-activedescendant', link.id);
    link.closest('li')?.setAttribute(ACTIVE, '');
    link.closest('li')?.scrollIntoView({ block: 'nearest' });
  }
}
