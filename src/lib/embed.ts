/**
 * The embedding contract, shared by the embed page (inside the frame), the resizer (on the host
 * page), the oEmbed files and the snippets bloggers copy: one place for message shapes, limits and
 * markup, so the two sides cannot drift apart.
 */
import { escapeHtml } from './html';

/** Our height message: exactly these three keys. Anything else on the message channel is ignored. */
export interface HeightMessage {
  type: 'cac-embed:height';
  id: string;
  height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'cac-embed:height';
/** Heights the resizer accepts, in CSS pixels. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 4000;
/** WordPress clamps embed heights to this range; the frame stays inside it in that mode. */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;
/** Size a snippet starts with before the frame reports its own. */
export const START_WIDTH = 600;
export const START_HEIGHT = 760;

export function clampHeight(height: number, min = MIN_HEIGHT, max = MAX_HEIGHT): number {
  return Math.min(max, Math.max(min, Math.ceil(height)));
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  Boolean(data) && typeof data === 'object' && !Array.isArray(data);

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    isRecord(data) &&
    Object.keys(data).length === 3 &&
    data['type'] === HEIGHT_MESSAGE_TYPE &&
    typeof data['id'] === 'string' &&
    typeof data['height'] === 'number' &&
    Number.isFinite(data['height']) &&
    data['height'] > 0
  );
}

/**
 * What the resizer sends each frame when it starts: a frame that reported its height before the
 * resizer was listening (the script arrived late) reports it again. Exactly this one key.
 */
export const HEIGHT_REQUEST_TYPE = 'cac-embed:height-request';

export function isHeightRequest(data: unknown): boolean {
  return isRecord(data) && Object.keys(data).length === 1 && data['type'] === HEIGHT_REQUEST_TYPE;
}

/**
 * The self-test's events, in the order a reader meets them: the first answer, each change in the
 * number of answered questions, each result shown. `<cac-self-test>` dispatches them on itself
 * (bubbling, composed: they leave the widget's Shadow DOM); the embed page posts them to its parent
 * and /embed.js dispatches them again on the frame.
 */
export const SELF_TEST_EVENT_TYPES = ['cac:started', 'cac:progress', 'cac:completed'] as const;
export type SelfTestEventType = (typeof SELF_TEST_EVENT_TYPES)[number];

/**
 * What an event tells: the test and its language, how many questions are answered out of how many,
 * and on completion the band's id. Never an answer: there is no field that could hold one.
 */
export interface SelfTestEventFields {
  test: string;
  locale: string;
  /** The id of the result's band, on `cac:completed` only. */
  band?: string;
  answered: number;
  total: number;
}

/** The message the embed page posts to its parent: the event's type and its fields, and nothing else. */
export type SelfTestEventMessage = { type: SelfTestEventType } & SelfTestEventFields;

const isEventType = (value: unknown): value is SelfTestEventType =>
  (SELF_TEST_EVENT_TYPES as readonly unknown[]).includes(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isName = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value);

/**
 * True for a message of exactly our shape: a known type, the keys above and no other, ids that
 * look like ids, counts that are whole and agree (answered ≤ total), a band on completion only.
 */
export function isSelfTestEventMessage(data: unknown): data is SelfTestEventMessage {
  if (!isRecord(data) || !isEventType(data['type'])) return false;
  const hasBand = 'band' in data;
  const keys = Object.keys(data).sort().join(',');
  const expected = hasBand ? 'answered,band,locale,test,total,type' : 'answered,locale,test,total,type';
  return (
    keys === expected &&
    (!hasBand || (data['type'] === 'cac:completed' && isName(data['band']))) &&
    isName(data['test']) &&
    isName(data['locale']) &&
    isCount(data['answered']) &&
    isCount(data['total']) &&
    data['answered'] <= data['total']
  );
}

/**
 * The message for an event the element dispatched, built field by field from its detail (so that
 * nothing else it might carry is passed on), or undefined when the detail is not of our shape.
 */
export function selfTestEventMessage(type: string, detail: unknown): SelfTestEventMessage | undefined {
  if (!isRecord(detail)) return undefined;
  const message: Record<string, unknown> = {
    type,
    test: detail['test'],
    locale: detail['locale'],
    answered: detail['answered'],
    total: detail['total'],
  };
  if (detail['band'] !== undefined) message['band'] = detail['band'];
  return isSelfTestEventMessage(message) ? message : undefined;
}

/** The detail /embed.js dispatches on the frame: the message without its type, as the element's own. */
export function selfTestEventDetail({ type: _type, ...detail }: SelfTestEventMessage): SelfTestEventFields {
  return detail;
}

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  theme: Theme;
  /** A #rrggbb colour, when a valid one was given. */
  accent?: string;
  /** WordPress's per-embed secret (#?secret=…), when the frame was written by WordPress. */
  secret?: string;
  /** One question at a time (?paged=1, as the oEmbed html asks): for frames nobody resizes. */
  paged?: true;
}

/** The query parameter that asks the embed page for one question at a time. */
export const PAGED_PARAM = 'paged';

