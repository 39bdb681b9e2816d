import { describe, expect, test } from 'vitest';
import {
  cacheName,
  editionOf,
  isMetered,
  isOfflinePage,
  isOwnCache,
  offlinePlan,
  strategyFor,
  type Strategy,
} from '../../src/lib/offline';
import { headersFile } from '../../src/lib/headers';
import { headersFor, parseHeaders } from '../support/headers';

/** A small build: two editions' pages, pages readers do not need offline, Pagefind's files, the rest. */
const FILES = [
  'index.html',
  'articoli/index.html',
  'articoli/fiducia/index.html',
  'autovalutazioni/pendolo/risultato/cliente/index.html',
  'glossario/b2b/index.html',
  'offline/index.html',
  'embed/pendolo/index.html',
  'incorpora/index.html',
  'oembed/pendolo.json',
  '404.html',
  'en/index.html',
  'en/essays/trust/index.html',
  'en/offline/index.html',
  'en/embed/pendulum/index.html',
  'en/embedding/index.html',
  '_astro/BaseLayout.abc123.css',
  '_astro/search-element.def456.js',
  'favicon.svg',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind.it_b44.pf_meta',
  'pagefind/pagefind.en_21f.pf_meta',
  'pagefind/wasm.it.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/it_861.pf_index',
  'pagefind/index/en_837.pf_index',
  'pagefind/filter/it_544.pf_filter',
  'pagefind/vocabulary.it.json',
  'pagefind/vocabulary.en.json',
  'pagefind/fragment/it_aaa.pf_fragment',
  'pagefind/fragment/en_bbb.pf_fragment',
  'og/articoli/fiducia.png',
  'rss.xml',
  'embed.js',
  'sw.js',
  '_headers',
];
const FRAGMENTS = {
  'pagefind/fragment/it_aaa.pf_fragment': 'it',
  'pagefind/fragment/en_bbb.pf_fragment': 'en',
} as const;

describe('offlinePlan', () => {
  const plan = offlinePlan(FILES, FRAGMENTS, '/');

  test('keeps the shell for every language: styles, scripts, offline pages, the search loader', () => {
    expect(plan.shell).toEqual([
      '/offline/',
      '/en/offline/',
      '/_astro/BaseLayout.abc123.css',
      '/_astro/search-element.def456.js',
      '/favicon.svg',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
    ]);
  });

  test("keeps each edition's pages, without embeds, the embedding guide or the 404 page", () => {
    expect(plan.editions.it.pages).toEqual([
      '/articoli/fiducia/',
      '/articoli/',
      '/autovalutazioni/pendolo/risultato/cliente/',
      '/glossario/b2b/',
      '/',
    ]);
    expect(plan.editions.en.pages).toEqual(['/en/essays/trust/', '/en/']);
  });

  test("keeps each edition's own search index and vocabulary, and no other language's", () => {
    expect(plan.editions.it.files).toEqual([
      '/pagefind/filter/it_544.pf_filter',
      '/pagefind/fragment/it_aaa.pf_fragment',
      '/pagefind/index/it_861.pf_index',
      '/pagefind/pagefind.it_b44.pf_meta',
      '/pagefind/vocabulary.it.json',
      '/pagefind/wasm.it.pagefind',
    ]);
    expect(plan.editions.en.files).toEqual([
      '/pagefind/fragment/en_bbb.pf_fragment',
      '/pagefind/index/en_837.pf_index',
      '/pagefind/pagefind.en_21f.pf_meta',
      '/pagefind/vocabulary.en.json',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  test('names each edition its offline page', () => {
    expect(plan.editions.it.offlinePage).toBe('/offline/');
    expect(plan.editions.en.offlinePage).toBe('/en/offline/');
  });

  test('keeps every address under the base path', () => {
    const under = offlinePlan(FILES, FRAGMENTS, '/repo/');
    const all = [...under.shell, ...Object.values(under.editions).flatMap((e) => [...e.pages, ...e.files])];
    expect(under.scope).toBe('/repo/');
    expect(all.filter((url) => !url.startsWith('/repo/'))).toEqual([]);
    expect(under.editions.it.pages).toContain('/repo/');
  });

  test('a fragment whose language is unknown is not kept', () => {
    const plain = offlinePlan(FILES, {}, '/');
    expect(plain.editions.it.files.filter((url) => url.includes('/fragment/'))).toEqual([]);
  });
});

describe('strategyFor', () => {
  test.each<[string, string, Strategy]>([
    ['/articoli/fiducia/', '/', 'network-first'],
    ['/', '/', 'network-first'],
    ['/pagefind/pagefind-entry.json', '/', 'network-first'],
    ['/pagefind/pagefind.js', '/', 'network-first'],
    ['/pagefind/vocabulary.it.json', '/', 'network-first'],
    ['/_astro/BaseLayout.abc123.css', '/', 'cache-first'],
    ['/pagefind/fragment/it_aaa.pf_fragment', '/', 'cache-first'],
    ['/pagefind/index/it_861.pf_index', '/', 'cache-first'],
    ['/pagefind/pagefind.it_b44.pf_meta', '/', 'cache-first'],
    ['/pagefind/wasm.it.pagefind', '/', 'cache-first'],
    ['/sw.js', '/', 'pass'],
    ['/repo/sw.js', '/repo/', 'pass'],
    ['/altro-sito/articoli/', '/repo/', 'pass'],
    ['/repo/_astro/x.js', '/repo/', 'cache-first'],
    ['/repo/articoli/', '/repo/', 'network-first'],
  ])('%s under %s: %s', (path, scope, expected) => {
    expect(strategyFor(path, scope)).toBe(expected);
  });
});

describe('editionOf and isOfflinePage', () => {
  test.each([
    ['articoli/fiducia/', 'it'],
    ['en/essays/trust/', 'en'],
    ['/en/', 'en'],
    ['', 'it'],
    ['entrate/', 'it'],
  ])('%s belongs to %s', (path, locale) => {
    expect(editionOf(path)).toBe(locale);
  });

  test.each([
    ['articoli/fiducia/index.html', true],
    ['en/self-assessments/trust/result/x/index.html', true],
    ['embed/pendolo/index.html', false],
    ['en/embed/pendulum/index.html', false],
    ['incorpora/index.html', false],
    ['en/embedding/index.html', false],
    ['404.html', false],
    ['rss.xml', false],
  ])('%s is kept offline: %s', (file, kept) => {
    expect(isOfflinePage(file)).toBe(kept);
  });
});

describe('caches and connections', () => {
  test("a site's caches are told apart from another site's on the same origin", () => {
    expect(isOwnCache(cacheName('/a/', 'v1'), '/a/')).toBe(true);
    expect(isOwnCache(cacheName('/a/b/', 'v1'), '/a/')).toBe(false);
    expect(isOwnCache('other-cache', '/a/')).toBe(false);
  });

  test.each([
    [undefined, false],
    [{}, false],
    [{ type: 'wifi' }, false],
    [{ type: 'cellular' }, true],
    [{ saveData: true }, true],
    [{ metered: true }, true],
  ])('connection %j is metered: %s', (connection, metered) => {
    expect(isMetered(connection)).toBe(metered);
  });

  test('the worker is always revalidated, never served from an HTTP cache', () => {
    const headers = headersFor(parseHeaders(headersFile()), '/sw.js');
    expect(headers).toContainEqual(['Cache-Control', 'no-cache']);
  });
});
