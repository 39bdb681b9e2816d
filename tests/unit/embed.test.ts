import { describe, expect, test } from 'vitest';
import {
  accentStyles,
  clampHeight,
  contrastRatio,
  HEIGHT_MESSAGE_TYPE,
  HEIGHT_REQUEST_TYPE,
  iframeSnippet,
  isHeightMessage,
  isHeightRequest,
  isSelfTestEventMessage,
  MAX_HEIGHT,
  MIN_HEIGHT,
  OEMBED_HEIGHTS,
  oEmbedHeight,
  oEmbedHtml,
  readEmbedOptions,
  SELF_TEST_EVENT_TYPES,
  selfTestEventDetail,
  selfTestEventMessage,
  START_HEIGHT,
  widgetSnippet,
  WP_MAX_HEIGHT,
  WP_MIN_HEIGHT,
  type EmbedLinks,
} from '../../src/lib/embed';

// The embedding contract other sites depend on: the height messages a frame sends and the resizer
// on the blogger's page accepts, the options a snippet may carry, and the markup bloggers paste.

describe('clampHeight', () => {
  test.each([
    ['keeps a height inside the range', 640, 640],
    ['rounds a fractional height up, so the content never scrolls', 640.2, 641],
    ['raises a height below the range to the minimum', 20, MIN_HEIGHT],
    ['raises a negative height to the minimum', -500, MIN_HEIGHT],
    ['lowers a height above the range to the maximum', 99_999, MAX_HEIGHT],
    ['lowers an infinite height to the maximum', Infinity, MAX_HEIGHT],
    ['keeps the minimum itself', MIN_HEIGHT, MIN_HEIGHT],
    ['keeps the maximum itself', MAX_HEIGHT, MAX_HEIGHT],
  ])('%s', (_name, height, expected) => {
    expect(clampHeight(height)).toBe(expected);
  });

  test.each([
    ['raises a short frame to WordPress’s minimum', 120, WP_MIN_HEIGHT],
    ['lowers a tall frame to WordPress’s maximum', 1800, WP_MAX_HEIGHT],
    ['rounds a height just under WordPress’s maximum up to it', 999.5, WP_MAX_HEIGHT],
    ['keeps a height WordPress accepts', 640, 640],
  ])('with the WordPress range, %s', (_name, height, expected) => {
    expect(clampHeight(height, WP_MIN_HEIGHT, WP_MAX_HEIGHT)).toBe(expected);
  });

  test('the WordPress range lies inside the range the resizer accepts', () => {
    expect(MIN_HEIGHT).toBeLessThanOrEqual(WP_MIN_HEIGHT);
    expect(WP_MIN_HEIGHT).toBeLessThan(WP_MAX_HEIGHT);
    expect(WP_MAX_HEIGHT).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(clampHeight(START_HEIGHT)).toBe(START_HEIGHT);
  });
});

