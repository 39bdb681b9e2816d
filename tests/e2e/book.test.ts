import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { htmlLang, LOCALES, type Locale } from '../../src/i18n/locales';
import { bookFile, routePath } from '../../src/lib/paths';
import { useSite } from '../support/pages';
import { pdfPageTexts } from '../support/pdf-text';
import { DIST } from '../support/site';

// The book editions (issue 19): each language's EPUB, checked by EPUBCheck and read back file by
// file, and its book page printed by Chromium at A4 and Letter.

const run = promisify(execFile);
/** Debian's EPUBCheck is a jar (its /usr/bin/epubcheck runs only where binfmt knows jars). */
const EPUBCHECK_JAR = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';

const elements = (node: Root | Element, found: Element[] = []): Element[] => {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child);
    elements(child, found);
  }
  return found;
};
const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return typeof value === 'string' ? value : undefined;
};
const toText = (node: Root | Element | Root['children'][number]): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(toText).join('') : '';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The titles of the site's essays in a language, read from their built pages. */
function essayTitles(locale: Locale): string[] {
  const list = fromHtml(
    readFileSync(join(DIST, routePath('essays', undefined, locale), 'index.html'), 'utf8'),
  );
  const prefix = `/${routePath('essays', undefined, locale)}`;
  const paths = [
    ...new Set(
      elements(list)
        .flatMap((node) => (node.tagName === 'a' ? [attr(node, 'href') ?? ''] : []))
        .filter((href) => href.startsWith(prefix) && /^[^/]+\/$/.test(href.slice(prefix.length))),
    ),
  ];
  return paths.map((path) => {
    const page = fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    // The essay's own heading: the search dialog of every page has an h1 too.
    const article = elements(page).find((node) => node.tagName === 'article')!;
    return squash(toText(elements(article).find((node) => node.tagName === 'h1')!));
  });
}

