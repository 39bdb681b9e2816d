import type { EngineRun } from './index';

/** What is left to answer on the questions now shown: radios to click and hour fields to fill. */
interface Pending {
  click: string[];
  fill: { selector: string; text: string }[];
  /** The pager's Next button, when the test shows one question at a time and this is not the last. */
  next: string | null;
}

/** Run in the page: `scope` is the path to the test ('cac-self-test' or 'host >>> cac-self-test'). */
function pending(scope: string, option: 'first' | 'last', hours: string): Pending {
  let root: Document | ShadowRoot | Element = document;
  for (const part of scope.split('>>>').map((s) => s.trim())) {
    const found: Element | null = root.querySelector(part);
    if (!found) return { click: [], fill: [], next: null };
    root = found.shadowRoot ?? found;
  }
  const prefix = `${scope} `;
  const shown = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.question')].filter(
    (question) => !question.closest('[hidden]'),
  );
  const click: string[] = [];
  const fill: Pending['fill'] = [];
  for (const question of shown) {
    const radios = [...question.querySelectorAll<HTMLInputElement>('input[type="radio"]:not([value="-1"])')];
    for (const name of new Set(radios.map((radio) => radio.name))) {
      const group = radios.filter((radio) => radio.name === name);
      if (group.some((radio) => radio.checked)) continue;
      const chosen = option === 'first' ? group[0]! : group[group.length - 1]!;
      click.push(`${prefix}input[type="radio"][name=${JSON.stringify(name)}][value="${chosen.value}"]`);
    }
    const field = question.querySelector<HTMLInputElement>('li.hours input');
    if (field && !field.value) fill.push({ selector: `${prefix}#${CSS.escape(field.id)}`, text: hours });
  }
  const next = root.querySelector<HTMLButtonElement>('button[data-action="next"]');
  return { click, fill, next: next && !next.hidden ? `${prefix}button[data-action="next"]` : null };
}

/** Run in the page: the band title of the result the test shows, or '' while it shows none. */
function shownBand(scope: string): string {
  let root: Document | ShadowRoot | Element = document;
  for (const part of scope.split('>>>').map((s) => s.trim())) {
    const found: Element | null = root.querySelector(part);
    if (!found) return '';
    root = found.shadowRoot ?? found;
  }
  const result = root.querySelector<HTMLElement>('[data-result]');
  return result && !result.hidden ? (result.querySelector('.band')?.textContent.trim() ?? '') : '';
}

/**
 * Answers a self-test as a reader does, with real clicks and typing, in whichever engine: every
 * scale its first or last point, the first kind of work of each week `hours`; page by page when
 * it shows one question at a time. Then asks for the result and returns its band title.
 */
export async function completeSelfTest(
  { session, until }: EngineRun,
  scope: string,
  { option = 'last', hours = '40' }: { option?: 'first' | 'last'; hours?: string } = {},
): Promise<string> {
  await until((s: string) => {
    let root: Document | ShadowRoot | Element = document;
    for (const part of s.split('>>>').map((p) => p.trim())) {
      const found: Element | null = root.querySelector(part);
      if (!found) return false;
      root = found.shadowRoot ?? found;
    }
    return root instanceof Element && root.hasAttribute('ready');
  }, scope);
  // Answers are read back after each round, so a click the page did not take is made again
  // rather than discovered as a missing result; a control that never takes still fails.
  for (let round = 0; round < 120; round++) {
    const todo = await session.run(pending, scope, option, hours);
    if (todo.click.length + todo.fill.length > 0) {
      for (const selector of todo.click) await session.click(selector);
      for (const { selector, text } of todo.fill) await session.fill(selector, text);
      continue;
    }
    if (!todo.next) break;
    await session.click(todo.next);
  }
  await session.click(`${scope} button[type="submit"]`);
  return until(shownBand, scope);
}

export { shownBand };
