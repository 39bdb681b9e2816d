import { LOCALES, type Locale } from '../i18n/locales';
import { bookFile, localePrefix, sectionRoot } from './paths';
import { sectionsOf, type Section } from './routes';

/**
 * The _headers file (the format Netlify and Cloudflare Pages read), written from the route table
 * at build time so that every section of every language gets exactly one framing policy, and a
 * new section or language gets its rules without anyone writing them.
 */

const FRAMED_BY_SITE = [
  "Content-Security-Policy: frame-ancestors 'self'",
  'X-Frame-Options: SAMEORIGIN',
  'Cache-Control: public, max-age=0, must-revalidate',
];
const FRAMED_BY_ANYONE = [
  'Content-Security-Policy: frame-ancestors *',
  'Access-Control-Allow-Origin: *',
  'Cache-Control: public, max-age=0, must-revalidate',
];
const LOADED_BY_ANYONE = ['Access-Control-Allow-Origin: *', 'Cache-Control: public, max-age=86400'];

const rule = (path: string, headers: readonly string[]) => [path, ...headers.map((line) => `  ${line}`)];

/** "/articoli/*" for a section of a language's edition. */
const sectionPath = (locale: Locale, section: Section) => `/${sectionRoot(section, locale)}*`;

/** The section rules for every language: Italian first, then each edition in LOCALES order. */
const perLocale = (sections: readonly Section[], headers: readonly string[]) =>
  LOCALES.flatMap((locale) => sections.flatMap((section) => rule(sectionPath(locale, section), headers)));

export function headersFile(): string {
  const embeddable = sectionsOf((spec) => spec.embeddable === true);
  const framedBySite = sectionsOf((spec) => spec.embeddable !== true);
  const lines = [
    '# Response headers, in the format Netlify and Cloudflare Pages read (see README: "Headers").',
    '# Each path below matches one kind of page only: hosts combine every rule that matches a path,',
    '# so the framing rules must not overlap. tests/e2e/build-output.test.ts checks that every built',
    '# page gets exactly one framing policy.',
    '',
    '# Everything: no MIME sniffing, no full URLs sent to other sites, and every browser feature the',
    '# site does not use turned off (the clipboard stays: the share and snippet buttons copy links).',
    ...rule('/*', [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
    ]),
    '',
    '# Files with a content hash in their name never change: cache them for a year.',
    ...rule('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
    "# Pagefind's entry files keep their names from build to build: cache them briefly.",
    ...rule('/pagefind/*', ['Cache-Control: public, max-age=600']),
    '# The offline worker: browsers check it for a new version at each visit, never from a cache.',
    ...rule('/sw.js', ['Cache-Control: no-cache']),
    '# Share images and the scripts other sites load: a day.',
    ...rule('/og/*', ['Cache-Control: public, max-age=86400']),
    '# The book editions: an EPUB, whatever type a host would guess for the extension.',
    ...LOCALES.flatMap((locale) => rule(`/${bookFile(locale)}`, ['Content-Type: application/epub+zip'])),
    '',
    '# Embeds: any site may frame them, and fetch them (the web component reads the embed page).',
    ...perLocale(embeddable, FRAMED_BY_ANYONE),
    '',
    '# Scripts other sites load: the resizer, the web component.',
    ...rule('/embed.js', LOADED_BY_ANYONE),
    ...rule('/widgets/*', LOADED_BY_ANYONE),
    ...perLocale(['oembed'], LOADED_BY_ANYONE),
    '',
    '# Every other page: framed only by the site itself, and always revalidated (HTML changes with each build).',
    ...LOCALES.flatMap((locale) => [
      ...rule(`/${localePrefix(locale)}`, FRAMED_BY_SITE),
      ...(locale === LOCALES[0] ? rule('/404.html', FRAMED_BY_SITE) : []),
      ...framedBySite.flatMap((section) => rule(sectionPath(locale, section), FRAMED_BY_SITE)),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
