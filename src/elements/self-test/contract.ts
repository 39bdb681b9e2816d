/**
 * The DOM contract between the server-rendered self-test (SelfTestForm.astro, ResultTemplate.astro)
 * and <cac-self-test>: attribute names, data-* hooks, actions, result parts and the input-name
 * rule. Both sides import them from here, so the markup and the script cannot drift apart.
 * Plain data and pure functions only: the server imports this module too.
 */
import type { ReportMessages } from '../../lib/self-test/report';

/** The element's attributes (its public API) and the JSON it reads its texts from. */
export const ATTRIBUTE = {
  testId: 'test-id',
  shareBase: 'share-base',
  paged: 'paged',
  noShare: 'no-share',
  messages: 'data-messages',
} as const;

/** What the element sets for self-test.css to read: CSS cannot import names, so keep these in step with it. */
export const STATE = {
  /** On the element once it works: the progress line and the buttons show. */
  ready: 'ready',
  /** On the element: "result" while a result is shown. */
  state: 'data-state',
  result: 'result',
  /** On <html> while printing from the result's button: only the result prints. */
  print: 'data-print',
} as const;

/**
 * The data-* hooks the element looks for in the server's markup, named without "data-". Types
 * rather than objects: the compiler holds both sides to the same names, and the bundle carries none.
 */
export type Hook =
  | 'definition'
  | 'progress'
  | 'question'
  | 'error-for'
  | 'sum-for'
  | 'missing'
  | 'action'
  | 'result'
  | 'result-body'
  | 'result-template'
  | 'part'
  | 'share-url'
  | 'share-text'
  | 'copy-status'
  | 'printed'
  | 'live';

/** The buttons' data-action values. */
export type Action = 'next' | 'previous' | 'reset' | 'share' | 'copy' | 'copy-text' | 'print';

/** The pieces of the result template the element fills in (data-part values). */
export type Part =
  | 'pendulum'
  | 'swing'
  | 'band'
  | 'band-text'
  | 'overall'
  | 'basis'
  | 'self'
  | 'dimension'
  | 'disclosure'
  | 'label'
  | 'value'
  | 'fill'
  | 'reading'
  | 'step'
  | 'link'
  | 'organisation'
  | 'others'
  | 'answers';

/** Classes that are styling and structure at once: the server writes them, the element walks them. */
export const CLASS = { group: 'group', question: 'question', actions: 'actions' } as const;

export const SELECT = {
  group: `section.${CLASS.group}`,
  question: `fieldset.${CLASS.question}`,
  actions: `.${CLASS.actions}`,
  submit: 'button[type="submit"]',
} as const;

type Attributes = Record<string, string | undefined>;

/** An attribute of the element, for the server to spread: <cac-self-test {...attribute('testId', id)}>. */
export const attribute = (name: keyof typeof ATTRIBUTE, value: string | undefined): Attributes => ({
  [ATTRIBUTE[name]]: value,
});

export const hookName = (name: Hook): `data-${Hook}` => `data-${name}`;

/** A hook, for the server to spread: <p {...hook('progress')}>; an empty value renders the bare name. */
export const hook = (name: Hook, value = ''): Attributes => ({ [hookName(name)]: value });

export const action = (name: Action): Attributes => hook('action', name);

export const part = (name: Part): Attributes => hook('part', name);

/** The selector of a hook, with or without a value (browser only: it escapes with CSS.escape). */
export const select = (name: Hook, value?: string): string =>
  value === undefined ? `[data-${name}]` : `[data-${name}="${CSS.escape(value)}"]`;

export const selectPart = (name: Part): string => select('part', name);

/** The action of the button a click landed in, if any. */
export function actionOf(event: Event): Action | null {
  const button = (event.target as Element | null)?.closest(select('action'));
  return (button?.getAttribute(hookName('action')) ?? null) as Action | null;
}

/** Answers' inputs are named "<test id>/<slot key>", so that two tests on one page never share a name. */
export const inputName = (test: string, key: string): string => `${test}/${key}`;

/** The slot key behind an input's name, or null when the input belongs to another test. */
export const slotKey = (test: string, name: string): string | null =>
  name.startsWith(`${test}/`) ? name.slice(test.length + 1) : null;

/** Texts the element writes, rendered by the server from the locale's dictionary (data-messages). */
export interface SelfTestMessages extends ReportMessages {
  progress: string;
  missing: string;
  withheld: string;
  readMore: string;
  summary: string;
  copied: string;
  copiedText: string;
  printed: string;
  errorStep: string;
  errorRange: string;
  errorOver: string;
  /** An hours field whose text is not a number ({text}). */
  errorNumber: string;
  sum: string;
  /** After the running sum: how many fields of the week it leaves out, being in error ({count}). */
  sumSkipped: string;
  previous: string;
  next: string;
  step: string;
}

/**
 * The events <cac-self-test> dispatches (bubbling, composed), in the order a reader meets them:
 * the first answer, each change in the number of answered questions, each result shown.
 */
export const SELF_TEST_EVENTS = {
  started: 'cac:started',
  progress: 'cac:progress',
  completed: 'cac:completed',
} as const;
export type SelfTestEventName = (typeof SELF_TEST_EVENTS)[keyof typeof SELF_TEST_EVENTS];

/** What the events carry: the test, its language, answered and total questions, the band's id on completion. Never an answer. */
export interface SelfTestEventDetail {
  test: string;
  locale: string;
  band?: string;
  answered: number;
  total: number;
}
