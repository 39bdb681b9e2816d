import type { Element, ElementContent, Root, RootContent } from 'hast';
import { load } from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathInContent } from '../build/content-files';
import { entryIdFromPath, essayFile } from '../lib/content-ids';
import { firstMentions, termMatcher, type TermMatcher } from '../lib/glossary';
import { pagePath } from '../lib/paths';
import type { Locale } from '../i18n/locales';
import type { GlossaryText } from '../schemas/glossary';
import { assignHeadingIds, plainText } from './hast';

interface Edition {
  /** content/glossary for the default language, content/<locale>/glossary for the others. */
  dir: string;
  /** Accessible name of the definition button, with {term}. */
  label: string;
  /** Accessible name of a section's anchor link, with {heading}. */
  anchorLabel: string;
}

interface Options {
  /** The content folder: essays are recognised by their path inside it. */
  contentDir: string;
  base: string;
  defaultLocale: Locale;
  /** Each language's glossary and labels: an essay links the terms of its own language. */
  editions: Partial<Record<Locale, Edition>>;
}

/**
 * The fields of a glossary file that linking reads, named by the glossary schema: renaming one
 * there fails the type check here instead of silently linking nothing.
 */
type Linked = Pick<GlossaryText, 'term' | 'aliases' | 'definition'>;

type Term = Pick<Linked, 'term' | 'definition'> & { id: string };

/** Elements whose text is never linked: headings, links, code, and controls. */
const SKIP = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'button',
  'kbd',
  'script',
  'style',
]);

const caches = new Map<string, { stamp: string; terms: Map<string, Term>; matcher: TermMatcher }>();

/** The glossary files, read again only when the folder changes (new, removed or edited terms). */
function glossary(dir: string) {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    files = [];
  }
  const stamp = files.map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`).join('|');
  const cached = caches.get(dir);
  if (cached?.stamp === stamp) return cached;
  const terms = new Map<string, Term>();
  const forms: { id: string; forms: string[] }[] = [];
  for (const name of files) {
    // The schema validates these files; here only what linking needs is read, defensively.
    const data = (load(readFileSync(join(dir, name), 'utf8')) ?? {}) as Partial<
      Record<keyof Linked, unknown>
    >;
    const id = entryIdFromPath(name);
    if (typeof data.term !== 'string' || typeof data.definition !== 'string') continue;
    const aliases = Array.isArray(data.aliases)
      ? data.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [];
    terms.set(id, { id, term: data.term, definition: data.definition });
    forms.push({ id, forms: [data.term, ...aliases] });
  }
  const fresh = { stamp, terms, matcher: termMatcher(forms) };
  caches.set(dir, fresh);
  return fresh;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Links the first mention of each glossary term in an essay to its entry, with the definition a
 * button away (a native popover: keyboard, touch, Escape), and gives each section heading a link
 * a reader can copy. Runs at build time on essays only.
 */
export default function rehypeGlossary(options: Options) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const locales = Object.keys(options.editions).filter((locale) => locale !== options.defaultLocale);
    const essay = essayFile(pathInContent(options.contentDir, path), options.defaultLocale, locales);
    if (!essay) return;
    const locale = essay.locale as Locale;
    const edition = options.editions[locale];
    if (!edition) return;
    const { terms, matcher } = glossary(edition.dir);
    if (!terms.size) return;
    const linked = new Set<string>();
    // Ids as Astro would give them (it keeps ids that exist), needed now for the anchor links.
    assignHeadingIds(tree);

    const visit = (parent: Root | Element) => {
      const children: RootContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'element') {
          if (!SKIP.has(child.tagName)) visit(child);
          const id = child.properties.id;
          if ((child.tagName === 'h2' || child.tagName === 'h3') && typeof id === 'string') {
            // A link a reader can copy, beside the heading rather than inside it, so the heading's
            // own text (and the table of contents built from it) stays clean.
            children.push({
              type: 'element',
              tagName: 'div',
              properties: { className: ['heading', child.tagName] },
              children: [
                child,
                {
                  type: 'element',
                  tagName: 'a',
                  properties: {
                    href: `#${id}`,
                    className: ['anchor'],
                    ariaLabel: edition.anchorLabel.replace('{heading}', plainText(child)),
                  },
                  children: [text('#')],
                },
              ],
            });
            continue;
          }
          children.push(child);
          continue;
        }
        if (child.type === 'text') {
          let last = 0;
          for (const mention of firstMentions(child.value, matcher, linked)) {
            const term = terms.get(mention.id)!;
            const popover = `definizione-${term.id}`;
            if (mention.start > last) children.push(text(child.value.slice(last, mention.start)));
            children.push(
              {
                type: 'element',
                tagName: 'a',
                properties: { href: pagePath(options.base, 'term', term.id, locale), className: ['term'] },
                children: [text(mention.text)],
              },
              {
                type: 'element',
                tagName: 'button',
                properties: {
                  type: 'button',
                  className: ['term-info'],
                  popovertarget: popover,
                  ariaLabel: edition.label.replace('{term}', term.term),
                },
                children: [text('?')],
              },
              {
                type: 'element',
                tagName: 'span',
                properties: {
                  id: popover,
                  popover: 'auto',
                  className: ['term-popover'],
                  dataPagefindIgnore: 'all',
                },
                children: [
                  { type: 'element', tagName: 'strong', properties: {}, children: [text(term.term)] },
                  text(`: ${term.definition}`),
                ],
              },
            );
            last = mention.end;
          }
          children.push(last ? text(child.value.slice(last)) : child);
          continue;
        }
        // MDX components (<Aside>…): their children are content too.
        if ('children' in child && Array.isArray(child.children)) visit(child as unknown as Element);
        children.push(child);
      }
      parent.children = children;
    };
    visit(tree);
  };
}
