import { define, ElementBase } from './define';
import { interpolate } from '../lib/interpolate';
import { decodeAnswers, encodeAnswers } from '../lib/self-test/encoding';
import { readHours } from '../lib/self-test/hours';
import { answerSlots, isValidAnswer, missingQuestions, type Slot } from '../lib/self-test/scoring';
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
  SELECT,
  select,
  SELF_TEST_EVENTS,
  slotKey,
  STATE,
  type SelfTestEventDetail,
  type SelfTestEventName,
  type SelfTestMessages,
} from './self-test/contract';
import type { SelfTestContext } from './self-test/context';
import { clearFieldErrors, defaultWeeks, fillForm, showFieldError, showProgress } from './self-test/feedback';
import { Pager } from './self-test/pager';

export type { SelfTestEventDetail, SelfTestMessages } from './self-test/contract';

declare global {
  interface HTMLElementTagNameMap {
    'cac-self-test': SelfTestElement;
  }
  interface HTMLElementEventMap {
    /** <cac-self-test>'s events (see SELF_TEST_EVENTS): counts and the band, never answers. */
    'cac:started': CustomEvent<SelfTestEventDetail>;
    'cac:progress': CustomEvent<SelfTestEventDetail>;
    'cac:completed': CustomEvent<SelfTestEventDetail>;
  }
}

const report = (error: unknown) => console.error('cac-self-test:', error);

