import type { AstroIntegration } from 'astro';
import { zipSync, type Zippable } from 'fflate';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookCover } from '../build/book-cover';
import { dictionaries } from '../i18n';
import { LANGUAGE_TAGS, LOCALES } from '../i18n/locales';
import {
  bookParts,
  CONTAINER_XML,
  coverDocument,
  EPUB_CSS,
  navDocument,
  packageDocument,
  partDocuments,
} from '../lib/epub';
import { formatDate } from '../lib/format';
import { bookFile, routePath, withBase } from '../lib/paths';

/** The zip entries' date: fixed, so that the same texts give the same bytes build after build. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Writes each language's EPUB beside its book page (/libro/cliente-al-centro.epub), at the end of
 * `astro build`, from the built page (lib/epub splits it into documents). A language without a
 * book page gets no EPUB; a book page that cannot be made into one fails the build.
 */
export default function bookIntegration(): AstroIntegration {
  let site = 'https://clientealcentro.it/';
  let base = '/';
  return {
    name: 'cac-book',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const page = join(out, routePath('book', undefined, locale), 'index.html');
          if (!existsSync(page)) continue;
          const t = dictionaries[locale];
          const where = `${routePath('book', undefined, locale)}index.html`;
          const book = bookParts(readFileSync(page, 'utf8'), where);
          const cover = await bookCover({
            title: book.title,
            subtitle: t['site.tagline'],
            edition: t['book.edition'].replace(
              '{date}',
              formatDate(new Date(`${book.modified}T00:00:00Z`), LANGUAGE_TAGS[locale]),
            ),
          });
          const text = (value: string) => new TextEncoder().encode(value);
          const oebps: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
            'package.opf': text(
              packageDocument(book, {
                identifier: new URL(withBase(base, bookFile(locale)), site).href,
                creator: t['site.name'],
                rights: t['book.licence'],
              }),
            ),
            'nav.xhtml': text(
              navDocument(book, {
                contents: t['book.contents'],
                landmarks: t['book.landmarks'],
                cover: t['book.cover'],
              }),
            ),
            'cover.xhtml': text(coverDocument(book, t['book.cover'])),
            'cover.png': [new Uint8Array(cover), { level: 0 }],
            'book.css': text(EPUB_CSS),
          };
          for (const [file, xhtml] of partDocuments(book, where)) oebps[file] = text(xhtml);
          // The OCF rule: "mimetype" first and stored, so that a reader can recognise the file
          // from its first bytes; everything else deflated.
          // Paths as keys, not nested folders: no directory entries, which an EPUB does not need.
          const files: Zippable = {
            mimetype: [text('application/epub+zip'), { level: 0 }],
            'META-INF/container.xml': text(CONTAINER_XML),
            ...Object.fromEntries(Object.entries(oebps).map(([file, data]) => [`OEBPS/${file}`, data])),
          };
          const zip = zipSync(files, { level: 9, mtime: ZIP_DATE });
          writeFileSync(join(out, bookFile(locale)), zip);
          logger.info(
            `${bookFile(locale)}: ${(zip.length / 1024).toFixed(1)} KB, ${book.parts.length} parts`,
          );
        }
      },
    },
  };
}
