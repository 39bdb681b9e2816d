import {
  clampHeight,
  HEIGHT_REQUEST_TYPE,
  isHeightMessage,
  isSelfTestEventMessage,
  selfTestEventDetail,
} from '../lib/embed';

/**
 * /embed.js, for the blogger's page: sets each Cliente al centro frame to the height its content
 * reports, and dispatches the test's events (cac:started, cac:progress, cac:completed) on the
 * frame they came from, for the host's own use. A message counts only when it comes from one of
 * those frames' own windows and has exactly our shape; heights are clamped. Frames added later are
 * found at message time; frames that reported before the script arrived are asked to report
 * again. A second copy does nothing.
 */
const flag = Symbol.for('cliente-al-centro.resizer');
const host = window as unknown as Record<symbol, boolean>;

if (!host[flag]) {
  host[flag] = true;
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    const height = isHeightMessage(data);
    if (!height && !isSelfTestEventMessage(data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cac-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      if (height) frame.style.height = `${clampHeight(data.height)}px`;
      else
        frame.dispatchEvent(new CustomEvent(data.type, { detail: selfTestEventDetail(data), bubbles: true }));
    }
  });
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cac-embed]'))
    frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST_TYPE }, '*');
}