/** Reads ?theme=dark&accent=336699 and WordPress's #?secret=abc; anything malformed falls back to the defaults. */
export function readEmbedOptions(search: string, hash: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const options: EmbedOptions = { theme: theme === 'light' || theme === 'dark' ? theme : 'auto' };
  const accent = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(params.get('accent')?.trim() ?? '')?.[1];
  if (accent)
    options.accent = `#${(accent.length === 3 ? accent.replace(/./g, '$&$&') : accent).toLowerCase()}`;
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  if (secret && /^[\w-]{1,64}$/.test(secret)) options.secret = secret;
  if (params.get(PAGED_PARAM) === '1') options.paged = true;
  return options;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The page backgrounds of the two themes (global.css). */
const BACKGROUNDS = { light: '#fbfaf7', dark: '#16181b' } as const;

/**
 * CSS custom properties for a blogger's accent colour. It always colours bars, borders and the
 * pendulum; it colours text and buttons only where it keeps 4.5:1 contrast on the background of
 * every theme the frame may show, so a pale brand colour never makes the test unreadable.
 */
export function accentStyles(accent: string | undefined, theme: Theme = 'auto'): Record<string, string> {
  if (!accent) return {};
  const styles: Record<string, string> = { '--accent': accent };
  const themes = theme === 'auto' ? (['light', 'dark'] as const) : [theme];
  if (themes.every((name) => contrastRatio(accent, BACKGROUNDS[name]) >= 4.5))
    styles['--accent-strong'] = accent;
  return styles;
}

export interface EmbedLinks {
  /** The self-test's page on the site. */
  page: string;
  /** The embed page, with any theme options in its query string. */
  embed: string;
  /** The resizer script. */
  script: string;
  title: string;
}

/** The snippet bloggers paste: the frame works alone; the script only fits its height. */
export function iframeSnippet(links: EmbedLinks): string {
  return (
    `<iframe src="${escapeHtml(links.embed)}" title="${escapeHtml(links.title)}" loading="lazy" width="100%" height="${START_HEIGHT}" ` +
    `style="border:0;width:100%;max-width:100%" data-cac-embed></iframe>\n<script src="${escapeHtml(links.script)}" async></script>`
  );
}

/** The widget's languages besides the default: `lang="en"` loads the English test. */
export interface WidgetSnippet {
  /** Address of /widgets/self-test.js. */
  script: string;
  /** The test's id in its language. */
  test: string;
  /** Its language ("it", "en"); the default ("it") is left out of the snippet. */
  lang: string;
  theme: Theme;
  /** Accent colour as six hex digits, if any. */
  accent?: string | undefined;
}

/** The web-component snippet: a module script and one element, with only the attributes that differ from the defaults. */
export function widgetSnippet({ script, test, lang, theme, accent }: WidgetSnippet): string {
  const attributes = [
    `test="${escapeHtml(test)}"`,
    ...(lang === 'it' ? [] : [`lang="${escapeHtml(lang)}"`]),
    ...(theme === 'auto' ? [] : [`theme="${theme}"`]),
    ...(accent ? [`style="--cac-accent: #${escapeHtml(accent)}"`] : []),
  ];
  return `<script type="module" src="${escapeHtml(script)}"></script>\n<cac-self-test-widget ${attributes.join(' ')}></cac-self-test-widget>`;
}

/**
 * Starting heights of the oEmbed frame, in CSS pixels, by the kind of the test's first question:
 * enough for the embed page's first page in paged mode (title, introduction, first question,
 * Back/Next) at 320 px wide, where it is tallest. Measured on every test in every language, and
 * checked at 320 and 1280 px by tests/e2e/oembed-host.test.ts (the largest first pages were 1128,
 * 1779 and 2480 px). A consumer that never resizes the frame (Ghost's embed card, Discourse) still
 * shows the first question and the button to go on; WordPress resizes it to its content anyway.
 */
export const OEMBED_HEIGHTS = { scale: 1200, matrix: 1850, allocation: 2550 } as const;

/** The oEmbed frame's starting height for a test whose first question is of this kind. */
export function oEmbedHeight(kind: string | undefined): number {
  return kind === 'matrix' || kind === 'allocation' ? OEMBED_HEIGHTS[kind] : OEMBED_HEIGHTS.scale;
}

/** The embed address with one question at a time asked for, keeping any theme options. */
export function pagedEmbedUrl(embed: string): string {
  const url = new URL(embed);
  url.searchParams.set(PAGED_PARAM, '1');
  return url.href;
}

/**
 * The oEmbed html, in the only shape WordPress keeps from an untrusted provider: a blockquote with
 * a link, then one iframe with plain attributes (it adds sandbox and its secret itself). The frame
 * pages its questions and may scroll (no scrolling="no"): WordPress resizes it, but a consumer
 * without a resizer keeps the starting height, and must never clip the test.
 */
export function oEmbedHtml(links: EmbedLinks, height: number = OEMBED_HEIGHTS.scale): string {
  return (
    `<blockquote><a href="${escapeHtml(links.page)}">${escapeHtml(links.title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(pagedEmbedUrl(links.embed))}" width="100%" height="${height}" frameborder="0" title="${escapeHtml(links.title)}"></iframe>`
  );
}
