import { interpolate } from '../../lib/interpolate';
import { plainText, type Report } from '../../lib/self-test/report';
import { select, STATE, type Action } from './contract';
import type { SelfTestContext } from './context';
import { copyField } from './result-view';

/** Puts a result's link and plain text in the share fields; Share shows where the Web Share API is. */
export function fillShare({ root, test, messages }: SelfTestContext, report: Report, link: string): void {
  root
    .querySelector<HTMLElement>(select('action', 'share'))
    ?.toggleAttribute('hidden', !('share' in navigator));
  const url = root.querySelector<HTMLInputElement>(select('share-url'));
  if (url) url.value = link;
  const text = root.querySelector<HTMLTextAreaElement>(select('share-text'));
  if (text) text.value = plainText(test.title, report, link, messages);
}

/**
 * The result's buttons: Share (the Web Share API, where there is one), Copy link, Copy as text
 * (the plain text of report.ts; without a clipboard its field is shown selected), Print (the
 * result alone, dated in the test's language). `line` is the band's share line.
 */
export function shareAction(context: SelfTestContext, action: Action | null, line: string): void {
  const { root, test, messages: m, lang } = context;
  const url = root.querySelector<HTMLInputElement>(select('share-url'));
  const text = root.querySelector<HTMLTextAreaElement>(select('share-text'));
  const failed = (error: unknown) => console.error('cac-self-test:', error);
  if (action === 'copy' && url) copyField(context, url, m.copied).catch(failed);
  else if (action === 'copy-text' && text) copyField(context, text, m.copiedText).catch(failed);
  else if (action === 'share' && url)
    // A reader who closes the share sheet rejects the promise: nothing to report.
    navigator.share({ title: test.title, text: line, url: url.value }).catch(() => undefined);
  else if (action === 'print') {
    const printed = root.querySelector(select('printed'));
    if (printed) printed.textContent = interpolate(m.printed, { date: new Date().toLocaleDateString(lang) });
    document.documentElement.setAttribute(STATE.print, test.id);
    window.print();
  }
}
