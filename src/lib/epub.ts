import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { zipSync, type Zippable } from 'fflate';
import { withBase } from './paths';

/**
 * The EPUB 3 edition, made from the book page's HTML (components/pages/BookPage.astro): each of
 * its `data-book-part` sections becomes one XHTML document, with the package document, the
 * navigation document and the container file around them. Pure: the integration
 * (integrations/book) reads the page, draws the cover and writes the zip. Made from the built
 * page rather than from the content again, so the book and its EPUB cannot say different things.
 */

/** The kinds of part the book page marks; "contents" is the printed table of contents (nav.xhtml replaces it). */
export type PartKind = 'title' | 'contents' | 'chapter' | 'compare' | 'glossary' | 'sources' | 'credits';

const PART_KINDS: readonly PartKind[] = [
  'title',
  'contents',
  'chapter',
  'compare',
  'glossary',
  'sources',
  'credits',
];

/** The EPUB structural semantics of each kind (the epub:type of its <section>). */
const EPUB_TYPES: Record<Exclude<PartKind, 'contents'>, string> = {
  title: 'titlepage',
  chapter: 'chapter',
  compare: 'chapter',
  glossary: 'appendix glossary',
  sources: 'appendix bibliography',
  credits: 'colophon',
};

export interface BookPart {
  kind: Exclude<PartKind, 'contents'>;
  /** The part's id on the book page (the essay's id, "glossario"). */
  id: string;
  /** Its document in the EPUB: "capitolo-1.xhtml". */
  file: string;
  title: string;
  /** The sections under its title (id and text), for the table of contents. */
  sections: { id: string; title: string }[];
  /** True when it draws inline SVG (the manifest must say so). */
  svg: boolean;
  body: Element;
}

export interface Book {
  /** The language of the edition, from the page's <html lang>. */
  lang: string;
  title: string;
  /** The edition's date, YYYY-MM-DD. */
  modified: string;
  parts: BookPart[];
}

/** What went wrong and where, as the build reports it. */
const fail = (message: string): never => {
  throw new Error(`EPUB: ${message}`);
};

const text = (node: RootContent | ElementContent | Root): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/** The elements under a node, in document order. */
function elements(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child);
    elements(child, found);
  }
  return found;
}

const prop = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return typeof value === 'string' ? value : undefined;
};

/** The file of each part: chapters numbered, the rest by kind. */
const fileOf = (kind: BookPart['kind'], chapter: number): string =>
  kind === 'chapter' ? `capitolo-${chapter}.xhtml` : `${kind}.xhtml`;

/**
 * The book page's parts, in order. `where` names the page in errors. Fails when the page has no
 * book, a part has no id or an unknown kind, or no chapter.
 */
export function bookParts(html: string, where: string): Book {
  const tree = fromHtml(html);
  const all = elements(tree);
  const root = all.find((node) => node.tagName === 'html');
  const article = all.find((node) => node.properties['dataBook'] !== undefined);
  if (!article) return fail(`${where} has no element with data-book: is it the book page?`);
  const lang = (root && prop(root, 'lang')) ?? fail(`${where}: <html> has no lang`);
  const modified = prop(article, 'dataBookModified') ?? fail(`${where}: data-book-modified is missing`);
  const title = prop(article, 'dataBookTitle') ?? fail(`${where}: data-book-title is missing`);
  let chapter = 0;
  const parts: BookPart[] = [];
  for (const node of elements(article)) {
    const kind = prop(node, 'dataBookPart') as PartKind | undefined;
    if (kind === undefined) continue;
    if (!PART_KINDS.includes(kind))
      return fail(`${where}: data-book-part="${kind}" is not one of ${PART_KINDS.join(', ')}`);
    if (kind === 'contents') continue;
    const id = prop(node, 'id') ?? fail(`${where}: a data-book-part="${kind}" has no id`);
    if (kind === 'chapter') chapter += 1;
    const heading = elements(node).find((child) => /^h[12]$/.test(child.tagName));
    const inner = elements(node);
    parts.push({
      kind,
      id,
      file: fileOf(kind, chapter),
      title: heading ? text(heading).trim() : id,
      // The part's own sections: its h3 on the book page, the h2 of the essay on the site.
      sections: inner
        .filter((child) => child.tagName === 'h3' && prop(child, 'id'))
        .map((child) => ({ id: prop(child, 'id') ?? '', title: text(child).trim() })),
      svg: inner.some((child) => child.tagName === 'svg'),
      body: node,
    });
  }
  if (chapter === 0) return fail(`${where} has no data-book-part="chapter"`);
  return { lang, title, modified, parts };
}

