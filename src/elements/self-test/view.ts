/**
 * What the element needs only once a reader asks for a result or presses a result's button: the
 * drawing, the sentences of report.ts, the share and print actions. Loaded with import(), so that
 * a page with a test pays for it only when it is used (and a shared link loads it at once).
 */
export { evaluate } from '../../lib/self-test/evaluate';
export { withheldText } from '../../lib/self-test/report';
export { paragraph, renderMissing, renderResult } from './result-view';
export { fillShare, shareAction } from './share';
