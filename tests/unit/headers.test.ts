import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { headersFile } from '../../src/lib/headers';
import { bookFile } from '../../src/lib/paths';
import { LOCALE_ROUTES } from '../../src/lib/routes';
import { headersFor, parseHeaders } from '../support/headers';

const rules = parseHeaders(headersFile());
const framing = (path: string) =>
  headersFor(rules, path)
    .filter(([name]) => name === 'Content-Security-Policy')
    .map(([, value]) => value);

describe('the _headers file written from the route table', () => {
  test.each(
    LOCALES.flatMap((locale) =>
      Object.entries(LOCALE_ROUTES[locale].sections)
        .filter(([section]) => section !== 'oembed')
        .map(
          ([section, segment]) => [locale, section, `/${LOCALE_ROUTES[locale].prefix}${segment}/x/`] as const,
        ),
    ),
  )('gives %s %s pages exactly one framing policy (%s)', (_locale, section, path) => {
    expect(framing(path)).toEqual([section === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'self'"]);
  });

  test.each(LOCALES.map((locale) => `/${LOCALE_ROUTES[locale].prefix}`))(
    'frames the home page %s by the site only',
    (path) => {
      expect(framing(path)).toEqual(["frame-ancestors 'self'"]);
    },
  );

  test.each(LOCALES.map((locale) => `/${LOCALE_ROUTES[locale].prefix}oembed/x.json`))(
    'lets any site fetch the oEmbed file %s',
    (path) => {
      expect(headersFor(rules, path)).toContainEqual(['Access-Control-Allow-Origin', '*']);
    },
  );

  test.each(LOCALES.map((locale) => `/${bookFile(locale)}`))(
    'serves the book %s as an EPUB, framed by the site only like its page',
    (path) => {
      expect(headersFor(rules, path)).toContainEqual(['Content-Type', 'application/epub+zip']);
      expect(framing(path)).toEqual(["frame-ancestors 'self'"]);
    },
  );
});
