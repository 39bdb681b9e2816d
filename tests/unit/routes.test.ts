import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { isValidEntryId } from '../../src/lib/content-ids';
import { LOCALE_ROUTES, PAGE_KINDS, pageKinds, specOf, subpageOf } from '../../src/lib/routes';
import { anyRoutePath } from '../../src/lib/paths';

describe('the route table', () => {
  test.each(LOCALES)('gives every section of %s its own URL segment', (locale) => {
    const segments = Object.values(LOCALE_ROUTES[locale].sections);
    expect(new Set(segments).size).toBe(segments.length);
    for (const segment of segments) expect(isValidEntryId(segment), segment).toBe(true);
  });

  test.each(LOCALES)(
    'gives every edition but the default its own folder, ending with a slash (%s)',
    (locale) => {
      const { prefix } = LOCALE_ROUTES[locale];
      if (locale === LOCALES[0]) expect(prefix).toBe('');
      else expect(prefix).toBe(`${locale}/`);
    },
  );

  test.each(LOCALES)('never builds two kinds of page at one path in %s', (locale) => {
    const paths = pageKinds().map((kind) =>
      anyRoutePath(
        kind,
        subpageOf(kind) ? { entry: 'x', item: 'y' } : 'entries' in PAGE_KINDS[kind] ? 'x' : undefined,
        locale,
      ),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  test.each(LOCALES)('gives every kind of subpage of %s a segment of its own', (locale) => {
    const segments = Object.values(LOCALE_ROUTES[locale].subpages);
    expect(new Set(segments).size).toBe(segments.length);
    for (const segment of segments) expect(isValidEntryId(segment), segment).toBe(true);
  });

  test('puts subpages only below kinds with entries, and keeps them out of the sitemap', () => {
    for (const kind of pageKinds().filter((k) => subpageOf(k))) {
      expect(specOf(kind).entries, kind).toBeDefined();
      expect(specOf(kind).unlisted, kind).toBe(true);
    }
  });

  test('does not let a long list page clash with an entry called like the page segment', () => {
    for (const locale of LOCALES) {
      const { page, sections } = LOCALE_ROUTES[locale];
      expect(Object.values(sections)).not.toContain(page);
    }
  });
});
