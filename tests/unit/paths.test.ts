import { describe, expect, test } from 'vitest';
import {
  anyPagedRoutePath,
  anyRoutePath,
  isUnlistedPath,
  localeFilePath,
  oEmbedFile,
  ogImagePath,
  pagedPath,
  pagePath,
  resultPagePath,
  routePath,
  withBase,
} from '../../src/lib/paths';

describe('withBase', () => {
  test.each([
    ['/', 'articoli/', '/articoli/'],
    ['/', '/articoli/', '/articoli/'],
    ['/repo', 'articoli/', '/repo/articoli/'],
    ['/repo/', '/rss.xml', '/repo/rss.xml'],
    ['repo', '', '/repo/'],
    ['/', '', '/'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('routePath', () => {
  test.each([
    ['home', undefined, 'it', ''],
    ['essays', undefined, 'it', 'articoli/'],
    ['essay', 'fiducia', 'it', 'articoli/fiducia/'],
    ['topics', undefined, 'it', 'temi/'],
    ['topic', 'fiducia', 'it', 'temi/fiducia/'],
    ['authors', undefined, 'it', 'autori/'],
    ['author', 'mario-sala', 'it', 'autori/mario-sala/'],
    ['search', undefined, 'it', 'cerca/'],
    ['selfTests', undefined, 'it', 'autovalutazioni/'],
    ['selfTest', 'pendolo', 'it', 'autovalutazioni/pendolo/'],
    ['selfTest', 'pendolo', 'en', 'en/self-assessments/pendolo/'],
    ['embed', 'pendolo', 'it', 'embed/pendolo/'],
    ['embed', 'pendolo', 'en', 'en/embed/pendolo/'],
    ['embedGuide', undefined, 'it', 'incorpora/'],
    ['search', undefined, 'en', 'en/search/'],
    ['home', undefined, 'en', 'en/'],
    ['essay', 'trust', 'en', 'en/essays/trust/'],
    ['topic', 'trust', 'en', 'en/topics/trust/'],
  ] as const)('%s %s in %s is "%s"', (kind, slug, locale, expected) => {
    expect(routePath(kind, slug, locale)).toBe(expected);
  });

  test.each([
    ['pendolo', 'fermo', 'it', 'autovalutazioni/pendolo/risultato/fermo/'],
    ['pendulum', 'stuck', 'en', 'en/self-assessments/pendulum/result/stuck/'],
  ] as const)('the result page of %s, band %s, in %s is "%s"', (entry, item, locale, expected) => {
    expect(routePath('selfTestResult', { entry, item }, locale)).toBe(expected);
  });

  test.each<[string, Parameters<typeof anyRoutePath>[1]]>([
    ['no slug', undefined],
    ['an entry id alone', 'pendolo'],
    ['no band', { entry: 'pendolo', item: '' }],
    ['no test', { entry: '', item: 'fermo' }],
  ])('fails when a result page gets %s', (_name, slug) => {
    expect(() => anyRoutePath('selfTestResult', slug, 'it')).toThrow(/needs slug \{ entry, item \}/);
  });

  test('fails when an entry page gets a subpage slug', () => {
    expect(() => anyRoutePath('selfTest', { entry: 'pendolo', item: 'fermo' }, 'it')).toThrow(
      /takes no such slug/,
    );
  });

  test('fails when a page that needs a slug gets none', () => {
    expect(() => anyRoutePath('essay', undefined, 'it')).toThrow(/needs slug/);
  });

  test('fails when a listing gets a slug', () => {
    expect(() => anyRoutePath('essays', 'x', 'it')).toThrow(/takes no slug/);
  });
});

describe('ogImagePath', () => {
  test.each([
    ['home', undefined, 'it', 'og/sito.png'],
    ['essay', 'person-centricity', 'it', 'og/articoli/person-centricity.png'],
    ['topic', 'fiducia', 'it', 'og/temi/fiducia.png'],
    ['selfTest', 'pendolo', 'it', 'og/autovalutazioni/pendolo.png'],
    ['essay', 'trust', 'en', 'og/en/essays/trust.png'],
    ['home', undefined, 'en', 'og/en/sito.png'],
    ['selfTest', 'pendulum', 'en', 'og/en/self-assessments/pendulum.png'],
  ] as const)('%s %s in %s is %s', (kind, slug, locale, expected) => {
    expect(ogImagePath(kind, slug, locale)).toBe(expected);
  });

  test.each([
    ['it', 'pendolo', 'fermo', 'og/autovalutazioni/pendolo/risultato/fermo.png'],
    ['en', 'pendulum', 'stuck', 'og/en/self-assessments/pendulum/result/stuck.png'],
  ] as const)('a band’s card in %s (%s, %s) is %s', (locale, entry, item, expected) => {
    expect(ogImagePath('selfTestResult', { entry, item }, locale)).toBe(expected);
  });
});

describe('resultPagePath', () => {
  test.each([
    ['/', 'pendolo', 'fermo', 'it', '/autovalutazioni/pendolo/risultato/fermo/'],
    ['/', 'pendulum', 'stuck', 'en', '/en/self-assessments/pendulum/result/stuck/'],
    [
      '/sottocartella/',
      'fiducia',
      'solida',
      'it',
      '/sottocartella/autovalutazioni/fiducia/risultato/solida/',
    ],
  ] as const)('under %s, %s band %s in %s is %s', (base, test, band, locale, expected) => {
    expect(resultPagePath(base, test, band, locale)).toBe(expected);
  });
});

describe('localeFilePath', () => {
  test.each([
    ['/', 'rss.xml', 'it', '/rss.xml'],
    ['/', 'rss.xml', 'en', '/en/rss.xml'],
    ['/sub/', 'oembed/trust.json', 'en', '/sub/en/oembed/trust.json'],
  ] as const)('%s + %s in %s is %s', (base, file, locale, expected) => {
    expect(localeFilePath(base, file, locale)).toBe(expected);
  });
});

describe('pagePath', () => {
  test('puts the base path in front of every page', () => {
    expect(pagePath('/cliente-al-centro/', 'essay', 'person-centricity', 'it')).toBe(
      '/cliente-al-centro/articoli/person-centricity/',
    );
    expect(pagePath('/cliente-al-centro', 'home', undefined, 'it')).toBe('/cliente-al-centro/');
  });
});

describe('pagedPath', () => {
  test.each([
    ['essays', undefined, 1, '/', 'it', '/articoli/'],
    ['essays', undefined, 2, '/', 'it', '/articoli/pagina/2/'],
    ['topic', 'fiducia', 3, '/repo/', 'it', '/repo/temi/fiducia/pagina/3/'],
    ['author', 'mario-sala', 2, '/', 'en', '/en/authors/mario-sala/page/2/'],
  ] as const)('%s %s page %s under %s in %s is %s', (kind, slug, page, base, locale, expected) => {
    expect(pagedPath(base, kind, slug, page, locale)).toBe(expected);
  });
});

describe('anyPagedRoutePath', () => {
  test('fails when a kind that is not paged is asked for page 2', () => {
    expect(() => anyPagedRoutePath('glossary', undefined, 2, 'it')).toThrow(/not paged/);
  });

  test('gives page 1 of any kind as the page itself', () => {
    expect(anyPagedRoutePath('glossary', undefined, 1, 'en')).toBe('en/glossary/');
  });
});

describe('oEmbedFile', () => {
  test.each([
    ['pendolo', 'it', 'oembed/pendolo.json'],
    ['pendulum', 'en', 'en/oembed/pendulum.json'],
  ] as const)('%s in %s is %s', (id, locale, expected) => {
    expect(oEmbedFile(id, locale)).toBe(expected);
  });
});

describe('isUnlistedPath', () => {
  test.each([
    ['embed/pendolo/', true],
    ['/en/embed/pendulum/', true],
    ['articoli/fiducia/', false],
    ['en/essays/embed/', false],
    ['autovalutazioni/pendolo/risultato/fermo/', true],
    ['/en/self-assessments/pendulum/result/stuck/', true],
    ['autovalutazioni/pendolo/', false],
    ['autovalutazioni/', false],
    ['autovalutazioni/risultato/', false],
    ['en/self-assessments/pendulum/risultato/fermo/', false],
    ['articoli/pendolo/risultato/fermo/', false],
    ['', false],
  ] as const)('%s is unlisted: %s', (path, expected) => {
    expect(isUnlistedPath(path)).toBe(expected);
  });
});