/** Elements an EPUB leaves out: no script runs there, and a form could not send anything. */
const LEFT_OUT = new Set(['script', 'style', 'template', 'button', 'form', 'input', 'select', 'textarea']);

/**
 * A part made into EPUB content, in place: headings one level up (the part's title becomes its
 * h1), in-book links pointing to the document that holds their id, no scripts, forms, popovers,
 * hidden elements or data attributes, XML language attributes beside HTML ones, and inline SVG in
 * its namespace. Fails on a link to an id no part has, or to a page of the site not made absolute.
 */
function toEpubContent(
  node: Element,
  files: ReadonlyMap<string, string>,
  images: ReadonlyMap<string, string>,
  file: string,
  where: string,
): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment') return false;
    if (child.type !== 'element') return true;
    if (
      LEFT_OUT.has(child.tagName) ||
      child.properties.popover !== undefined ||
      child.properties.hidden !== undefined
    )
      return false;
    // Data attributes are the site's (styles, search); true booleans have no XML form that the
    // serialiser writes (download, open), and nothing left in a part needs one.
    child.properties = Object.fromEntries(
      Object.entries(child.properties).filter(
        ([key, value]) => !key.startsWith('data') && value !== true && key !== 'tabIndex',
      ),
    );
    const props = child.properties;
    if (typeof props.lang === 'string') props.xmlLang = props.lang;
    if (child.tagName === 'svg') props.xmlns = 'http://www.w3.org/2000/svg';
    const level = /^h([2-6])$/.exec(child.tagName)?.[1];
    if (level) child.tagName = `h${Number(level) - 1}`;
    const href = prop(child, 'href');
    if (child.tagName === 'a' && href !== undefined) {
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        const target = files.get(id) ?? fail(`${where}: the link "${href}" points to no id of the book`);
        props.href = target === file ? href : `${target}${href}`;
      } else if (!/^(https?|mailto):/.test(href)) {
        fail(`${where}: the link "${href}" leads to the site but is not absolute (lib/book rewrites them)`);
      }
    }
    if (child.tagName === 'img') {
      const src = prop(child, 'src') ?? '';
      props.src =
        images.get(src) ?? fail(`${where}: the image "${src}" is not among the book's images (imagesOf)`);
    }
    toEpubContent(child, files, images, file, where);
    return true;
  });
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XHTML content document of the edition's language, with the book's stylesheet. */
export function xhtmlDocument(lang: string, title: string, body: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8" />',
    `<title>${escapeXml(title)}</title>`,
    '<link rel="stylesheet" type="text/css" href="book.css" />',
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** An image of the site that the book shows, and where the EPUB holds it. */
export interface BookImage {
  /** Its address on the book page: "/grafico.svg", "/repo/grafico.svg". */
  src: string;
  /** The file it comes from, relative to the built site's root: "grafico.svg". */
  path: string;
  /** Its file in the EPUB, beside the documents: "images/1-grafico.svg". */
  file: string;
  mediaType: string;
}

/** The image types every EPUB 3 reading system shows (the core media types). */
const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * The images the book's parts show, each once, to be packaged with it (the integration reads
 * them from the built site). Fails on an image of another site (an EPUB carries its own) or of a
 * type reading systems need not show.
 */
export function imagesOf(book: Book, base: string, where: string): BookImage[] {
  const root = withBase(base, '');
  const images = new Map<string, BookImage>();
  for (const part of book.parts) {
    for (const node of elements(part.body)) {
      const src = node.tagName === 'img' ? prop(node, 'src') : undefined;
      if (src === undefined || images.has(src)) continue;
      if (!src.startsWith('/') || src.startsWith('//'))
        fail(`${where}, part "${part.id}": the image "${src}" is not the site's own; put it in public/`);
      const path = decodeURIComponent(src.startsWith(root) ? src.slice(root.length) : src.slice(1));
      const name = path.split('/').pop() ?? path;
      const mediaType =
        IMAGE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ??
        fail(`${where}, part "${part.id}": the image "${src}" is not ${Object.keys(IMAGE_TYPES).join(', ')}`);
      images.set(src, { src, path, file: `images/${images.size + 1}-${name}`, mediaType });
    }
  }
  return [...images.values()];
}

