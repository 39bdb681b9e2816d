import { interpolate } from '../../lib/interpolate';
import type { Result } from '../../lib/self-test/scoring';
import { select, selectPart, type Part } from './contract';
import type { SelfTestContext } from './context';

const find = (root: ParentNode, name: Part) => root.querySelector(selectPart(name));

function write(root: ParentNode, name: Part, text: string): void {
  const element = find(root, name);
  if (element) element.textContent = text;
}

/**
 * A result, filled into a copy of the server-rendered template (ResultTemplate.astro): the bars
 * and the pendulum are drawn once, in the markup, and the script only sets texts, lengths and the
 * angle. Parts that do not apply to this result are left out.
 */
export function renderResult(
  { test, messages: m, format }: SelfTestContext,
  template: HTMLTemplateElement,
  result: Result,
): DocumentFragment {
  const view = template.content.cloneNode(true) as DocumentFragment;
  const pendulum = find(view, 'pendulum');
  if (result.week) {
    // The share of the week that went to the customer swings it from 40° on the organisation's
    // side (0%) to 40° on the customer's (100%).
    pendulum?.setAttribute('aria-label', interpolate(m.pendulum, { share: result.overall }));
    const angle = 40 - (80 * result.overall) / 100;
    find(view, 'swing')?.setAttribute('transform', `rotate(${angle.toFixed(1)})`);
  } else pendulum?.remove();
  write(view, 'band', result.band.title);
  write(view, 'band-text', result.band.text);
  write(view, 'overall', interpolate(m.overall, { score: result.overall }));

  const bar = find(view, 'bar');
  bar?.replaceWith(
    ...result.dimensions.map((dimension) => {
      const item = bar.cloneNode(true) as Element;
      write(item, 'bar-label', dimension.label);
      find(item, 'bar-fill')?.setAttribute('width', String(dimension.score));
      write(
        item,
        'bar-value',
        result.week && dimension.hours !== undefined
          ? interpolate(m.hours, { hours: format(dimension.hours), share: dimension.score })
          : `${dimension.score}/100`,
      );
      return item;
    }),
  );

  const { weakest } = result;
  const advice = weakest && test.dimensions.find((dimension) => dimension.id === weakest.id)?.advice;
  if (weakest) write(view, 'weakest', interpolate(m.weakest, { label: weakest.label }));
  else find(view, 'weakest')?.remove();
  if (advice) write(view, 'advice', advice);
  else find(view, 'advice')?.remove();
  return view;
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
  const intro = document.createElement('p');
  intro.textContent = interpolate(messages.missing, { count: missing.length });
  return [intro, list];
}

/** Copies the share link, or selects it where the clipboard is out of reach. */
export async function copyShareLink({ root, messages }: SelfTestContext): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(select('share-url'));
  const status = root.querySelector(select('copy-status'));
  if (!input) return;
  try {
    await navigator.clipboard.writeText(input.value);
  } catch {
    // No clipboard permission (an embed, an old browser): select the link so it can be copied by hand.
    input.select();
    return;
  }
  if (status) status.textContent = messages.copied;
}
