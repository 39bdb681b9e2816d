import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookCover } from '../build/book-cover';
import { useTranslations } from '../i18n';
import { LANGUAGE_TAGS, LOCALES } from '../i18n/locales';
import { bookParts, epubArchive, imagesOf } from '../lib/epub';
import { formatDate } from '../lib/format';
import { bookFile, routePath, withBase } from '../lib/paths';

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
          const t = useTranslations(locale);
          const where = `${routePath('book', undefined, locale)}index.html`;
          const book = bookParts(readFileSync(page, 'utf8'), where);
          const cover = await bookCover({
            title: book.title,
            subtitle: t('site.tagline'),
            edition: t('book.edition', {
              date: formatDate(new Date(`${book.modified}T00:00:00Z`), LANGUAGE_TAGS[locale]),
            }),
          });
          const zip = epubArchive(book, {
            where,
            info: {
              identifier: new URL(withBase(base, bookFile(locale)), site).href,
              creator: t('site.name'),
              rights: t('book.licence'),
            },
            labels: { contents: t('book.contents'), landmarks: t('book.landmarks'), cover: t('book.cover') },
            cover: new Uint8Array(cover),
            images: imagesOf(book, base, where).map((image) => {
              const source = join(out, image.path);
              if (!existsSync(source))
                throw new Error(`EPUB: ${where} shows "${image.src}", which the build did not write`);
              return { ...image, data: new Uint8Array(readFileSync(source)) };
            }),
          });
          writeFileSync(join(out, bookFile(locale)), zip);
          logger.info(
            `${bookFile(locale)}: ${(zip.length / 1024).toFixed(1)} KB, ${book.parts.length} parts`,
          );
        }
      },
    },
  };
}
