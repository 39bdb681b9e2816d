import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AlternateLink {
  url: string;
  lang: string;
}

const LINK_TAG = /<link\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The hreflang alternates a page's HTML declares (x-default left out: sitemaps list languages). */
export function hreflangLinks(html: string): AlternateLink[] {
  const head = html.slice(0, html.indexOf('</head>') >>> 0);
  return [...head.matchAll(LINK_TAG)].flatMap(([tag]) => {
    const lang = attribute(tag, 'hreflang');
    const url = attribute(tag, 'href');
    return attribute(tag, 'rel') === 'alternate' && lang && url && lang !== 'x-default'
      ? [{ url: url.replaceAll('&amp;', '&'), lang }]
      : [];
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The sitemap's i18n alternates, taken from the built pages' own hreflang links, so that the two
 * can never disagree. Its integration must come before @astrojs/sitemap's: both run when the
 * build is done, in order, and the sitemap's `serialize` reads what this one collected.
 */
function createSitemapAlternates() {
  const byUrl = new Map<string, AlternateLink[]>();
  const integration: AstroIntegration = {
    name: 'cac-sitemap-alternates',
    hooks: {
      'astro:build:done': ({ dir }) => {
        byUrl.clear();
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const links = hreflangLinks(readFileSync(file, 'utf8'));
          for (const link of links) byUrl.set(link.url, links);
        }
      },
    },
  };
  const serialize = <T extends { url: string; links?: AlternateLink[] | undefined }>(item: T): T => {
    const links = byUrl.get(item.url);
    return links && links.length > 1 ? { ...item, links } : item;
  };
  return { integration, serialize };
}

export const sitemapAlternates = createSitemapAlternates();
