import { clampHeight, HEIGHT_REQUEST_TYPE, isHeightMessage } from '../lib/embed';

/**
 * /embed.js, for the blogger's page: sets each Cliente al centro frame to the height its content
 * reports. A message counts only when it comes from one of those frames' own windows and has
 * exactly our shape; heights are clamped. Frames added later are found at message time; frames
 * that reported before the script arrived are asked to report again. A second copy does nothing.
 */
const flag = Symbol.for('cliente-al-centro.resizer');
const host = window as unknown as Record<symbol, boolean>;

if (!host[flag]) {
  host[flag] = true;
  window.addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cac-embed]')) {
      if (frame.contentWindow === event.source) frame.style.height = `${clampHeight(event.data.height)}px`;
    }
  });
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cac-embed]'))
    frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST_TYPE }, '*');
}
