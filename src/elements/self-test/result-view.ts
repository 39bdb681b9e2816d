import { interpolate } from '../../lib/interpolate';
import { buildReport, type Report } from '../../lib/self-test/report';
import type { Result } from '../../lib/self-test/evaluate';
import { select, selectPart, SELECT, type Part } from './contract';
import type { SelfTestContext } from './context';

const find = (root: ParentNode, name: Part) => root.querySelector(selectPart(name));

function write(root: ParentNode, name: Part, text = ''): void {
  const element = find(root, name);
  if (!element) return;
  if (text) element.textContent = text;
  else element.remove();
}

/**
 * A result, filled into a copy of the server-rendered template (ResultTemplate.astro): the bars
 * and the pendulum are drawn once, in the markup, and the script only sets texts (all from
 * report.ts), lengths, links and the angle. Parts that do not apply to this result are left out.
 */
export function renderResult(
  context: SelfTestContext,
  template: HTMLTemplateElement,
  result: Result,
): { view: DocumentFragment; report: Report } {
  const { test, messages: m, format, root } = context;
  const report = buildReport(test, result, m, format);
  const view = template.content.cloneNode(true) as DocumentFragment;
  const pendulum = find(view, 'pendulum');
  if (result.week && report.pendulum) {
    // The customer's share of the assigned hours swings it from 40° on the organisation's side
    // (0%) to 40° on the customer's (100%).
    pendulum?.setAttribute('aria-label', report.pendulum);
    const angle = 40 - (80 * result.week.customer) / 100;
    find(view, 'swing')?.setAttribute('transform', `rotate(${angle.toFixed(1)})`);
  } else pendulum?.remove();
  write(view, 'band', report.band);
  write(view, 'band-text', report.text);
  write(view, 'overall', report.overall);
  write(view, 'basis', report.basis);

  const item = find(view, 'dimension');
  const lists = { self: find(view, 'self'), organisation: find(view, 'others') };
  item?.remove();
  report.dimensions.forEach((line, index) => {
    const copy = item?.cloneNode(true) as Element | undefined;
    if (!copy) return;
    const figure = result.dimensions[index];
    const width = figure?.share ?? figure?.score;
    // Open everywhere but in paged mode, where a frame must stay short: there each dimension's
    // reading opens on its own (a <details> also works in a sandboxed frame).
    if (!root.hasAttribute('paged')) find(copy, 'disclosure')?.setAttribute('open', '');
    write(copy, 'label', line.label);
    write(copy, 'value', line.value);
    if (width === undefined) copy.querySelector('svg')?.remove();
    else find(copy, 'fill')?.setAttribute('width', String(width));
    write(copy, 'reading', line.reading);
    write(copy, 'step', line.step);
    const link = find(copy, 'link');
    link?.setAttribute('href', line.href);
    if (link) link.textContent = interpolate(m.readMore, { label: line.label });
    lists[line.about]?.append(copy);
  });
  if (!lists.organisation?.children.length) find(view, 'organisation')?.remove();
  find(view, 'answers')?.append(...answersGiven(root));
  return { view, report };
}

/** The answers as the reader gave them, read from the form: question, then each chosen label or hours. */
function answersGiven(root: HTMLElement): Node[] {
  const text = (element: Element | null | undefined) => element?.textContent.trim() ?? '';
  const entry = (tag: 'dt' | 'dd', content: string) => {
    const element = document.createElement(tag);
    element.textContent = content;
    return element;
  };
  return [...root.querySelectorAll(SELECT.question)].flatMap((question) => [
    entry('dt', text(question.querySelector('legend'))),
    ...[...question.querySelectorAll('input:checked, .hours input')].map((input) => {
      const value = (input as HTMLInputElement).value || '0';
      const row = input.closest('.row')?.querySelector('legend');
      const answer =
        (input as HTMLInputElement).type === 'radio'
          ? text(input.closest('label'))
          : `${text(input.closest('.hours')?.querySelector('label'))}: ${value}`;
      return entry('dd', row ? `${text(row)}: ${answer}` : answer);
    }),
  ]);
}

/** What the reader is told when asking too early: how many questions wait, each a link to it. */
export function renderMissing({ root, messages }: SelfTestContext, missing: string[]): Node[] {
  const list = document.createElement('ul');
  for (const id of missing) {
    const fieldset = root.querySelector<HTMLElement>(select('question', id));
    const link = document.createElement('a');
    link.href = `#${fieldset?.id ?? ''}`;
    link.textContent = fieldset?.querySelector('legend')?.textContent ?? id;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  return [paragraph(interpolate(messages.missing, { count: missing.length })), list];
}

export function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}

/**
 * Copies a text (the share link, or the result as text); where the clipboard is out of reach,
 * selects the field that holds it, shown, so that it can be copied by hand.
 */
export async function copyField(
  { root }: SelfTestContext,
  field: HTMLInputElement | HTMLTextAreaElement,
  done: string,
): Promise<void> {
  const status = root.querySelector(select('copy-status'));
  try {
    await navigator.clipboard.writeText(field.value);
    if (status) status.textContent = done;
  } catch {
    field.hidden = false;
    field.select();
  }
}
