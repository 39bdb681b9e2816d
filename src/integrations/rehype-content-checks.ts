import type { Root } from 'hast';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listEntryIds, pathInContent } from '../build/content-files';
import { essayFile } from '../lib/content-ids';
import { checkContentLink, hrefWithBase, sitePagePaths, type ContentIds } from '../lib/internal-links';
import { FEED_FILE, routePath } from '../lib/paths';
import type { Locale } from '../i18n/locales';
import { entryCollections } from '../lib/routes';
import { structureProblems } from '../lib/essay-structure';
import { assignHeadingIds, elementsOf, mdxComponentsOf, topNodes } from './hast';

interface Options {
  /** The content folder (content/, or the one CAC_CONTENT_DIR names). */
  contentDir: string;
  /** public/: files served from the site root, which links may point to. */
  publicDir: string;
  base: string;
  defaultLocale: Locale;
  /** The other languages, each with its content in <contentDir>/<locale>/. */
  translatedLocales: readonly Locale[];
}

// The page list is the same for every essay of a build: rebuilt only when a folder listing changes
// (listEntryIds returns the same arrays until then), not once per essay.
let pagesCache: { lists: (readonly string[] | undefined)[]; pages: Set<string> } | undefined;

function pagesFor(ids: Partial<Record<Locale, ContentIds>>): Set<string> {
  const lists = Object.values(ids).flatMap((perLocale) => Object.values(perLocale));
  if (pagesCache?.lists.length === lists.length && pagesCache.lists.every((list, i) => list === lists[i]))
    return pagesCache.pages;
  pagesCache = { lists, pages: sitePagePaths(ids) };
  return pagesCache.pages;
}

/** Files the build writes at the site root besides the pages. */
const GENERATED_FILES = [FEED_FILE, 'sitemap-index.xml', 'embed.js', 'widgets/self-test.js'];

// public/ is read once, and again only when its top level changes (as the content listings are).
let publicCache: { mtimeMs: number; files: Set<string> } | undefined;

/** The files a link may point to besides pages: public/ and what the build generates. */
function siteFiles(dir: string): Set<string> {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return new Set(GENERATED_FILES);
  }
  if (publicCache?.mtimeMs === mtimeMs) return publicCache.files;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  publicCache = { mtimeMs, files: new Set([...files, ...GENERATED_FILES]) };
  return publicCache.files;
}

/**
 * Checks what an essay's author wrote before it is published: the body is a <Retelling> then a
 * <Commentary> (lib/essay-structure), every image has alt text, every
 * link inside the site leads to a page (or a heading on the same page) that exists, and every
 * <SelfTest id="…" /> names a self-test that exists. Site links are
 * written from the site root ("/temi/fiducia/") and get the base path here, so they also work
 * under a sub-path. Any problem fails the build with the file and every problem in it.
 * Runs before rehype-glossary, whose links already carry the base path.
 */
export default function rehypeContentChecks(options: Options) {
  return (tree: Root, file: { path?: string; history?: string[]; cwd?: string }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const essay = essayFile(
      pathInContent(options.contentDir, path),
      options.defaultLocale,
      options.translatedLocales,
    );
    if (!essay) return;
    const locale = essay.locale as Locale;
    const collections = entryCollections();
    // Links may lead to pages in any language; a <SelfTest> names a test of the essay's own.
    const ids: Partial<Record<Locale, ContentIds>> = {};
    for (const each of [options.defaultLocale, ...options.translatedLocales]) {
      const dir = each === options.defaultLocale ? options.contentDir : join(options.contentDir, each);
      const perLocale: ContentIds = {};
      for (const collection of collections) perLocale[collection] = listEntryIds(join(dir, collection));
      ids[each] = perLocale;
    }
    const tests = ids[locale]?.['self-tests'] ?? [];
    const testsDir = locale === options.defaultLocale ? options.contentDir : join(options.contentDir, locale);
    assignHeadingIds(tree);
    const all = elementsOf(tree);
    const check = {
      pages: pagesFor(ids),
      files: siteFiles(options.publicDir),
      ids: new Set(all.map((element) => element.properties.id).filter((id) => typeof id === 'string')),
      from: routePath('essay', essay.slug, locale),
    };
    const problems: string[] = structureProblems(topNodes(tree));
    for (const element of all) {
      if (element.tagName === 'img') {
        const alt = element.properties.alt;
        if (typeof alt !== 'string' || !alt.trim()) {
          problems.push(
            `the image "${String(element.properties.src)}" has no alt text: describe it in the brackets, ![what it shows](${String(element.properties.src)})`,
          );
        }
      }
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string') continue;
      const result = checkContentLink(href, check);
      if (result.kind === 'broken') problems.push(`the link ${result.reason}`);
      else if (result.kind === 'ok' && !href.startsWith('#'))
        element.properties.href = hrefWithBase(options.base, result);
    }
    for (const component of mdxComponentsOf(tree)) {
      const id = component.attributes['id'];
      if (component.name === 'SelfTest' && id !== undefined && !tests.includes(id)) {
        problems.push(
          `<SelfTest id="${id}" /> names a self-test that does not exist: use one of ${tests.join(', ') || '(none)'}, or add ${join(testsDir, 'self-tests', `${id}.yaml`)}`,
        );
      }
    }
    if (problems.length) {
      const name = relative(file.cwd ?? process.cwd(), path);
      throw new Error(`${name}: ${problems.join('; ')}. Fix the content file; nothing was published.`);
    }
  };
}