describe('isHeightMessage', () => {
  const valid = { type: HEIGHT_MESSAGE_TYPE, id: 'pendolo', height: 812 };

  test('accepts the message an embed page sends', () => {
    expect(isHeightMessage(valid)).toBe(true);
    expect(isHeightMessage({ ...valid, height: 0.5 })).toBe(true);
    expect(isHeightMessage({ ...valid, id: '' })).toBe(true);
  });

  test.each<[string, unknown]>([
    ['rejects no data', undefined],
    ['rejects null', null],
    ['rejects a string, even one that spells our type', HEIGHT_MESSAGE_TYPE],
    ['rejects a number', 812],
    ['rejects an array', [HEIGHT_MESSAGE_TYPE, 'pendolo', 812]],
    ['rejects a message of another type', { ...valid, type: 'resize' }],
    [
      'rejects a message with a type that only starts like ours',
      { ...valid, type: `${HEIGHT_MESSAGE_TYPE}x` },
    ],
    ['rejects a message with an extra key', { ...valid, secret: 'abc' }],
    ['rejects a message without an id', { type: HEIGHT_MESSAGE_TYPE, height: 812 }],
    ['rejects a message without a height', { type: HEIGHT_MESSAGE_TYPE, id: 'pendolo' }],
    [
      'rejects a message whose three keys are not ours',
      { type: HEIGHT_MESSAGE_TYPE, id: 'pendolo', value: 812 },
    ],
    ['rejects an id that is not a string', { ...valid, id: 7 }],
    ['rejects a height given as a string', { ...valid, height: '812' }],
    ['rejects a height of zero', { ...valid, height: 0 }],
    ['rejects a negative height', { ...valid, height: -812 }],
    ['rejects a height that is not a number', { ...valid, height: NaN }],
    ['rejects an infinite height', { ...valid, height: Infinity }],
    ['rejects WordPress’s height message', { message: 'height', value: 812, secret: 'abc' }],
    ['rejects keys inherited from a prototype', Object.create(valid) as unknown],
  ])('%s', (_name, data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('isSelfTestEventMessage', () => {
  const progress = { type: 'cac:progress', test: 'pendolo', locale: 'it', answered: 3, total: 7 };
  const completed = { ...progress, type: 'cac:completed', band: 'in-movimento', answered: 7 };

  test.each<[string, unknown]>([
    ['accepts the first answer', { ...progress, type: 'cac:started', answered: 1 }],
    ['accepts a change in progress', progress],
    ['accepts progress back at zero (the reader started over)', { ...progress, answered: 0 }],
    ['accepts a result with its band', completed],
    ['accepts a result without a band', { ...progress, type: 'cac:completed', answered: 7 }],
    ['accepts an English test', { ...completed, test: 'pendulum', locale: 'en', band: 'on-the-move' }],
  ])('%s', (_name, data) => {
    expect(isSelfTestEventMessage(data)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['rejects null', null],
    ['rejects a string that spells a type', 'cac:completed'],
    ['rejects an array', ['cac:completed', 'pendolo']],
    ['rejects a height message', { type: HEIGHT_MESSAGE_TYPE, id: 'pendolo', height: 812 }],
    ['rejects the element’s old result event', { ...completed, type: 'cac-self-test:result' }],
    ['rejects an unknown type of ours', { ...progress, type: 'cac:answered' }],
    ['rejects answers riding along', { ...completed, answers: { q1: 3 } }],
    ['rejects a share code riding along', { ...completed, code: 'v1-abc-1_2_3' }],
    ['rejects a band before the result', { ...progress, band: 'in-movimento' }],
    ['rejects a message without a test', { type: 'cac:progress', locale: 'it', answered: 3, total: 7 }],
    ['rejects a message without a locale', { type: 'cac:progress', test: 'pendolo', answered: 3, total: 7 }],
    ['rejects a message without counts', { type: 'cac:progress', test: 'pendolo', locale: 'it' }],
    ['rejects a test id that is not an id', { ...progress, test: '<img src=x>' }],
    ['rejects an empty test id', { ...progress, test: '' }],
    ['rejects a band that is not a string', { ...completed, band: 2 }],
    ['rejects counts given as strings', { ...progress, answered: '3' }],
    ['rejects a fractional count', { ...progress, answered: 2.5 }],
    ['rejects a negative count', { ...progress, answered: -1 }],
    ['rejects more answered than there are questions', { ...progress, answered: 8 }],
    ['rejects an infinite total', { ...progress, total: Infinity }],
    ['rejects keys inherited from a prototype', Object.create(progress) as unknown],
  ])('%s', (_name, data) => {
    expect(isSelfTestEventMessage(data)).toBe(false);
  });

  test('knows the three events, in the order a reader meets them', () => {
    expect(SELF_TEST_EVENT_TYPES).toEqual(['cac:started', 'cac:progress', 'cac:completed']);
  });
});

describe('selfTestEventMessage', () => {
  test('copies the fields of our shape from an event’s detail, and nothing else', () => {
    const detail = {
      test: 'pendolo',
      locale: 'it',
      band: 'fermo',
      answered: 7,
      total: 7,
      answers: { q1: 3 },
    };
    expect(selfTestEventMessage('cac:completed', detail)).toEqual({
      type: 'cac:completed',
      test: 'pendolo',
      locale: 'it',
      band: 'fermo',
      answered: 7,
      total: 7,
    });
  });

  test('leaves out a band that is not there', () => {
    const message = selfTestEventMessage('cac:progress', {
      test: 'pendolo',
      locale: 'it',
      answered: 2,
      total: 7,
    });
    expect(message && Object.keys(message).sort()).toEqual(['answered', 'locale', 'test', 'total', 'type']);
  });

  test.each<[string, string, unknown]>([
    ['no detail', 'cac:started', null],
    ['a detail of another shape', 'cac:progress', { test: 'pendolo', answered: 'many' }],
    ['an unknown event', 'click', { test: 'pendolo', locale: 'it', answered: 2, total: 7 }],
  ])('gives nothing for %s', (_name, type, detail) => {
    expect(selfTestEventMessage(type, detail)).toBeUndefined();
  });

  test('its detail for the host page is the message without its type', () => {
    const message = {
      type: 'cac:completed',
      test: 'trust',
      locale: 'en',
      band: 'b',
      answered: 4,
      total: 4,
    } as const;
    expect(selfTestEventDetail(message)).toEqual({
      test: 'trust',
      locale: 'en',
      band: 'b',
      answered: 4,
      total: 4,
    });
  });
});

describe('isHeightRequest', () => {
  test('accepts the request the resizer sends', () => {
    expect(isHeightRequest({ type: HEIGHT_REQUEST_TYPE })).toBe(true);
  });

  test.each<[string, unknown]>([
    ['rejects null', null],
    ['rejects the bare type as a string', HEIGHT_REQUEST_TYPE],
    ['rejects an array', [HEIGHT_REQUEST_TYPE]],
    ['rejects a height message', { type: HEIGHT_MESSAGE_TYPE, id: 'pendolo', height: 812 }],
    ['rejects a request with an extra key', { type: HEIGHT_REQUEST_TYPE, id: 'pendolo' }],
    ['rejects WordPress’s ready message', { message: 'ready', secret: 'abc' }],
  ])('%s', (_name, data) => {
    expect(isHeightRequest(data)).toBe(false);
  });
});

describe('readEmbedOptions', () => {
  test.each([
    ['uses the automatic theme when the query names none', '', { theme: 'auto' }],
    ['reads the light theme', '?theme=light', { theme: 'light' }],
    ['reads the dark theme', '?theme=dark', { theme: 'dark' }],
    ['ignores an unknown theme', '?theme=blue', { theme: 'auto' }],
    ['ignores a theme in another case', '?theme=Dark', { theme: 'auto' }],
    ['reads a six-digit accent, lower-cased', '?accent=1A4FA0', { theme: 'auto', accent: '#1a4fa0' }],
    ['reads an accent written with its #', '?accent=%231a4fa0', { theme: 'auto', accent: '#1a4fa0' }],
    ['expands a three-digit accent', '?accent=F60', { theme: 'auto', accent: '#ff6600' }],
    ['trims spaces around the accent', '?accent=+336699+', { theme: 'auto', accent: '#336699' }],
    ['ignores an accent of another length', '?accent=12345', { theme: 'auto' }],
    ['ignores an accent that is not hexadecimal', '?accent=zzzzzz', { theme: 'auto' }],
    ['ignores a colour name', '?accent=red', { theme: 'auto' }],
    ['ignores CSS smuggled into the accent', '?accent=336699;color:red', { theme: 'auto' }],
    ['reads theme and accent together', '?theme=dark&accent=ffe066', { theme: 'dark', accent: '#ffe066' }],
  ])('%s', (_name, search, expected) => {
    expect(readEmbedOptions(search, '')).toEqual(expected);
  });

  test.each([
    ['reads WordPress’s secret from #?secret=', '#?secret=Xy12ab', 'Xy12ab'],
    ['reads a secret without the question mark', '#secret=Xy12ab', 'Xy12ab'],
    ['reads a secret among other fragment parameters', '#?url=x&secret=a_b-c', 'a_b-c'],
    ['accepts a secret of 64 characters', `#?secret=${'a'.repeat(64)}`, 'a'.repeat(64)],
    ['ignores a secret of 65 characters', `#?secret=${'a'.repeat(65)}`, undefined],
    ['ignores an empty secret', '#?secret=', undefined],
    ['ignores a secret with characters WordPress never uses', '#?secret=<script>', undefined],
    ['ignores a fragment without a secret', '#fiducia=v1-abc-1_2', undefined],
    ['ignores no fragment', '', undefined],
  ])('%s', (_name, hash, secret) => {
    expect(readEmbedOptions('', hash).secret).toBe(secret);
  });

  test.each([
    ['reads paged=1', '?paged=1', true],
    ['ignores another value of paged', '?paged=yes', undefined],
    ['ignores no paged', '?theme=dark', undefined],
  ])('%s', (_name, search, paged) => {
    expect(readEmbedOptions(search, '').paged).toBe(paged);
  });

  test('does not read a secret from the query string', () => {
    expect(readEmbedOptions('?secret=Xy12ab', '').secret).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  test.each([
    ['black on white is 21', '#000000', '#ffffff', 21],
    ['a colour on itself is 1', '#1a4fa0', '#1a4fa0', 1],
    ['the WCAG reference grey on white is just above 4.5', '#767676', '#ffffff', 4.54],
  ])('%s', (_name, a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  test('does not depend on which colour comes first', () => {
    expect(contrastRatio('#ffe066', '#16181b')).toBe(contrastRatio('#16181b', '#ffe066'));
  });
});

describe('accentStyles', () => {
  const dark = '#1a4fa0'; // readable on the light background only
  const pale = '#ffe066'; // readable on the dark background only
  const grey = '#767676'; // readable on neither site background

  test('gives no styles without an accent', () => {
    expect(accentStyles(undefined)).toEqual({});
    expect(accentStyles(undefined, 'dark')).toEqual({});
  });

  test.each([
    ['colours text with a dark accent in the light theme', dark, 'light', true],
    ['keeps text in the site colour with a dark accent in the dark theme', dark, 'dark', false],
    ['colours text with a pale accent in the dark theme', pale, 'dark', true],
    ['keeps text in the site colour with a pale accent in the light theme', pale, 'light', false],
    ['keeps text in the site colour when the theme follows the reader, dark accent', dark, 'auto', false],
    ['keeps text in the site colour when the theme follows the reader, pale accent', pale, 'auto', false],
    ['keeps text in the site colour with a mid grey in either theme', grey, 'light', false],
  ] as const)('%s', (_name, accent, theme, readable) => {
    const styles = accentStyles(accent, theme);
    expect(styles['--accent']).toBe(accent);
    expect(styles['--accent-strong']).toBe(readable ? accent : undefined);
  });

  test('follows the reader’s theme when none is named', () => {
    expect(accentStyles(dark)).toEqual(accentStyles(dark, 'auto'));
  });
});

const links: EmbedLinks = {
  page: 'https://clientealcentro.it/autovalutazioni/pendolo/',
  embed: 'https://clientealcentro.it/embed/pendolo/?theme=dark&accent=336699',
  script: 'https://clientealcentro.it/embed.js',
  title: 'Il pendolo: quante ore per il cliente?',
};
/** Links whose title would break out of its attribute if it were not escaped. */
const hostile: EmbedLinks = {
  ...links,
  embed: 'https://clientealcentro.it/embed/x/?a="><script>',
  title: `«Tom & Jerry's» <b>"test"</b>`,
};
const escapedTitle = '«Tom &amp; Jerry&#39;s» &lt;b&gt;&quot;test&quot;&lt;/b&gt;';

describe('iframeSnippet', () => {
  test('is a lazy frame at the starting height that the resizer recognises, then the resizer script', () => {
    expect(iframeSnippet(links)).toBe(
      `<iframe src="https://clientealcentro.it/embed/pendolo/?theme=dark&amp;accent=336699" title="${links.title}" loading="lazy" width="100%" height="${START_HEIGHT}" ` +
        'style="border:0;width:100%;max-width:100%" data-cac-embed></iframe>\n' +
        '<script src="https://clientealcentro.it/embed.js" async></script>',
    );
  });

  test('escapes the title and addresses, so no markup of theirs reaches the host page', () => {
    const snippet = iframeSnippet(hostile);
    expect(snippet).toContain(`title="${escapedTitle}"`);
    expect(snippet).toContain('src="https://clientealcentro.it/embed/x/?a=&quot;&gt;&lt;script&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('widgetSnippet', () => {
  const script = 'https://clientealcentro.it/widgets/self-test.js';
  test.each([
    [
      'names only the test in the default language and theme',
      { test: 'pendolo', lang: 'it', theme: 'auto' as const },
      '<cac-self-test-widget test="pendolo"></cac-self-test-widget>',
    ],
    [
      'names the language when it is not the default',
      { test: 'pendulum', lang: 'en', theme: 'auto' as const },
      '<cac-self-test-widget test="pendulum" lang="en"></cac-self-test-widget>',
    ],
    [
      'adds a chosen theme and the accent as a custom property',
      { test: 'trust', lang: 'en', theme: 'dark' as const, accent: '336699' },
      '<cac-self-test-widget test="trust" lang="en" theme="dark" style="--cac-accent: #336699"></cac-self-test-widget>',
    ],
    [
      'escapes what it is given',
      { test: '"><b>', lang: 'it', theme: 'light' as const, accent: '"x' },
      '<cac-self-test-widget test="&quot;&gt;&lt;b&gt;" theme="light" style="--cac-accent: #&quot;x"></cac-self-test-widget>',
    ],
  ])('%s', (_name, options, element) => {
    expect(widgetSnippet({ script, ...options })).toBe(
      `<script type="module" src="${script}"></script>\n${element}`,
    );
  });
});

describe('oEmbedHtml', () => {
  test('is the shape WordPress keeps: a blockquote with a link to the test, then one plain frame', () => {
    expect(oEmbedHtml(links)).toBe(
      `<blockquote><a href="${links.page}">${links.title}</a></blockquote>` +
        `<iframe src="https://clientealcentro.it/embed/pendolo/?theme=dark&amp;accent=336699&amp;paged=1" width="100%" height="${OEMBED_HEIGHTS.scale}" frameborder="0" title="${links.title}"></iframe>`,
    );
  });

  test('asks for one question at a time, never forbids scrolling, and starts at the height it is given', () => {
    const html = oEmbedHtml(links, OEMBED_HEIGHTS.allocation);
    expect(html).toContain('paged=1"');
    expect(html).toContain(`height="${OEMBED_HEIGHTS.allocation}"`);
    expect(html).not.toMatch(/scrolling/);
  });

  test.each([
    ['matrix', OEMBED_HEIGHTS.matrix],
    ['allocation', OEMBED_HEIGHTS.allocation],
    ['likert', OEMBED_HEIGHTS.scale],
    [undefined, OEMBED_HEIGHTS.scale],
  ])('starts a test whose first question is %s at its height', (kind, height) => {
    expect(oEmbedHeight(kind)).toBe(height);
  });

  test('escapes the title in the link text and in the frame title', () => {
    const html = oEmbedHtml(hostile);
    expect(html).toContain(`>${escapedTitle}</a>`);
    expect(html).toContain(`title="${escapedTitle}"`);
    expect(html).not.toMatch(/<script|<b>/);
  });
});
