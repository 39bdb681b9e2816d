import { describe, expect, test } from 'vitest';
import { bookHref, bookPartHtml, prefixedId, termAnchor, type BookLinks } from '../../src/lib/book';
import { bookFile } from '../../src/lib/paths';

const links = (base = '/'): BookLinks => ({
  base,
  site: `https://example.org${base}`,
  inBook: new Map([
    ['articoli/pendolo/', 'pendolo'],
    ['confronto/', 'confronto'],
    ['glossario/cliente/', termAnchor('cliente')],
  ]),
});

describe('bookFile', () => {
  test.each([
    ['it', 'libro/cliente-al-centro.epub'],
    ['en', 'en/book/cliente-al-centro.epub'],
  ] as const)('the %s EPUB is %s, beside its book page', (locale, file) => {
    expect(bookFile(locale)).toBe(file);
  });
});

describe('bookHref: where a link of the site points in the book', () => {
  test.each([
    ['a fragment of the same part gets its prefix', '#una-sezione', '#fiducia--una-sezione'],
    ['an empty fragment stays', '#', '#'],
    ['a page of the book becomes its anchor', '/articoli/pendolo/', '#pendolo'],
    ['a section of a page of the book', '/articoli/pendolo/#il-conto', '#pendolo--il-conto'],
    ['a glossary term becomes its appendix entry', '/glossario/cliente/', '#glossario--cliente'],
    ['another page of the site becomes absolute', '/temi/fiducia/', 'https://example.org/temi/fiducia/'],
    ['with its fragment', '/autori/x/#bio', 'https://example.org/autori/x/#bio'],
    ['another site is kept', 'https://hbr.org/x', 'https://hbr.org/x'],
    ['a mail link is kept', 'mailto:a@example.org', 'mailto:a@example.org'],
  ])('%s: %s → %s', (_case, href, expected) => {
    expect(bookHref(href, 'fiducia', links())).toBe(expected);
  });

  test.each([
    ['/sub/articoli/pendolo/', '#pendolo'],
    ['/sub/temi/fiducia/', 'https://example.org/sub/temi/fiducia/'],
    // Written from the site root without the base (the comparison guide's links): read the same way.
    ['/articoli/pendolo/#il-conto', '#pendolo--il-conto'],
    ['/altro/', 'https://example.org/sub/altro/'],
    ['relativo/', 'relativo/'],
  ])('under the base /sub/: %s → %s', (href, expected) => {
    expect(bookHref(href, 'p', links('/sub/'))).toBe(expected);
  });
});

describe('bookPartHtml: a part rewritten to live inside the book', () => {
  const rewrite = (html: string) => bookPartHtml(html, { prefix: 'p', links: links(), demote: 1 });

  test.each([
    [
      'ids and the attributes naming them get the prefix',
      '<section aria-labelledby="t"><h2 id="t">T</h2></section><label for="f">x</label>',
      '<section><h3 id="p--t">T</h3></section><label for="p--f">x</label>',
    ],
    [
      'a term keeps its link, to the appendix, without its button and popover',
      '<p><a href="/glossario/cliente/" class="term">cliente</a><button type="button" class="term-info" popovertarget="d">?</button><span id="d" popover="auto" class="term-popover">…</span>.</p>',
      '<p><a href="#glossario--cliente" class="term">cliente</a>.</p>',
    ],
    [
      "a heading's anchor link is left out",
      '<div class="heading h2"><h2 id="s">S</h2><a href="#s" class="anchor">#</a></div>',
      '<div class="heading h2"><h3 id="p--s">S</h3></div>',
    ],
    [
      'asides become plain sections, not landmarks repeated in every chapter',
      '<aside class="source box" aria-labelledby="fonte"><h2 id="fonte">Fonte</h2></aside>',
      '<section class="source box"><h3 id="p--fonte">Fonte</h3></section>',
    ],
    [
      'search attributes and scripts are dropped',
      '<p data-pagefind-weight="2" data-x="1">a</p><script>1</script>',
      '<p data-x="1">a</p>',
    ],
    ['an h6 stays an h6', '<h6 id="z">z</h6>', '<h6 id="p--z">z</h6>'],
  ])('%s', (_case, html, expected) => {
    expect(rewrite(html)).toBe(expected);
  });

  test('prefixed ids never meet an essay id (no essay id has two hyphens in a row)', () => {
    expect(prefixedId('pendolo', 'fonte')).toBe('pendolo--fonte');
  });
});
