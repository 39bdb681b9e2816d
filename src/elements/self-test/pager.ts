import { interpolate } from '../../lib/interpolate';
import { actionOf, hookName, SELECT, select, type Action } from './contract';
import type { SelfTestContext } from './context';

function button(className: string, text: string, action: Action): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  element.setAttribute(hookName('action'), action);
  return element;
}

/**
 * Paged mode, for frames that must stay short: one question at a time, with Back and Next, and
 * the result button only on the last. The page decides on this mode after rendering (embed-setup
 * sets `paged`), so the pager's buttons are made here rather than by the server.
 */
export class Pager {
  #root: HTMLElement;
  #step: string;
  #page = 0;
  #status = document.createElement('p');
  #back: HTMLButtonElement;
  #next: HTMLButtonElement;

  constructor({ root, messages }: SelfTestContext) {
    this.#root = root;
    this.#step = messages.step;
    this.#status.className = 'pager-status';
    this.#back = button('button secondary', messages.previous, 'previous');
    this.#next = button('button', messages.next, 'next');
    const nav = document.createElement('div');
    nav.className = 'pager';
    nav.append(this.#back, this.#status, this.#next);
    root.querySelector(SELECT.actions)?.before(nav);
    this.goTo(0, false);
  }

  #questions(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>(SELECT.question)];
  }

  goTo(index: number, focus: boolean): void {
    const questions = this.#questions();
    this.#page = Math.max(0, Math.min(index, questions.length - 1));
    questions.forEach((question, i) => (question.hidden = i !== this.#page));
    for (const group of this.#root.querySelectorAll<HTMLElement>(SELECT.group))
      group.hidden = !group.querySelector(`${SELECT.question}:not([hidden])`);
    const last = this.#page === questions.length - 1;
    this.#status.textContent = interpolate(this.#step, { n: this.#page + 1, total: questions.length });
    this.#back.disabled = this.#page === 0;
    // The test's introduction is read on the first page; later pages leave it out to stay short.
    this.#root.toggleAttribute('data-later-page', this.#page > 0);
    this.#next.hidden = last;
    const actions = this.#root.querySelector<HTMLElement>(SELECT.actions);
    if (actions) actions.hidden = !last;
    if (focus) questions[this.#page]?.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** Back, Next, and links to missing questions; true when the click was the pager's. */
  handle(event: MouseEvent): boolean {
    const target = event.target as Element | null;
    const link = target?.closest<HTMLAnchorElement>(`${select('missing')} a`);
    if (link) {
      // A missing question is on another page: go there instead of scrolling to it.
      event.preventDefault();
      const question = this.#root.querySelector<HTMLElement>(link.hash);
      this.goTo(question ? this.#questions().indexOf(question) : 0, true);
      return true;
    }
    const action = actionOf(event);
    if (action !== 'next' && action !== 'previous') return false;
    this.goTo(this.#page + (action === 'next' ? 1 : -1), true);
    return true;
  }
}
