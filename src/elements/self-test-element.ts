import { define, ElementBase } from './define';
import { interpolate } from '../lib/interpolate';
import { decodeAnswers, encodeAnswers } from '../lib/self-test/encoding';
import { answerSlots, isValidAnswer, missingQuestions, score, type Slot } from '../lib/self-test/scoring';
import {
  loadAnswers,
  safeStore,
  saveAnswers,
  storageKey,
  type KeyValueStore,
} from '../lib/self-test/storage';
import type { Answers, SelfTestDefinition } from '../lib/self-test/types';
import {
  actionOf,
  ATTRIBUTE,
  inputName,
  RESULT_EVENT,
  SELECT,
  select,
  slotKey,
  STATE,
  type SelfTestMessages,
  type SelfTestResultDetail,
} from './self-test/contract';
import type { SelfTestContext } from './self-test/context';
import { clearFieldErrors, showFieldError, showProgress } from './self-test/feedback';
import { Pager } from './self-test/pager';
import { copyShareLink, renderMissing, renderResult } from './self-test/result-view';

export type { SelfTestMessages, SelfTestResultDetail } from './self-test/contract';

declare global {
  interface HTMLElementTagNameMap {
    'cac-self-test': SelfTestElement;
  }
  interface HTMLElementEventMap {
    /** Fired on <cac-self-test> each time a result is shown. Carries no answers. */
    [RESULT_EVENT]: CustomEvent<SelfTestResultDetail>;
  }
}

const report = (error: unknown) => console.error('cac-self-test:', error);

/** A listener that reports instead of throwing: a bug here must not break the host page. */
const guard = (listener: (event: Event) => void) => (event: Event) => {
  try {
    listener(event);
  } catch (error) {
    report(error);
  }
};

/**
 * <cac-self-test>: enhances a server-rendered self-test (real fieldsets, radios and number inputs)
 * into a working one: answers saved as they change, progress, a scored and drawn result, a share
 * link that keeps the answers in the URL fragment, and printing. This file is the controller: the
 * markup it relies on is in ./self-test/contract, the paged mode in ./self-test/pager, the result
 * in ./self-test/result-view.
 *
 * Attributes:
 *   test-id     the test's id (the definition comes from the JSON script inside)
 *   share-base  the page share links point to (default, and for anything but an http(s) URL: this page)
 *   paged       one question at a time, for frames that must stay short
 *   no-share    no share link or print button (where neither can work, e.g. sandboxed frames)
 * Everything stays in the reader's browser. Nothing here throws into the host page.
 */
export class SelfTestElement extends ElementBase {
  #context: SelfTestContext | null = null;
  #slots: Slot[] = [];
  #answers: Answers = {};
  #store: KeyValueStore | null = null;
  #key = '';
  #form: HTMLFormElement | null = null;
  #pager: Pager | null = null;
  #abort: AbortController | null = null;
  /** Answers opened from a share link are shown, not saved over the reader's own, until changed. */
  #shared = false;

  /** share-base, where share links point: any http(s) address, else this page. */
  get shareBase(): string {
    const value = this.getAttribute(ATTRIBUTE.shareBase);
    try {
      if (value && /^https?:$/.test(new URL(value, location.href).protocol)) return value;
    } catch {
      // Not an address: the default below.
    }
    return `${location.origin}${location.pathname}`;
  }

  get paged(): boolean {
    return this.hasAttribute(ATTRIBUTE.paged);
  }

  connectedCallback(): void {
    try {
      this.#setUp();
    } catch (error) {
      report(error);
    }
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
  }

  #setUp(): void {
    const definition = this.querySelector(`script${select('definition')}`)?.textContent;
    this.#form = this.querySelector('form');
    const messages = JSON.parse(this.getAttribute(ATTRIBUTE.messages) ?? 'null') as SelfTestMessages | null;
    if (!definition || !this.#form || !messages) return;
    // Numbers in the test's own language: an embed may sit in a page in another one.
    const lang = this.closest('[lang]')?.getAttribute('lang') || 'it';
    const context: SelfTestContext = (this.#context = {
      root: this,
      test: JSON.parse(definition) as SelfTestDefinition,
      messages,
      format: (value) => value.toLocaleString(lang, { maximumFractionDigits: 1 }),
    });
    const { test } = context;
    this.#slots = answerSlots(test);
    this.#key = storageKey(test.id, test);
    this.#store = safeStore(() => window.localStorage);

    const fromLink = this.#linkedAnswers();
    this.#shared = fromLink !== null;
    this.#answers = fromLink ?? loadAnswers(this.#store, this.#key, test) ?? {};
    this.#defaultWeeks(false);
    this.#fill();