/** Each part as an XHTML document, by file name; `images` from imagesOf. */
export function partDocuments(
  book: Book,
  where: string,
  images: readonly BookImage[] = [],
): Map<string, string> {
  const sources = new Map(images.map((image) => [image.src, image.file]));
  const files = new Map<string, string>();
  for (const part of book.parts) {
    files.set(part.id, part.file);
    for (const node of elements(part.body)) {
      const id = prop(node, 'id');
      if (id) files.set(id, part.file);
    }
  }
  const documents = new Map<string, string>();
  for (const part of book.parts) {
    const body = structuredClone(part.body);
    toEpubContent(body, files, sources, part.file, `${where}, part "${part.id}"`);
    body.tagName = 'section';
    body.properties = { id: part.id, 'epub:type': EPUB_TYPES[part.kind] };
    documents.set(part.file, xhtmlDocument(book.lang, part.title, toHtml(body, { closeSelfClosing: true })));
  }
  return documents;
}

export interface NavLabels {
  contents: string;
  landmarks: string;
  cover: string;
}

/** The navigation document: the table of contents (each part, and a chapter's sections) and the landmarks. */
export function navDocument(book: Book, labels: NavLabels): string {
  const link = (href: string, title: string, type?: string) =>
    `<a href="${escapeXml(href)}"${type ? ` epub:type="${type}"` : ''}>${escapeXml(title)}</a>`;
  const toc = book.parts
    .map((part) => {
      const sections = part.sections.length
        ? `<ol>${part.sections.map((section) => `<li>${link(`${part.file}#${section.id}`, section.title)}</li>`).join('')}</ol>`
        : '';
      return `<li>${link(part.file, part.title)}${sections}</li>`;
    })
    .join('\n');
  const first = (kind: BookPart['kind']) => book.parts.find((part) => part.kind === kind);
  const landmarks = [
    `<li>${link('cover.xhtml', labels.cover, 'cover')}</li>`,
    `<li>${link('nav.xhtml#toc', labels.contents, 'toc')}</li>`,
    ...[
      ['chapter', 'bodymatter'],
      ['glossary', 'glossary'],
      ['sources', 'bibliography'],
    ].flatMap(([kind, type]) => {
      const part = first(kind as BookPart['kind']);
      return part ? [`<li>${link(part.file, part.title, type)}</li>`] : [];
    }),
  ].join('\n');
  return xhtmlDocument(
    book.lang,
    labels.contents,
    [
      `<nav epub:type="toc" id="toc"><h1>${escapeXml(labels.contents)}</h1><ol>\n${toc}\n</ol></nav>`,
      `<nav epub:type="landmarks" id="landmarks" hidden="hidden"><h1>${escapeXml(labels.landmarks)}</h1><ol>\n${landmarks}\n</ol></nav>`,
    ].join('\n'),
  );
}

/** The cover page: the cover image alone. */
export function coverDocument(book: Book, label: string): string {
  return xhtmlDocument(
    book.lang,
    label,
    `<section epub:type="cover" class="cover"><img src="cover.png" alt="${escapeXml(book.title)}" /></section>`,
  );
}

export interface PackageInfo {
  /** A stable identifier: the EPUB's own address on the site. */
  identifier: string;
  creator: string;
  rights: string;
}

