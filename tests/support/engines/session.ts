/** The three engines the reader and embed flows run in (tests/engines/). */
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

/** A function run in the page: its arguments and its value must survive JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/**
 * One browser window, driven the same way in every engine, so a flow is written once:
 * Playwright for Chromium, Puppeteer over WebDriver BiDi for Firefox, Selenium against
 * WebKitWebDriver for WebKit. Selectors are CSS; `a >>> b` finds b inside a's open shadow root.
 * Everything happens in the current frame: the window's document, or the frame `inFrame` entered.
 */
export interface Session {
  readonly engine: EngineName;
  /** Loads `url` in the window and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the current frame and returns its (awaited) value. */
  run<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** A real click (pointer events, focus) in the middle of the element, scrolled into view. */
  click(selector: string): Promise<void>;
  /** Empties a text field and types `text` into it, key by key. */
  fill(selector: string, text: string): Promise<void>;
  /** Types `text` into whatever has focus. */
  type(text: string): Promise<void>;
  /** Presses a key, with modifiers as Playwright names them: 'Escape', 'Control+k', 'ArrowDown'. */
  press(keys: string): Promise<void>;
  /** Sets the size of the window's viewport, in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Runs `body` with the frame of the <iframe> `selector` (in the current frame) as the current one. */
  inFrame<T>(selector: string, body: () => Promise<T>): Promise<T>;
  /** Closes the window and the browser. */
  close(): Promise<void>;
}

/**
 * The source of an expression that calls `fn` with `args`, for the engines' own script runners
 * (which ignore the page's Content Security Policy, unlike an eval inside the page would).
 */
export function callSource<A extends unknown[]>(fn: PageFunction<A, unknown>, args: A): string {
  return `(${fn.toString()}).apply(null, ${JSON.stringify(args)})`;
}

/** 'Control+Shift+k' → ['Control', 'Shift'] and 'k'. */
export function splitKeys(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  if (!key) throw new Error(`Session.press: no key in "${keys}" (write e.g. 'Control+k').`);
  return { modifiers: parts, key };
}

/**
 * `inFrame` for drivers that hold frame objects (Playwright, Puppeteer): `frame` is the current
 * one, on top of `frames`, while `body` runs.
 */
export async function withFrame<F, T>(
  frames: F[],
  frame: F | null | undefined,
  selector: string,
  body: () => Promise<T>,
): Promise<T> {
  if (!frame) throw new Error(`Session.inFrame: ${selector} is not a frame`);
  frames.push(frame);
  try {
    return await body();
  } finally {
    frames.pop();
  }
}

/** Run in the page: the middle of `target`, scrolled to the middle of its window first. */
export function middleOf(target: Element): { x: number; y: number } {
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Run in a frame's parent: the point `inner` of the frame's window in the parent's window, the
 * parent scrolled first when that point is outside it. For drivers whose clicks miss inside frames.
 */
export function throughFrame(frame: Element, inner: { x: number; y: number }): { x: number; y: number } {
  const top = () => frame.getBoundingClientRect().top + frame.clientTop + inner.y;
  if (top() < 0 || top() > innerHeight) scrollBy({ top: top() - innerHeight / 2, behavior: 'instant' });
  const box = frame.getBoundingClientRect();
  return { x: box.left + frame.clientLeft + inner.x, y: box.top + frame.clientTop + inner.y };
}
