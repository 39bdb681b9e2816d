import { describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import {
  bookParts,
  epubArchive,
  imagesOf,
  navDocument,
  packageDocument,
  partDocuments,
} from '../../src/lib/epub';

/** A book page as BookPage.astro draws it, reduced to what the EPUB reads. */
const page = (
  parts: string,
  { lang = 'it', article = 'data-book data-book-title="Libro" data-book-modified="2026-12-01"' } = {},
) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article ${article}>${parts}</article></main></body></html>`;

const chapter = (id: string, body = '') =>
  `<section id="${id}" data-book-part="chapter"><p class="chapter-number">Capitolo</p><h2 id="${id}--titolo">Titolo ${id}</h2>${body}</section>`;
const glossary =
  '<section id="glossario" data-book-part="glossary"><h2 id="glossario--titolo">Glossario</h2><dl><dt id="glossario--cliente">Cliente</dt><dd>…</dd></dl></section>';

describe('bookParts: the book page split into its parts', () => {
  test('each part in order, with its file, title and sections; the printed contents left to nav.xhtml', () => {
    const book = bookParts(
      page(
        `<header id="titolo" data-book-part="title"><h1>Libro</h1></header><section data-book-part="contents" id="indice"><h2>Indice</h2></section>${chapter('a', '<h3 id="a--uno">Uno</h3>')}${chapter('b')}${glossary}`,
      ),
      'libro/index.html',
    );
    expect(book).toMatchObject({ lang: 'it', title: 'Libro', modified: '2026-12-01' });
    expect(book.parts.map(({ kind, id, file, title }) => [kind, id, file, title])).toEqual([
      ['title', 'titolo', 'title.xhtml', 'Libro'],
      ['chapter', 'a', 'capitolo-1.xhtml', 'Titolo a'],
      ['chapter', 'b', 'capitolo-2.xhtml', 'Titolo b'],
      ['glossary', 'glossario', 'glossary.xhtml', 'Glossario'],
    ]);
    expect(book.parts[1]!.sections).toEqual([{ id: 'a--uno', title: 'Uno' }]);
  });

  test.each([
    [
      'a page without a book',
      page(chapter('a'), { article: '' }),
      /libro\/index.html has no element with data-book/,
    ],
    ['no language', page(chapter('a')).replace(' lang="it"', ''), /<html> has no lang/],
    [
      'an unknown kind',
      page(`${chapter('a')}<section id="x" data-book-part="poster"></section>`),
      /data-book-part="poster" is not one of/,
    ],
    [
      'a part without id',
      page(`${chapter('a')}<section data-book-part="glossary"></section>`),
      /data-book-part="glossary" has no id/,
    ],
    ['no chapter', page(glossary), /has no data-book-part="chapter"/],
  ])('fails, naming the page, on %s', (_case, html, message) => {
    expect(() => bookParts(html, 'libro/index.html')).toThrow(message);
  });
});

describe('partDocuments: each part an XHTML document', () => {
  const documents = (body: string) =>
    partDocuments(
      bookParts(page(`${chapter('a', body)}${glossary}`, { lang: 'en' }), 'en/book/index.html'),
      'en/book/index.html',
    );

  test('in the edition’s language, with the title as h1 and the headings one level up', () => {
    const xhtml = documents('<h3 id="a--s">S</h3>').get('capitolo-1.xhtml')!;
    expect(xhtml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>/);
    expect(xhtml).toContain('lang="en" xml:lang="en"');
    expect(xhtml).toContain('<section id="a" epub:type="chapter">');
    expect(xhtml).toContain('<h1 id="a--titolo">Titolo a</h1>');
    expect(xhtml).toContain('<h2 id="a--s">S</h2>');
  });

  test.each([
    [
      'a link to another part names its document',
      '<a href="#glossario--cliente">c</a>',
      '<a href="glossary.xhtml#glossario--cliente">c</a>',
    ],
    ['a link inside the part stays a fragment', '<a href="#a--titolo">t</a>', '<a href="#a--titolo">t</a>'],
    ['an address is kept', '<a href="https://hbr.org/">h</a>', '<a href="https://hbr.org/">h</a>'],
    [
      'a quotation in another language gets xml:lang',
      '<q lang="it">sì</q>',
      '<q lang="it" xml:lang="it">sì</q>',
    ],
    ['void elements are closed', '<p>a<br>b</p>', '<p>a<br />b</p>'],
    [
      'inline SVG is in its namespace',
      '<svg viewBox="0 0 1 1"><circle r="1"></circle></svg>',
      '<svg viewBox="0 0 1 1" xmlns="http://www.w3.org/2000/svg"><circle r="1"></circle></svg>',
    ],
    [
      'data attributes and bare booleans are dropped',
      '<p data-astro-cid-x="" hidden>h</p><a href="#a" download>d</a>',
      '<a href="#a">d</a>',
    ],
  ])('%s', (_case, body, expected) => {
    expect(documents(body).get('capitolo-1.xhtml')).toContain(expected);
  });

  test('scripts, forms, buttons and popovers are left out', () => {
    const xhtml = documents(
      '<script>1</script><form><input></form><button>b</button><span popover>p</span><p>kept</p>',
    ).get('capitolo-1.xhtml')!;
    expect(xhtml).not.toMatch(/<script|<form|<input|<button|popover/);
    expect(xhtml).toContain('<p>kept</p>');
  });

  test.each([
    [
      'a link to an id no part has',
      '<a href="#nowhere">x</a>',
      /part "a": the link "#nowhere" points to no id of the book/,
    ],
    [
      'a site link left relative',
      '<a href="/temi/x/">x</a>',
      /the link "\/temi\/x\/" leads to the site but is not absolute/,
    ],
    [
      'an image imagesOf was not given',
      '<img src="/a.png" alt="">',
      /the image "\/a.png" is not among the book's images/,
    ],
  ])('fails on %s', (_case, body, message) => {
    expect(() => documents(body)).toThrow(message);
  });
});

describe('imagesOf: the site’s images a book shows, packaged with it', () => {
  const book = (body: string) =>
    bookParts(page(`${chapter('a', body)}${chapter('b', '<img src="/sub/g.svg" alt="g">')}`), 'x');

  test('each image once, in the EPUB beside the documents, and the documents point there', () => {
    const parts = book('<img src="/sub/g.svg" alt="g"><img src="/sub/foto/p%C3%A8.jpg" alt="p">');
    const images = imagesOf(parts, '/sub/', 'x');
    expect(images).toEqual([
      { src: '/sub/g.svg', path: 'g.svg', file: 'images/1-g.svg', mediaType: 'image/svg+xml' },
      { src: '/sub/foto/p%C3%A8.jpg', path: 'foto/pè.jpg', file: 'images/2-pè.jpg', mediaType: 'image/jpeg' },
    ]);
    const documents = partDocuments(parts, 'x', images);
    expect(documents.get('capitolo-1.xhtml')).toContain('<img src="images/1-g.svg" alt="g" />');
    expect(documents.get('capitolo-2.xhtml')).toContain('<img src="images/1-g.svg" alt="g" />');
    expect(packageDocument(parts, { identifier: 'i', creator: 'c', rights: 'r' }, images)).toContain(
      '<item id="image-2" href="images/2-pè.jpg" media-type="image/jpeg" />',
    );
  });

  test.each([
    [
      'an image of another site',
      '<img src="https://example.org/a.png" alt="a">',
      /the image "https:\/\/example.org\/a.png" is not the site's own/,
    ],
    [
      'a type reading systems need not show',
      '<img src="/sub/a.tiff" alt="a">',
      /the image "\/sub\/a.tiff" is not svg, png/,
    ],
  ])('fails on %s', (_case, body, message) => {
    expect(() => imagesOf(book(body), '/sub/', 'x')).toThrow(message);
  });
});

describe('the package and navigation documents', () => {
  const book = bookParts(page(`${chapter('a', '<h3 id="a--s">S &amp; T</h3><svg></svg>')}${glossary}`), 'x');

  test('the package has the metadata EPUB requires, every part in the manifest and the spine', () => {
    const opf = packageDocument(book, {
      identifier: 'https://example.org/libro/x.epub',
      creator: 'C & C',
      rights: 'R',
    });
    for (const expected of [
      '<dc:identifier id="book-id">https://example.org/libro/x.epub</dc:identifier>',
      '<dc:title>Libro</dc:title>',
      '<dc:language>it</dc:language>',
      '<dc:creator>C &amp; C</dc:creator>',
      '<meta property="dcterms:modified">2026-12-01T00:00:00Z</meta>',
      'properties="cover-image"',
      '<item id="capitolo-1" href="capitolo-1.xhtml" media-type="application/xhtml+xml" properties="svg" />',
      '<item id="glossary" href="glossary.xhtml" media-type="application/xhtml+xml" />',
      '<itemref idref="capitolo-1" />',
    ])
      expect(opf).toContain(expected);
  });

  test('the table of contents lists each part and a chapter’s sections; the landmarks find the body and the glossary', () => {
    const nav = navDocument(book, { contents: 'Indice', landmarks: 'Punti', cover: 'Copertina' });
    expect(nav).toContain('<nav epub:type="toc" id="toc">');
    expect(nav).toContain(
      '<li><a href="capitolo-1.xhtml">Titolo a</a><ol><li><a href="capitolo-1.xhtml#a--s">S &amp; T</a></li></ol></li>',
    );
    expect(nav).toContain('<a href="capitolo-1.xhtml" epub:type="bodymatter">');
    expect(nav).toContain('<a href="glossary.xhtml" epub:type="glossary">');
    expect(nav).not.toContain('bibliography');
  });
});

describe('epubArchive: the zip', () => {
  const book = bookParts(page(`${chapter('a', '<img src="/g.svg" alt="g">')}${glossary}`), 'x');
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
  const zip = epubArchive(book, {
    where: 'x',
    info: { identifier: 'https://example.org/x.epub', creator: 'c', rights: 'r' },
    labels: { contents: 'Indice', landmarks: 'Punti', cover: 'Copertina' },
    cover: new Uint8Array([137, 80, 78, 71]),
    images: imagesOf(book, '/', 'x').map((image) => ({ ...image, data: svg })),
  });

  test('"mimetype" comes first, stored, so a reading system knows the file by its first bytes', () => {
    expect(new TextDecoder().decode(zip.slice(30, 38))).toBe('mimetype');
    expect(zip[8]! | (zip[9]! << 8)).toBe(0);
  });

  test('it holds the container, the package, the navigation, the cover, each part and each image', () => {
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'META-INF/container.xml',
      'OEBPS/book.css',
      'OEBPS/capitolo-1.xhtml',
      'OEBPS/cover.png',
      'OEBPS/cover.xhtml',
      'OEBPS/glossary.xhtml',
      'OEBPS/images/1-g.svg',
      'OEBPS/nav.xhtml',
      'OEBPS/package.opf',
      'mimetype',
    ]);
  });
});
