import { define, ElementBase } from './define';
import { interpolate } from '../lib/interpolate';
import { decodeAnswers, encodeAnswers } from '../lib/self-test/encoding';
import {
  allocations,
  answerSlots,
  isValidAnswer,
  missingQuestions,
  score,
  type Result,
  type Slot,
} from '../lib/self-test/scoring';
import {
  loadAnswers,
  safeStore,
  saveAnswers,
  storageKey,
  type KeyValueStore,
} from '../lib/self-test/storage';
import type { Answers, SelfTestDefinition } from '../lib/self-test/types';

/** Texts the element writes, rendered by the server from the locale's dictionary (data-messages). */
export interface SelfTestMessages {
  progress: string;
  missing: string;
  overall: string;
  weakest: string;
  hours: string;
  share: string;
  summary: string;
  copied: string;
  errorStep: string;
  errorRange: string;
  errorOver: string;
  sum: string;
  pendulum: string;
  organisation: string;
  customer: string;
  previous: string;
  next: string;
  step: string;
}

export interface SelfTestResultDetail {
  test: string;
  overall: number;
  band: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'cac-self-test': SelfTestElement;
  }
  interface HTMLElementEventMap {
    /** Fired on <cac-self-test> each time a result is shown. Carries no answers. */
    'cac-self-test:result': CustomEvent<SelfTestResultDetail>;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(name: string, attributes: Record<string, string | number>, ...children: Element[]): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

function html<K extends keyof HTMLElementTagNameMap>(
  name: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(name);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/** A number in the language of the test (its own lang attribute: an embed may sit in a page in another language). */
const format = (element: Element, value: number) =>
  value.toLocaleString(element.closest('[lang]')?.getAttribute('lang') || 'it', { maximumFractionDigits: 1 });

/**
 * <cac-self-test>: enhances a server-rendered self-test (real fieldsets, radios and number inputs)
 * into a working one: answers saved as they change, progress, a scored and drawn result, a share
 * link that keeps the answers in the URL fragment, and printing.
 *
 * Attributes:
 *   test-id     the test's id (the definition comes from the JSON script inside)
 *   share-base  the page share links point to (default: this page)
 *   paged       one question at a time, for frames that must stay short
 *   no-share    no share link or print button (where neither can work, e.g. sandboxed frames)
 * Everything stays in the reader's browser. Nothing here throws into the host page.
 */
export class SelfTestElement extends ElementBase {
  #test: SelfTestDefinition | null = null;
  #messages: SelfTestMessages | null = null;
  #slots: Slot[] = [];
  #answers: Answers = {};
  #store: KeyValueStore | null = null;
  #key = '';
  #form: HTMLFormElement | null = null;
  #abort: AbortController | null = null;
  /** Answers opened from a share link are shown, not saved over the reader's own, until changed. */
  #shared = false;
  #page = 0;

  connectedCallback(): void {
    try {
      this.#setUp();
    } catch (error) {
      console.error('cac-self-test:', error);
    }
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
  }

  #setUp(): void {
    const definition = this.querySelector('script[data-definition]')?.textContent;
    this.#form = this.querySelector('form');
    this.#messages = JSON.parse(this.dataset['messages'] ?? 'null') as SelfTestMessages | null;
    if (!definition || !this.#form || !this.#messages) return;
    const test = (this.#test = JSON.parse(definition) as SelfTestDefinition);
    this.#slots = answerSlots(test);
    this.#key = storageKey(test.id, test);
    this.#store = safeStore(() => window.localStorage);

    const fromLink = this.#linkedAnswers();
    this.#shared = fromLink !== null;
    this.#answers = fromLink ?? loadAnswers(this.#store, this.#key, test) ?? {};
    for (const question of test.groups.flatMap((group) => group.questions)) {
      if (question.kind === 'allocation') this.#answers[`${question.id}.total`] ??= question.total.default;
    }
    this.#fill();

    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.#form.addEventListener('input', (event) => this.#onInput(event), { signal });
    this.#form.addEventListener('change', (event) => this.#onInput(event), { signal });
    // Sandboxed frames block form submission before any submit event: the button's click (which
    // Enter in a field also fires) is what asks for the result.
    this.#form.addEventListener(
      'click',
      (event) => {
        if (!(event.target as Element | null)?.closest('button[type="submit"]')) return;
        event.preventDefault();
        this.#showResult(true);
      },
      { signal },
    );
    this.#form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    if (this.hasAttribute('paged')) this.#setUpPages();
    this.addEventListener('click', (event) => this.#onClick(event), { signal });
    window.addEventListener('afterprint', () => document.documentElement.removeAttribute('data-print'), {
      signal,
    });
    this.toggleAttribute('ready', true);
    this.#refresh();
    if (this.#shared || (this.#storedResultShown() && !missingQuestions(test, this.#answers).length))
      this.#showResult(false);
  }

  /** Paged mode: one question at a time, with Back and Next, the result button on the last. */
  #setUpPages(): void {
    const m = this.#messages!;
    const nav = html('div', 'pager');
    const status = html('p', 'pager-status');
    const back = html('button', 'button secondary', m.previous);
    const next = html('button', 'button', m.next);
    back.type = next.type = 'button';
    back.dataset['action'] = 'previous';
    next.dataset['action'] = 'next';
    nav.append(back, status, next);
    this.querySelector('.actions')?.before(nav);
    this.#goTo(0, false);
  }

  #goTo(index: number, focus: boolean): void {
    const questions = [...this.querySelectorAll<HTMLElement>('fieldset.question')];
    this.#page = Math.max(0, Math.min(index, questions.length - 1));
    questions.forEach((question, i) => (question.hidden = i !== this.#page));
    for (const group of this.querySelectorAll<HTMLElement>('section.group'))
      group.hidden = !group.querySelector('fieldset.question:not([hidden])');
    const last = this.#page === questions.length - 1;
    const status = this.querySelector('.pager-status');
    if (status)
      status.textContent = interpolate(this.#messages!.step, { n: this.#page + 1, total: questions.length });
    this.querySelector<HTMLButtonElement>('[data-action="previous"]')!.disabled = this.#page === 0;
    this.querySelector<HTMLElement>('[data-action="next"]')!.hidden = last;
    this.querySelector<HTMLElement>('.actions')!.hidden = !last;
    if (focus) questions[this.#page]?.querySelector<HTMLInputElement>('input')?.focus();
  }

  #storedResultShown(): boolean {
    return Boolean(this.#store?.getItem(`${this.#key}:shown`));
  }

  #name(key: string): string {
    return `${this.#test!.id}/${key}`;
  }

  #linkedAnswers(): Answers | null {
    const code = new URLSearchParams(location.hash.slice(1)).get(this.#test!.id);
    return code ? decodeAnswers(this.#test!, code) : null;
  }

  #fill(): void {
    for (const slot of this.#slots) {
      const value = this.#answers[slot.key];
      const inputs = this.#form!.querySelectorAll<HTMLInputElement>(
        `input[name="${CSS.escape(this.#name(slot.key))}"]`,
      );
      for (const input of inputs) {
        if (input.type === 'radio') input.checked = value !== undefined && Number(input.value) === value;
        else input.value = value === undefined || (slot.kind === 'hours' && value === 0) ? '' : String(value);
      }
    }
  }

  #onInput(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.name.startsWith(`${this.#test!.id}/`)) return;
    const key = input.name.slice(this.#test!.id.length + 1);
    const slot = this.#slots.find((candidate) => candidate.key === key);
    if (!slot) return;
    if (input.type === 'radio') {
      if (input.checked) this.#answers[key] = Number(input.value);
    } else {
      const value = input.value.trim() === '' ? (slot.kind === 'hours' ? 0 : NaN) : input.valueAsNumber;
      const valid = isValidAnswer(slot, value);
      this.#showError(input, slot, value, valid);
      const { [key]: _previous, ...others } = this.#answers;
      this.#answers = valid ? { ...others, [key]: value } : others;
    }
    this.#shared = false;
    this.#save();
    this.#refresh();
    if (!this.querySelector<HTMLElement>('[data-result]')?.hidden) this.#showResult(false);
  }

  #showError(input: HTMLInputElement, slot: Slot, value: number, valid: boolean): void {
    const error = this.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(slot.key)}"]`);
    const m = this.#messages!;
    const step = slot.kind === 'choice' ? 1 : slot.step;
    const max = slot.kind === 'choice' ? 0 : slot.max;
    const text = valid
      ? ''
      : Number.isFinite(value) && value >= 0 && value <= max
        ? interpolate(m.errorStep, { step: format(this, step) })
        : interpolate(m.errorRange, { max: format(this, max) });
    input.setAttribute('aria-invalid', String(!valid));
    if (error) error.textContent = text;
  }

  #save(): void {
    if (!this.#store) return;
    saveAnswers(this.#store, this.#key, this.#answers);
  }

  /** Progress, the running sum of hours, and the hours error. */
  #refresh(): void {
    const test = this.#test!;
    const m = this.#messages!;
    const total = test.groups.reduce((sum, group) => sum + group.questions.length, 0);
    const missing = missingQuestions(test, this.#answers);
    const progress = this.querySelector('[data-progress]');
    if (progress) progress.textContent = interpolate(m.progress, { answered: total - missing.length, total });
    for (const week of allocations(test, this.#answers)) {
      const sum = this.querySelector(`[data-sum-for="${CSS.escape(week.question)}"]`);
      if (sum) {
        sum.textContent = week.over
          ? interpolate(m.errorOver, {
              assigned: format(this, week.assigned),
              total: format(this, week.total),
              excess: format(this, week.assigned - week.total),
            })
          : interpolate(m.sum, {
              assigned: format(this, week.assigned),
              total: format(this, week.total),
              left: format(this, week.total - week.assigned),
            });
        sum.classList.toggle('error', week.over);
      }
    }
  }

  #onClick(event: MouseEvent): void {
    const action = (event.target as Element | null)?.closest<HTMLElement>('[data-action]')?.dataset['action'];
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('[data-missing] a');
    if (link && this.hasAttribute('paged')) {
      // In paged mode a missing question is on another page: go there instead of scrolling.
      event.preventDefault();
      const target = this.querySelector(link.hash);
      this.#goTo([...this.querySelectorAll('fieldset.question')].indexOf(target!), true);
    }
    if (action === 'next' || action === 'previous')
      this.#goTo(this.#page + (action === 'next' ? 1 : -1), true);
    else if (action === 'reset') this.#reset();
    else if (action === 'copy') void this.#copy();
    else if (action === 'print') {
      document.documentElement.setAttribute('data-print', this.#test!.id);
      window.print();
    }
  }

  #reset(): void {
    const test = this.#test!;
    this.#answers = {};
    for (const question of test.groups.flatMap((group) => group.questions)) {
      if (question.kind === 'allocation') this.#answers[`${question.id}.total`] = question.total.default;
    }
    this.#store?.removeItem(this.#key);
    this.#store?.removeItem(`${this.#key}:shown`);
    this.#shared = false;
    this.#fill();
    for (const input of this.#form!.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    for (const error of this.querySelectorAll('[data-error-for]')) error.textContent = '';
    this.#hide('[data-missing]');
    this.#hide('[data-result]');
    this.removeAttribute('data-state');
    if (this.hasAttribute('paged')) this.#goTo(0, false);
    if (location.hash.includes(`${test.id}=`))
      history.replaceState(history.state, '', location.pathname + location.search);
    this.#refresh();
    this.#form!.querySelector<HTMLInputElement>('input')?.focus();
  }

  #hide(selector: string): void {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = true;
  }

  /** Shows the result, or the list of unanswered questions; `announce` is a reader's request. */
  #showResult(announce: boolean): void {
    const test = this.#test!;
    const m = this.#messages!;
    const missing = missingQuestions(test, this.#answers);
    const box = this.querySelector<HTMLElement>('[data-missing]');
    const result = missing.length ? null : score(test, this.#answers);
    this.toggleAttribute('data-state', false);
    if (!result) {
      this.#hide('[data-result]');
      if (!announce || !box) return;
      const list = html('ul', '');
      for (const id of missing) {
        const fieldset = this.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);
        const item = html('li', '');
        const link = html('a', '', fieldset?.querySelector('legend')?.textContent ?? id);
        link.href = `#${fieldset?.id ?? ''}`;
        item.append(link);
        list.append(item);
      }
      const intro = html('p', '', interpolate(m.missing, { count: missing.length }));
      box.replaceChildren(intro, list);
      box.hidden = false;
      box.focus();
      return;
    }
    if (box) box.hidden = true;
    const section = this.querySelector<HTMLElement>('[data-result]');
    const body = section?.querySelector('[data-result-body]');
    if (!section || !body) return;
    body.replaceChildren(...this.#renderResult(result));
    const link = section.querySelector<HTMLInputElement>('[data-share-url]');
    const base = this.getAttribute('share-base') ?? `${location.origin}${location.pathname}`;
    if (link)
      link.value = `${base}#${new URLSearchParams({ [test.id]: encodeAnswers(test, this.#answers) })}`;
    section.hidden = false;
    this.setAttribute('data-state', 'result');
    if (!this.#shared) this.#store?.setItem(`${this.#key}:shown`, '1');
    this.dispatchEvent(
      new CustomEvent('cac-self-test:result', {
        detail: { test: test.id, overall: result.overall, band: result.band.title },
        bubbles: true,
      }),
    );
    if (announce) {
      const live = this.querySelector('[data-live]');
      if (live) live.textContent = interpolate(m.summary, { band: result.band.title, score: result.overall });
      section.querySelector<HTMLElement>('h2, h3')?.focus();
    }
  }

  #renderResult(result: Result): Element[] {
    const m = this.#messages!;
    const parts: Element[] = [];
    if (result.week) parts.push(this.#pendulum(result.overall));
    parts.push(html('p', 'band', result.band.title), html('p', '', result.band.text));
    parts.push(html('p', 'overall', interpolate(m.overall, { score: result.overall })));
    const bars = html('ul', 'bars');
    for (const dimension of result.dimensions) {
      const item = html('li', '');
      const value =
        result.week && dimension.hours !== undefined
          ? interpolate(m.hours, { hours: format(this, dimension.hours), share: dimension.score })
          : `${dimension.score}/100`;
      item.append(
        html('span', 'label', dimension.label),
        svg(
          'svg',
          { viewBox: '0 0 100 6', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
          svg('rect', { width: 100, height: 6, class: 'track' }),
          svg('rect', { width: dimension.score, height: 6, class: 'fill' }),
        ),
        html('span', 'value', value),
      );
      bars.append(item);
    }
    parts.push(bars);
    if (result.weakest) {
      const advice = this.#test!.dimensions.find((dimension) => dimension.id === result.weakest?.id)?.advice;
      parts.push(html('p', 'weakest', interpolate(m.weakest, { label: result.weakest.label })));
      if (advice) parts.push(html('p', '', advice));
    }
    return parts;
  }

  /** The pendulum of the essay, swung by the share of the week that went to the customer. */
  #pendulum(share: number): Element {
    const m = this.#messages!;
    const angle = 40 - (80 * share) / 100;
    const label = interpolate(m.pendulum, { share });
    return svg(
      'svg',
      { viewBox: '-30 0 460 215', role: 'img', 'aria-label': label, class: 'pendulum' },
      svg('path', { d: 'M95 150A150 150 0 0 0 305 150', class: 'arc' }),
      svg(
        'g',
        { transform: `rotate(${angle.toFixed(1)} 200 14)` },
        svg('line', { x1: 200, y1: 14, x2: 200, y2: 164, class: 'rod' }),
        svg('circle', { cx: 200, cy: 164, r: 20, class: 'bob' }),
      ),
      svg('circle', { cx: 200, cy: 14, r: 5, class: 'pivot' }),
      Object.assign(svg('text', { x: 70, y: 205, 'text-anchor': 'middle' }), { textContent: m.organisation }),
      Object.assign(svg('text', { x: 330, y: 205, 'text-anchor': 'middle' }), { textContent: m.customer }),
    );
  }

  async #copy(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('[data-share-url]');
    const status = this.querySelector('[data-copy-status]');
    if (!input) return;
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      // No clipboard permission (an embed, an old browser): select the link so it can be copied by hand.
      input.select();
      return;
    }
    if (status) status.textContent = this.#messages!.copied;
  }
}

define('cac-self-test', SelfTestElement);