/** The result's code, loaded when first needed (./self-test/view.ts). */
const loadView = () => import('./self-test/view');

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
 * link to the band's result page that keeps the answers in the URL fragment, a plain-text copy,
 * printing, and the events cac:started / cac:progress / cac:completed (counts, never answers). This file is the controller: the
 * markup it relies on is in ./self-test/contract, the paged mode in ./self-test/pager, the result
 * in ./self-test/result-view.
 *
 * Attributes:
 *   test-id     the test's id (the definition comes from the JSON script inside)
 *   share-base  the site share links point to (the band's result page there; default, and for
 *               anything but an http(s) URL: this page's site)
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
  /** Answered questions when last told (cac:progress), and whether cac:started has gone out. */
  #answered = 0;
  #started = false;
  /** The share line of the band shown, for the Web Share API's text. */
  #shareLine = '';

  /** share-base, where share links point: any http(s) address, else this page. */
  get shareBase(): string {
    const value = this.getAttribute(ATTRIBUTE.shareBase);
    try {
      if (value && /^https?:$/.test(new URL(value, location.href).protocol)) return value;
    } catch {
      // Not an address: the default below.
    }
    return location.href;
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
      lang,
      format: (value) => value.toLocaleString(lang, { maximumFractionDigits: 1 }),
    });
    const { test } = context;
    this.#slots = answerSlots(test);
    this.#key = storageKey(test.id, test);
    this.#store = safeStore(() => window.localStorage);

    const fromLink = this.#linkedAnswers();
    this.#shared = fromLink !== null;
    this.#answers = fromLink ?? loadAnswers(this.#store, this.#key, test) ?? {};
    defaultWeeks(test, this.#answers, false);
    fillForm(this.#form, test, this.#slots, this.#answers, lang);

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
    this.#answered = showProgress(context, this.#answers);
    const seen = this.#store.getItem(`${this.#key}:shown`) && !missingQuestions(test, this.#answers).length;
    if (this.#shared || seen) this.#showResult(this.#shared, true);
  }

  #emit(type: SelfTestEventName, band?: string): void {
    const { test, lang } = this.#context!;
    const detail: SelfTestEventDetail = {
      test: test.id,
      locale: lang,
      ...(band && { band }),
      answered: this.#answered,
      total: test.groups.reduce((sum, group) => sum + group.questions.length, 0),
    };
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #linkedAnswers(): Answers | null {
    const { test } = this.#context!;
    const code = new URLSearchParams(location.hash.slice(1)).get(test.id);
    return code ? decodeAnswers(test, code) : null;
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
      // Our own reading, not valueAsNumber: the same in every engine and locale (lib/self-test/hours).
      const reading = readHours(input.value);
      const value =
        reading.kind === 'number'
          ? reading.value
          : reading.kind === 'empty' && slot.kind === 'hours'
            ? 0
            : NaN;
      const valid = isValidAnswer(slot, value);
      showFieldError(context, input, slot, reading.kind === 'unreadable' ? reading.text : value, valid);
      const { [key]: _previous, ...others } = this.#answers;
      this.#answers = valid ? { ...others, [key]: value } : others;
    }
    this.#shared = false;
    if (this.#store) saveAnswers(this.#store, this.#key, this.#answers);
    const answered = showProgress(context, this.#answers);
    if (answered !== this.#answered) {
      this.#answered = answered;
      if (!this.#started && answered) {
        this.#started = true;
        this.#emit(SELF_TEST_EVENTS.started);
      }
      this.#emit(SELF_TEST_EVENTS.progress);
    }
    this.#showResult(false);
  }

  #onClick(event: MouseEvent): void {
    if (this.#pager?.handle(event)) return;
    const action = actionOf(event);
    if (action === 'reset') this.#reset();
    else if (action)
      loadView()
        .then((parts) => parts.shareAction(this.#context!, action, this.#shareLine))
        .catch(report);
  }

  #reset(): void {
    const context = this.#context!;
    this.#answers = {};
    defaultWeeks(context.test, this.#answers, true);
    this.#store?.removeItem(this.#key);
    this.#store?.removeItem(`${this.#key}:shown`);
    this.#shared = false;
    fillForm(this.#form!, context.test, this.#slots, this.#answers, context.lang);
    clearFieldErrors(this);
    this.#hide('missing');
    this.#hide('result');
    this.removeAttribute(STATE.state);
    this.#pager?.goTo(0, false);
    if (location.hash.includes(`${context.test.id}=`))
      history.replaceState(history.state, '', location.pathname + location.search);
    this.#answered = showProgress(context, this.#answers);
    this.#emit(SELF_TEST_EVENTS.progress);
    this.#form!.querySelector<HTMLInputElement>('input')?.focus();
  }

  #hide(name: 'missing' | 'result'): void {
    this.querySelector<HTMLElement>(select(name))?.toggleAttribute('hidden', true);
  }

  /** The result, or in the missing box what is unanswered or why it is withheld; `announce`: asked for, focus it. */
  #showResult(announce: boolean, show = announce): void {
    this.#render(announce, show).catch(report);
  }

  async #render(announce: boolean, show: boolean): Promise<void> {
    const context = this.#context!;
    const { test, messages: m, format } = context;
    const box = this.querySelector<HTMLElement>(select('missing'));
    const section = this.querySelector<HTMLElement>(select('result'));
    // A result or a message on screen is kept up to date; otherwise only a request shows one.
    const showing = show || box?.hidden === false || section?.hidden === false;
    if (!showing) return;
    const { evaluate, fillShare, paragraph, renderMissing, renderResult, withheldText } = await loadView();
    const evaluation = evaluate(test, this.#answers);
    this.toggleAttribute(STATE.state, false);
    if (evaluation.status !== 'result') {
      this.#hide('result');
      if (!box) return;
      box.replaceChildren(
        ...(evaluation.status === 'missing'
          ? renderMissing(context, evaluation.questions)
          : [paragraph(m.withheld), paragraph(withheldText(evaluation, m, format))]),
      );
      box.hidden = false;
      if (announce) box.focus();
      return;
    }
    if (box) box.hidden = true;
    const body = section?.querySelector(select('result-body'));
    const template = section?.querySelector<HTMLTemplateElement>(`template${select('result-template')}`);
    if (!section || !body || !template) return;
    const { view, report: shown } = renderResult(context, template, evaluation.result);
    body.replaceChildren(view);
    const band = test.bands.find((candidate) => candidate.id === evaluation.result.band.id);
    const link = `${new URL(band?.path ?? '', this.shareBase).href}#${new URLSearchParams({ [test.id]: encodeAnswers(test, this.#answers) })}`;
    fillShare(context, shown, link);
    this.#shareLine = shown.share;
    section.hidden = false;
    this.setAttribute(STATE.state, STATE.result);
    if (!this.#shared) this.#store?.setItem(`${this.#key}:shown`, '1');
    this.#emit(SELF_TEST_EVENTS.completed, evaluation.result.band.id);
    if (announce) {
      const live = this.querySelector(select('live'));
      if (live) live.textContent = interpolate(m.summary, { band: shown.band });
      const heading = section.querySelector<HTMLElement>('h2, h3');
      if (this.#shared) section.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: this.#shared });
    }
  }
}

define('cac-self-test', SelfTestElement);
