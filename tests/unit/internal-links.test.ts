import { describe, expect, test } from 'vitest';
import { checkContentLink, hrefWithBase, sitePagePaths, type LinkCheck } from '../../src/lib/internal-links';

const pages = sitePagePaths({
  it: {
    essays: ['fiducia', 'pendolo'],
    topics: ['relazione'],
    authors: ['rudy-bandiera'],
    'self-tests': ['pendolo'],
    glossary: ['nps'],
  },
  en: { essays: ['trust'], 'self-tests': ['pendulum'] },
});
const check: LinkCheck = {
  pages,
  files: new Set(['rss.xml', 'favicon.svg']),
  ids: new Set(['una-sezione']),
  from: 'articoli/fiducia/',
};

describe('site pages', () => {
  test('lists the single pages and one page per entry', () => {
    expect([...pages]).toEqual(
      expect.arrayContaining([
        '',
        'articoli/',
        'cerca/',
        'incorpora/',
        'articoli/pendolo/',
        'temi/relazione/',
        'autori/rudy-bandiera/',
        'autovalutazioni/pendolo/',
        'embed/pendolo/',
        'glossario/nps/',
      ]),
    );
  });

  test('lists each language with its own slugs and no page it does not have', () => {
    expect([...pages]).toEqual(
      expect.arrayContaining([
        'en/',
        'en/essays/',
        'en/essays/trust/',
        'en/self-assessments/pendulum/',
        'en/embed/pendulum/',
      ]),
    );
    expect(pages.has('en/essays/fiducia/')).toBe(false);
    expect(pages.has('articoli/trust/')).toBe(false);
  });
});

describe('content links', () => {
  test.each([
    ['a root link to an essay', '/articoli/pendolo/', 'articoli/pendolo/'],
    ['a relative link to a sibling', '../pendolo/', 'articoli/pendolo/'],
    ['the home page', '/', ''],
    ['a feed file', '/rss.xml', 'rss.xml'],
    ['a heading on the same page', '#una-sezione', 'articoli/fiducia/'],
    ['a page with a query and fragment', '/cerca/?q=fiducia#risultati', 'cerca/'],
  ])('accepts %s', (_name, href, path) => {
    expect(checkContentLink(href, check)).toMatchObject({ kind: 'ok', path });
  });

  test.each([
    ['an essay that does not exist', '/articoli/inesistente/', 'which the site does not have'],
    ['a heading that does not exist', '#altra-sezione', 'no heading or element with id "altra-sezione"'],
    ['a page without its slash', '/articoli/pendolo', 'pages end with a slash'],
    ['a file that does not exist', '/documento.pdf', 'which the site does not have'],
  ])('refuses %s', (_name, href, reason) => {
    const result = checkContentLink(href, check);
    expect(result.kind).toBe('broken');
    expect(result.kind === 'broken' && result.reason).toContain(reason);
  });

  test.each([
    ['https', 'https://www.example.org/pagina/'],
    ['mailto', 'mailto:redazione@example.org'],
  ])('leaves %s links alone', (_name, href) => {
    expect(checkContentLink(href, check)).toEqual({ kind: 'external' });
  });

  test('puts the base path in front of a site link, keeping query and fragment', () => {
    const result = checkContentLink('/cerca/?q=fiducia#risultati', check);
    expect(result.kind === 'ok' && hrefWithBase('/sottocartella/', result)).toBe(
      '/sottocartella/cerca/?q=fiducia#risultati',
    );
  });
});
