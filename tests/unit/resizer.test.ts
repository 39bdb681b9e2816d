import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, HEIGHT_REQUEST_TYPE, MAX_HEIGHT, MIN_HEIGHT } from '../../src/lib/embed';

// Besides heights, it passes the test's events on: a message of our exact shape from one of our
// frames becomes a DOM event on that frame.

// /embed.js runs on the blogger's page: it must resize our frames, and only ours, on messages of
// our exact shape. Here it runs against a minimal page: a window that dispatches messages and a
// document that lists the frames.

interface FakeFrame {
  contentWindow: { postMessage(data: unknown, target: string): void; received: unknown[] };
  style: { height: string };
  dispatchEvent(event: Event): boolean;
  /** The events dispatched on the frame, as the host page's listeners would see them. */
  events: { type: string; detail: unknown; bubbles: boolean }[];
}

type Listener = (event: { data: unknown; source: unknown }) => void;

let listeners: Listener[];
let frames: FakeFrame[];

const frame = (): FakeFrame => {
  const received: unknown[] = [];
  const events: FakeFrame['events'] = [];
  return {
    contentWindow: { received, postMessage: (data) => received.push(data) },
    style: { height: '' },
    events,
    dispatchEvent: (event) => {
      events.push({ type: event.type, detail: (event as CustomEvent).detail, bubbles: event.bubbles });
      return true;
    },
  };
};
const post = (source: unknown, data: unknown) => {
  for (const listener of listeners) listener({ data, source });
};
const heightMessage = (height: number) => ({ type: HEIGHT_MESSAGE_TYPE, id: 'pendolo', height });

/** Loads the resizer script afresh, as a page's <script> tag would. */
async function loadResizer(): Promise<void> {
  vi.resetModules();
  await import('../../src/embed/resizer');
}

beforeEach(() => {
  listeners = [];
  frames = [frame(), frame()];
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.push(listener);
    },
  });
  vi.stubGlobal('document', {
    querySelectorAll: (selector: string) => (selector === 'iframe[data-cac-embed]' ? frames : []),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the resizer on the host page', () => {
  test('sets a frame to the height its own window reports, and leaves the other frames alone', async () => {
    await loadResizer();
    post(frames[0]!.contentWindow, heightMessage(812.4));
    expect(frames.map((f) => f.style.height)).toEqual(['813px', '']);
  });

  test.each([
    ['clamps a tiny height to the minimum', 3, `${MIN_HEIGHT}px`],
    ['clamps a huge height to the maximum', 1e6, `${MAX_HEIGHT}px`],
  ])('%s', async (_name, height, expected) => {
    await loadResizer();
    post(frames[1]!.contentWindow, heightMessage(height));
    expect(frames[1]!.style.height).toBe(expected);
  });

  test.each<[string, () => unknown, unknown]>([
    ['rejects a message from a window that is none of our frames', () => ({}), heightMessage(900)],
    ['rejects a message from the host page itself', () => window, heightMessage(900)],
    ['rejects a message without a source', () => null, heightMessage(900)],
    [
      'rejects a message of another shape from one of our frames',
      () => frames[0]!.contentWindow,
      { ...heightMessage(900), extra: true },
    ],
    [
      'rejects WordPress’s height message from one of our frames',
      () => frames[0]!.contentWindow,
      { message: 'height', value: 900, secret: 'abc' },
    ],
    [
      'rejects an impossible height from one of our frames',
      () => frames[0]!.contentWindow,
      heightMessage(-1),
    ],
  ])('%s', async (_name, source, data) => {
    await loadResizer();
    post(source(), data);
    expect(frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  test('asks every frame already on the page to report its height again, once', async () => {
    await loadResizer();
    await loadResizer();
    expect(frames.map((f) => f.contentWindow.received)).toEqual([
      [{ type: HEIGHT_REQUEST_TYPE }],
      [{ type: HEIGHT_REQUEST_TYPE }],
    ]);
  });

  test('finds frames added to the page after it loaded', async () => {
    await loadResizer();
    const late = frame();
    frames.push(late);
    post(late.contentWindow, heightMessage(700));
    expect(late.style.height).toBe('700px');
  });

  test('a second copy of the script on the same page adds no second listener', async () => {
    await loadResizer();
    await loadResizer();
    expect(listeners).toHaveLength(1);
  });
});

describe('the test’s events on the host page', () => {
  const detail = { test: 'pendolo', locale: 'it', answered: 3, total: 7 };
  const completed = { type: 'cac:completed', ...detail, answered: 7, band: 'in-movimento' };

  test.each<[string, Record<string, unknown>]>([
    ['the first answer', { type: 'cac:started', ...detail, answered: 1 }],
    ['a change in progress', { type: 'cac:progress', ...detail }],
    ['a result, with its band', completed],
  ])(
    'dispatches %s on the frame it came from, bubbling, with the message’s fields as detail',
    async (_name, message) => {
      await loadResizer();
      post(frames[1]!.contentWindow, message);
      const { type, ...fields } = message;
      expect(frames[0]!.events).toEqual([]);
      expect(frames[1]!.events).toEqual([{ type, detail: fields, bubbles: true }]);
      expect(frames[1]!.style.height).toBe('');
    },
  );

  test('passes events on in the order they came', async () => {
    await loadResizer();
    for (const type of ['cac:started', 'cac:progress', 'cac:progress'])
      post(frames[0]!.contentWindow, { type, ...detail });
    post(frames[0]!.contentWindow, completed);
    expect(frames[0]!.events.map((event) => event.type)).toEqual([
      'cac:started',
      'cac:progress',
      'cac:progress',
      'cac:completed',
    ]);
  });

  test.each<[string, () => unknown, unknown]>([
    ['a window that is none of our frames', () => ({}), completed],
    ['the host page itself', () => window, completed],
    ['no source', () => null, completed],
    [
      'one of our frames, with answers riding along',
      () => frames[0]!.contentWindow,
      { ...completed, answers: [3] },
    ],
    [
      'one of our frames, of an unknown type',
      () => frames[0]!.contentWindow,
      { ...completed, type: 'cac:answer' },
    ],
    [
      'one of our frames, with a band before the result',
      () => frames[0]!.contentWindow,
      { type: 'cac:progress', ...detail, band: 'x' },
    ],
    [
      'one of our frames, with impossible counts',
      () => frames[0]!.contentWindow,
      { ...completed, answered: 9 },
    ],
  ])('dispatches nothing for a message from %s', async (_name, source, data) => {
    await loadResizer();
    post(source(), data);
    expect(frames.map((f) => f.events)).toEqual([[], []]);
  });
});