/** The package document: metadata, every file of the book, and the reading order. */
export function packageDocument(book: Book, info: PackageInfo, images: readonly BookImage[] = []): string {
  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />',
    '<item id="css" href="book.css" media-type="text/css" />',
    '<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image" />',
    '<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml" />',
    ...book.parts.map(
      (part) =>
        `<item id="${itemId(part)}" href="${part.file}" media-type="application/xhtml+xml"${part.svg ? ' properties="svg"' : ''} />`,
    ),
    ...images.map(
      (image, index) =>
        `<item id="image-${index + 1}" href="${escapeXml(image.file)}" media-type="${image.mediaType}" />`,
    ),
  ];
  const titlePage = book.parts.filter((part) => part.kind === 'title');
  const rest = book.parts.filter((part) => part.kind !== 'title');
  const spine = [
    '<itemref idref="cover" linear="no" />',
    ...titlePage.map((part) => `<itemref idref="${itemId(part)}" />`),
    '<itemref idref="nav" />',
    ...rest.map((part) => `<itemref idref="${itemId(part)}" />`),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.lang}">`,
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="book-id">${escapeXml(info.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(book.title)}</dc:title>`,
    `<dc:language>${book.lang}</dc:language>`,
    `<dc:creator>${escapeXml(info.creator)}</dc:creator>`,
    `<dc:publisher>${escapeXml(info.creator)}</dc:publisher>`,
    `<dc:date>${book.modified}</dc:date>`,
    `<dc:rights>${escapeXml(info.rights)}</dc:rights>`,
    // The edition's date, not the build's: the same texts give the same file.
    `<meta property="dcterms:modified">${book.modified}T00:00:00Z</meta>`,
    '</metadata>',
    `<manifest>\n${items.join('\n')}\n</manifest>`,
    `<spine>\n${spine.join('\n')}\n</spine>`,
    '</package>',
    '',
  ].join('\n');
}

const itemId = (part: BookPart): string => part.file.replace(/\.xhtml$/, '');

/** The zip entries' date: fixed, so that the same texts give the same bytes build after build. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

export interface ArchiveInput {
  /** The page the book comes from, named in errors. */
  where: string;
  info: PackageInfo;
  labels: NavLabels;
  /** The cover, a PNG (build/book-cover). */
  cover: Uint8Array;
  /** imagesOf's images, each with its bytes. */
  images: readonly (BookImage & { data: Uint8Array })[];
}

/**
 * The EPUB file: every document, the stylesheet, the cover and the images, zipped by fflate. The
 * OCF rule: "mimetype" first and stored, so that a reading system recognises the file from its
 * first bytes; the rest deflated, but images stored as they are (already compressed). Paths as
 * keys, not nested folders: no directory entries, which an EPUB does not need.
 */
export function epubArchive(book: Book, { where, info, labels, cover, images }: ArchiveInput): Uint8Array {
  const text = (value: string) => new TextEncoder().encode(value);
  const stored = (data: Uint8Array): [Uint8Array, { level: 0 }] => [data, { level: 0 }];
  const oebps: Zippable = {
    'package.opf': text(packageDocument(book, info, images)),
    'nav.xhtml': text(navDocument(book, labels)),
    'cover.xhtml': text(coverDocument(book, labels.cover)),
    'cover.png': stored(cover),
    'book.css': text(EPUB_CSS),
  };
  for (const [file, xhtml] of partDocuments(book, where, images)) oebps[file] = text(xhtml);
  for (const image of images)
    oebps[image.file] = image.mediaType === 'image/svg+xml' ? image.data : stored(image.data);
  return zipSync(
    {
      mimetype: stored(text('application/epub+zip')),
      'META-INF/container.xml': text(CONTAINER_XML),
      ...Object.fromEntries(Object.entries(oebps).map(([file, data]) => [`OEBPS/${file}`, data])),
    },
    { level: 9, mtime: ZIP_DATE },
  );
}

/** META-INF/container.xml: where the package document is. */
export const CONTAINER_XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
  '<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml" /></rootfiles>',
  '</container>',
  '',
].join('\n');

/**
 * The book's stylesheet: the reading system's own fonts and colours, a little structure. Kept
 * short and plain, since reading systems override most of it by the reader's choices.
 */
export const EPUB_CSS = `body { line-height: 1.5; }
h1, h2, h3 { line-height: 1.2; }
.chapter-number, .muted { color: #555; }
.lead { font-size: 1.1em; }
.box, .voice { margin: 1.2em 0; }
.voice-label { font-size: 0.9em; }
.voice-label strong { display: block; }
.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%; max-height: 100vh; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; vertical-align: top; text-align: left; }
dt { font-weight: bold; margin-top: 0.8em; }
dd { margin-left: 0; }
figure { margin: 1em 0; text-align: center; }
svg { max-width: 100%; height: auto; }
.pendulum svg { width: 20em; }
.pendulum line, .pendulum path { stroke: currentColor; stroke-width: 3; fill: none; }
.pendulum .arc { stroke-width: 2; stroke-dasharray: 6 6; }
.pendulum .ghost { opacity: 0.3; }
.pendulum circle, .pendulum text { fill: currentColor; }
.pendulum .weight { fill: #a3361a; }
`;
