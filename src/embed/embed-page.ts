import { options, test } from './embed-setup';
import '../elements/self-test-element';
import { ATTRIBUTE } from '../elements/self-test/contract';
import {
  clampHeight,
  HEIGHT_MESSAGE_TYPE,
  isHeightRequest,
  SELF_TEST_EVENT_TYPES,
  selfTestEventMessage,
  WP_MAX_HEIGHT,
  WP_MIN_HEIGHT,
} from '../lib/embed';

/**
 * The script of /embed/<id>/, inlined in the page so that it also runs in an opaque-origin
 * sandbox (WordPress), where loading our modules would be a blocked cross-origin request.
 * It tells the host page how tall the content is, whenever that changes, and passes the test's
 * events on (started, progress, completed: counts and the band, never an answer).
 */
const id = test?.getAttribute(ATTRIBUTE.testId) ?? '';
const framed = window.parent !== window;

function report(): void {
  const height = document.body.getBoundingClientRect().height;
  if (options.secret) {
    window.parent.postMessage(
      { message: 'height', value: clampHeight(height, WP_MIN_HEIGHT, WP_MAX_HEIGHT), secret: options.secret },
      '*',
    );
  } else {
    window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, id, height: Math.ceil(height) }, '*');
  }
}

if (framed) {
  new ResizeObserver(report).observe(document.body);
  if (options.secret) {
    // WordPress asks again with "ready" once its script is listening.
    window.addEventListener('message', (event) => {
      const data = event.data as { message?: unknown; secret?: unknown } | null;
      if (event.source === window.parent && data?.message === 'ready' && data.secret === options.secret)
        report();
    });
  } else {
    // Our resizer asks again when it starts, in case it arrived after the first report.
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && isHeightRequest(event.data)) report();
    });
  }
  // The element's events, for the host page's own use (/embed.js dispatches them on the frame).
  // Only the fields of our shape are copied; this page never listens for answers from outside.
  for (const type of SELF_TEST_EVENT_TYPES) {
    document.addEventListener(type, (event) => {
      const message = selfTestEventMessage(type, (event as CustomEvent<unknown>).detail);
      if (message) window.parent.postMessage(message, '*');
    });
  }
}
