import { interpolate } from '../../lib/interpolate';
import { writeHours } from '../../lib/self-test/hours';
import { allocations, missingQuestions, type Slot } from '../../lib/self-test/scoring';
import type { Answers, SelfTestDefinition } from '../../lib/self-test/types';
import { inputName, select } from './contract';
import type { SelfTestContext } from './context';

/** Progress, and for each hours question the running sum of the week or how far it is over; returns the questions answered. */
export function showProgress({ root, test, messages: m, format }: SelfTestContext, answers: Answers): number {
  const total = test.groups.reduce((sum, group) => sum + group.questions.length, 0);
  const missing = missingQuestions(test, answers);
  const progress = root.querySelector(select('progress'));
  if (progress) progress.textContent = interpolate(m.progress, { answered: total - missing.length, total });
  for (const week of allocations(test, answers)) {
    const sum = root.querySelector(select('sum-for', week.question));
    if (!sum) continue;
    const hours = { assigned: format(week.assigned), total: format(week.total) };
    // A field in error is left out of the sum: the sum says so, so no value is lost unseen.
    const skipped = root.querySelectorAll(
      `${select('question', week.question)} [aria-invalid="true"]`,
    ).length;
    sum.textContent = [
      week.over
        ? interpolate(m.errorOver, { ...hours, excess: format(week.assigned - week.total) })
        : interpolate(m.sum, { ...hours, left: format(week.total - week.assigned) }),
      skipped ? interpolate(m.sumSkipped, { count: skipped }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    sum.classList.toggle('error', week.over || skipped > 0);
  }
  return total - missing.length;
}

/**
 * An hours field's error: none when valid; for text that is no number, that text; else the step
 * or the range the value must keep to.
 */
export function showFieldError(
  { root, messages: m, format }: SelfTestContext,
  input: HTMLInputElement,
  slot: Slot,
  value: number | string,
  valid: boolean,
): void {
  const step = slot.kind === 'choice' ? 1 : slot.step;
  const max = slot.kind === 'choice' ? 0 : slot.max;
  const text = valid
    ? ''
    : typeof value === 'string'
      ? interpolate(m.errorNumber, { text: value })
      : Number.isFinite(value) && value >= 0 && value <= max
        ? interpolate(m.errorStep, { step: format(step) })
        : interpolate(m.errorRange, { max: format(max) });
  input.setAttribute('aria-invalid', String(!valid));
  const error = root.querySelector(select('error-for', slot.key));
  if (error) error.textContent = text;
}

/** Clears every field's error, as after a reset. */
export function clearFieldErrors(root: HTMLElement): void {
  for (const input of root.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const error of root.querySelectorAll(select('error-for'))) error.textContent = '';
}

/** An hours question starts from its default week; `reset` puts it back even over an answer. */
export function defaultWeeks(test: SelfTestDefinition, answers: Answers, reset: boolean): void {
  for (const question of test.groups.flatMap((group) => group.questions)) {
    if (question.kind !== 'allocation') continue;
    const key = `${question.id}.total`;
    if (reset || answers[key] === undefined) answers[key] = question.total.default;
  }
}

/** Puts answers into the form: each radio checked or not, each hours field filled (in `lang`) or emptied. */
export function fillForm(
  form: HTMLFormElement,
  test: SelfTestDefinition,
  slots: Slot[],
  answers: Answers,
  lang: string,
): void {
  for (const slot of slots) {
    const value = answers[slot.key];
    for (const input of form.querySelectorAll<HTMLInputElement>(
      `input[name="${CSS.escape(inputName(test.id, slot.key))}"]`,
    )) {
      if (input.type === 'radio') input.checked = value !== undefined && Number(input.value) === value;
      else
        input.value =
          value === undefined || (slot.kind === 'hours' && value === 0) ? '' : writeHours(value, lang);
    }
  }
}
