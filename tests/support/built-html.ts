import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a built site, as paths relative to its root ("articoli/x/index.html"). */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The URL path a built file is served at: "articoli/x/index.html" → "/articoli/x/". */
export function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The addresses a page points to: links, assets, frames and form targets. */
export function pageReferences(html: string): { attribute: string; value: string }[] {
  const references: { attribute: string; value: string }[] = [];
  // Markup inside scripts is a string the script builds, not a reference of this page.
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  for (const tag of markup.matchAll(/<(a|link|script|img|iframe|source|form)\s[^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\s(href|src|action)="([^"]*)"/gi)) {
      references.push({ attribute: attribute[1]!, value: decodeEntities(attribute[2]!) });
    }
  }
  return references;
}

/** The ids (and legacy anchor names) a fragment can point to. */
export function fragmentTargets(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decodeEntities(match[1]!)));
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The file a site path is served from, as a static host would pick it; undefined when none. */
export function fileFor(root: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = path === '' || path.endsWith('/') ? [join(path, 'index.html')] : [path];
  for (const candidate of candidates) {
    const full = join(root, candidate);
    if (relative(root, full).startsWith('..')) return undefined;
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

export const readBuilt = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