    this.#abort = new AbortController();
    const { signal } = this.#abort;
    const listen = (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, guard(listener), { signal });
    listen(this.#form, 'input', (event) => this.#onInput(event));
    listen(this.#form, 'change', (event) => this.#onInput(event));
    // Sandboxed frames block form submission before any submit event: the button's click (which
    // Enter in a field also fires) is what asks for the result.
    listen(this.#form, 'click', (event) => {
      if (!(event.target as Element | null)?.closest(SELECT.submit)) return;
      event.preventDefault();
      this.#showResult(true);
    });
    listen(this.#form, 'submit', (event) => event.preventDefault());
    if (this.paged) this.#pager = new Pager(context);
    listen(this, 'click', (event) => this.#onClick(event as MouseEvent));
    listen(window, 'afterprint', () => document.documentElement.removeAttribute(STATE.print));
    this.toggleAttribute(STATE.ready, true);
    showProgress(context, this.#answers);
    if (this.#shared || (this.#storedResultShown() && !missingQuestions(test, this.#answers).length))
      this.#showResult(false);
  }

  /** An hours question starts from its default week; `reset` puts it back even over an answer. */
  #defaultWeeks(reset: boolean): void {
    for (const question of this.#context!.test.groups.flatMap((group) => group.questions)) {
      if (question.kind !== 'allocation') continue;
      const key = `${question.id}.total`;
      if (reset || this.#answers[key] === undefined) this.#answers[key] = question.total.default;
    }
  }

  #storedResultShown(): boolean {
    return Boolean(this.#store?.getItem(`${this.#key}:shown`));
  }

  #linkedAnswers(): Answers | null {
    const { test } = this.#context!;
    const code = new URLSearchParams(location.hash.slice(1)).get(test.id);
    return code ? decodeAnswers(test, code) : null;
  }

  #fill(): void {
    const { test } = this.#context!;
    for (const slot of this.#slots) {
      const value = this.#answers[slot.key];
      const inputs = this.#form!.querySelectorAll<HTMLInputElement>(
        `input[name="${CSS.escape(inputName(test.id, slot.key))}"]`,
      );
      for (const input of inputs) {
        if (input.type === 'radio') input.checked = value !== undefined && Number(input.value) === value;
        else input.value = value === undefined || (slot.kind === 'hours' && value === 0) ? '' : String(value);
      }
    }
  }

  #onInput(event: Event): void {
    const context = this.#context!;
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const key = slotKey(context.test.id, input.name);
    const slot = this.#slots.find((candidate) => candidate.key === key);
    if (!key || !slot) return;
    if (input.type === 'radio') {
      if (input.checked) this.#answers[key] = Number(input.value);
    } else {
      const value = input.value.trim() === '' ? (slot.kind === 'hours' ? 0 : NaN) : input.valueAsNumber;
      const valid = isValidAnswer(slot, value);
      showFieldError(context, input, slot, value, valid);
      const { [key]: _previous, ...others } = this.#answers;
      this.#answers = valid ? { ...others, [key]: value } : others;
    }
    this.#shared = false;
    if (this.#store) saveAnswers(this.#store, this.#key, this.#answers);
    showProgress(context, this.#answers);
    if (!this.querySelector<HTMLElement>(select('result'))?.hidden) this.#showResult(false);
  }

  #onClick(event: MouseEvent): void {
    if (this.#pager?.handle(event)) return;
    const action = actionOf(event);
    if (action === 'reset') this.#reset();
    else if (action === 'copy') copyShareLink(this.#context!).catch(report);
    else if (action === 'print') {
      document.documentElement.setAttribute(STATE.print, this.#context!.test.id);
      window.print();
    }
  }

  #reset(): void {
    const context = this.#context!;
    this.#answers = {};
    this.#defaultWeeks(true);
    this.#store?.removeItem(this.#key);
    this.#store?.removeItem(`${this.#key}:shown`);
    this.#shared = false;
    this.#fill();
    clearFieldErrors(this);
    this.#hide('missing');
    this.#hide('result');
    this.removeAttribute(STATE.state);
    this.#pager?.goTo(0, false);
    if (location.hash.includes(`${context.test.id}=`))
      history.replaceState(history.state, '', location.pathname + location.search);
    showProgress(context, this.#answers);
    this.#form!.querySelector<HTMLInputElement>('input')?.focus();
  }

  #hide(name: 'missing' | 'result'): void {
    const element = this.querySelector<HTMLElement>(select(name));
    if (element) element.hidden = true;
  }

  /** Shows the result, or the list of unanswered questions; `announce` is a reader's request. */
  #showResult(announce: boolean): void {
    const context = this.#context!;
    const { test, messages: m } = context;
    const missing = missingQuestions(test, this.#answers);
    const box = this.querySelector<HTMLElement>(select('missing'));
    const result = missing.length ? null : score(test, this.#answers);
    this.toggleAttribute(STATE.state, false);
    if (!result) {
      this.#hide('result');
      if (!announce || !box) return;
      box.replaceChildren(...renderMissing(context, missing));
      box.hidden = false;
      box.focus();
      return;
    }
    if (box) box.hidden = true;
    const section = this.querySelector<HTMLElement>(select('result'));
    const body = section?.querySelector(select('result-body'));
    const template = section?.querySelector<HTMLTemplateElement>(`template${select('result-template')}`);
    if (!section || !body || !template) return;
    body.replaceChildren(renderResult(context, template, result));
    const link = section.querySelector<HTMLInputElement>(select('share-url'));
    if (link)
      link.value = `${this.shareBase}#${new URLSearchParams({ [test.id]: encodeAnswers(test, this.#answers) })}`;
    section.hidden = false;
    this.setAttribute(STATE.state, STATE.result);
    if (!this.#shared) this.#store?.setItem(`${this.#key}:shown`, '1');
    this.dispatchEvent(
      new CustomEvent<SelfTestResultDetail>(RESULT_EVENT, {
        detail: { test: test.id, overall: result.overall, band: result.band.title },
        bubbles: true,
      }),
    );
    if (announce) {
      const live = this.querySelector(select('live'));
      if (live) live.textContent = interpolate(m.summary, { band: result.band.title, score: result.overall });
      section.querySelector<HTMLElement>('h2, h3')?.focus();
    }
  }
}

define('cac-self-test', SelfTestElement);
