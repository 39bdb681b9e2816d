import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-project';

export const DIST = join(PROJECT_ROOT, 'dist');

/** The site URL the build used (the production default unless SITE_URL was set). */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://clientealcentro.it';

/** Every page path the sitemap lists, e.g. "/articoli/fiducia/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The essay slugs the issue fixes: their URLs are public and must not change. */
export const ESSAY_SLUGS = [
  'person-centricity',
  'perche-parlo-di-clienti',
  'customer-centricity-significato-reale',
  'quanto-tempo-per-il-cliente',
  'relazione-con-il-cliente-fiducia',
] as const;

/** The self-tests other sites embed: /embed/<id>/ sits in bloggers' pages and must not change. */
export const SELF_TEST_IDS = [
  'centralita-del-cliente',
  'e-il-cliente',
  'fiducia',
  'pendolo',
  'person-centricity',
] as const;

/** One page of each kind, for checks that need a browser but not every page. */
export const PAGE_KINDS: Record<string, string> = {
  home: '/',
  essays: '/articoli/',
  essay: '/articoli/quanto-tempo-per-il-cliente/',
  topics: '/temi/',
  topic: '/temi/fiducia/',
  authors: '/autori/',
  author: '/autori/mario-sala/',
  notFound: '/pagina-che-non-esiste/',
};
