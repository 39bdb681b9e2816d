import { describe, expect, test } from 'vitest';
import { hreflangLinks } from '../../src/integrations/sitemap-alternates';

describe('hreflang links of a page', () => {
  test('reads the language alternates of the head, without x-default or other alternates', () => {
    const html =
      '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">' +
      '<link rel="alternate" hreflang="it" href="https://s.it/articoli/a/">' +
      '<link rel="alternate" hreflang="en" href="https://s.it/en/essays/a/?x=1&amp;y=2">' +
      '<link rel="alternate" hreflang="x-default" href="https://s.it/articoli/a/"></head>' +
      '<body><link rel="alternate" hreflang="fr" href="https://s.it/fr/"></body></html>';
    expect(hreflangLinks(html)).toEqual([
      { lang: 'it', url: 'https://s.it/articoli/a/' },
      { lang: 'en', url: 'https://s.it/en/essays/a/?x=1&y=2' },
    ]);
  });

  test('a page without alternates has none', () => {
    expect(hreflangLinks('<html><head><title>x</title></head></html>')).toEqual([]);
  });
});