/** An EPUB's files, its XHTML documents parsed. */
function readEpub(locale: Locale) {
  const bytes = new Uint8Array(readFileSync(join(DIST, bookFile(locale))));
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const documents = new Map(
    Object.keys(files)
      .filter((name) => name.endsWith('.xhtml'))
      .map((name) => [name.replace(/^OEBPS\//, ''), { source: text(name), tree: fromHtml(text(name)) }]),
  );
  const idsOf = (file: string) =>
    new Set(elements(documents.get(file)!.tree).flatMap((node) => attr(node, 'id') ?? []));
  return { bytes, files, text, documents, idsOf };
}

describe.each(LOCALES)('the %s EPUB', (locale) => {
  const lang = htmlLang(locale);

  test('EPUBCheck finds no fatal error, error or warning', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cac-epubcheck-'));
    const report = join(folder, 'report.json');
    try {
      // EPUBCheck exits 1 when it reports an error; the JSON report says what it was.
      await run('java', ['-jar', EPUBCHECK_JAR, join(DIST, bookFile(locale)), '--json', report]).catch(
        () => undefined,
      );
      const { checker, messages } = JSON.parse(readFileSync(report, 'utf8')) as {
        checker: { nFatal: number; nError: number; nWarning: number };
        messages: { severity: string; message: string; locations: { path: string }[] }[];
      };
      expect(
        messages.map((item) => `${item.severity} ${item.message} (${item.locations[0]?.path ?? ''})`),
      ).toEqual([]);
      expect([checker.nFatal, checker.nError, checker.nWarning]).toEqual([0, 0, 0]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the zip starts with "mimetype", stored, then the container and the package', () => {
    const { bytes, files, text } = readEpub(locale);
    // The first local file header: its name at byte 30, its compression method (0: stored) at 8.
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]! | (bytes[9]! << 8)).toBe(0);
    expect(text('mimetype')).toBe('application/epub+zip');
    expect(text('META-INF/container.xml')).toContain('full-path="OEBPS/package.opf"');
    const opf = text('OEBPS/package.opf');
    expect(opf).toContain(`<dc:language>${lang}</dc:language>`);
    expect(opf).toMatch(/<dc:identifier id="book-id">https:\/\/[^<]+\.epub<\/dc:identifier>/);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/);
    expect(opf).toContain('properties="cover-image"');
    expect(Object.keys(files).some((name) => name.endsWith('.js'))).toBe(false);
  });

  test('one chapter per essay, titled as the essay is on the site', () => {
    const { documents } = readEpub(locale);
    const chapters = [...documents.keys()].filter((name) => name.startsWith('capitolo-')).sort();
    const titles = chapters.map((name) =>
      squash(toText(elements(documents.get(name)!.tree).find((node) => node.tagName === 'h1')!)),
    );
    const site = essayTitles(locale);
    expect(site).toHaveLength(5);
    expect(titles.toSorted()).toEqual(site.toSorted());
  });

  test('every document is in the edition’s language, and runs no script', () => {
    const { documents } = readEpub(locale);
    expect(documents.size).toBeGreaterThan(8);
    for (const [name, { source }] of documents) {
      expect(source, name).toMatch(new RegExp(`<html [^>]*\\blang="${lang}" xml:lang="${lang}"`));
      expect(source, name).not.toMatch(/<script|<form|<button|popover|\son[a-z]+=/i);
    }
  });

  test('every entry of the table of contents leads to a document and an id that exist', () => {
    const { documents, idsOf } = readEpub(locale);
    const nav = documents.get('nav.xhtml')!;
    expect(nav.source).toContain('epub:type="toc"');
    expect(nav.source).toContain('epub:type="landmarks"');
    const hrefs = elements(nav.tree).flatMap((node) => (node.tagName === 'a' ? [attr(node, 'href')!] : []));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) {
      const [file = '', id] = href.split('#');
      expect(documents.has(file), href).toBe(true);
      if (id) expect(idsOf(file).has(decodeURIComponent(id)), href).toBe(true);
    }
  });

  test('every glossary term in a chapter links to its entry in the glossary appendix', () => {
    const { documents, idsOf } = readEpub(locale);
    const glossary = idsOf('glossary.xhtml');
    const terms = [...documents]
      .filter(([name]) => name.startsWith('capitolo-'))
      .flatMap(([, { tree }]) =>
        elements(tree).filter(
          (node) => node.tagName === 'a' && String(node.properties.className ?? '').includes('term'),
        ),
      );
    expect(terms.length).toBeGreaterThan(20);
    for (const term of terms) {
      const href = attr(term, 'href') ?? '';
      expect(href, toText(term)).toMatch(/^glossary\.xhtml#/);
      expect(glossary.has(href.split('#')[1]!), href).toBe(true);
    }
  });
});

describe('the printed book', () => {
  const { open } = useSite();

  /** Texts only the site's frame shows: the skip link, the header's menu and search, the footer's links. */
  const chrome = (locale: Locale) => {
    const t = useTranslations(locale);
    return [t('skip.toContent'), t('footer.rss'), t('footer.sitemap'), t('footer.embed'), t('book.download')];
  };

  for (const locale of LOCALES) {
    for (const format of ['A4', 'Letter'] as const) {
      test(`${locale}, ${format}: each essay starts a new page, in order, and no navigation is printed`, async () => {
        const t = useTranslations(locale);
        const page = await open(`/${routePath('book', undefined, locale)}`);
        const pdf = await page.pdf({ format, printBackground: false });
        const pages = (await pdfPageTexts(new Uint8Array(pdf))).map((text) =>
          // The page number (a margin box) may come first or last; the chapter's number is in
          // capitals; ligatures come out as words of their own ("pro fi tti").
          text
            .replace(/^\d+\s|\s\d+$/g, '')
            .replace(/\s/g, '')
            .toLocaleLowerCase(),
        );
        const titles = essayTitles(locale);
        const starts = titles.map((_, index) => {
          const heading = t('book.chapter', { n: index + 1 })
            .replace(/\s/g, '')
            .toLocaleLowerCase();
          return pages.findIndex((text) => text.startsWith(heading));
        });
        expect(
          starts.every((start) => start > 0),
          starts.join(','),
        ).toBe(true);
        // Chapters on distinct pages, in order, each opening with its number and then its title.
        expect(starts.toSorted((a, b) => a - b)).toEqual(starts);
        expect(new Set(starts).size).toBe(titles.length);
        const chapters = starts.map((start) => pages[start]!);
        const titled = titles.map((title) => title.replace(/\s/g, '').toLocaleLowerCase());
        for (const title of titled)
          expect(
            chapters.some((text) => text.slice(0, 200).includes(title)),
            title,
          ).toBe(true);
        const all = pages.join(' ');
        for (const text of chrome(locale))
          expect(all, text).not.toContain(text.replace(/\s/g, '').toLocaleLowerCase());
        await page.close();
      });
    }
  }
});
