import type { Element, ElementContent, Root, RootContent } from 'hast';
import { load } from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { entryIdFromPath } from '../lib/content-ids';
import { firstMentions, termMatcher, type TermMatcher } from '../lib/glossary';
import { pagePath } from '../lib/paths';
import { assignHeadingIds, plainText } from './hast';

interface Options {
  /** content/glossary, or the configured content folder's. */
  dir: string;
  base: string;
  /** Accessible name of the definition button, with {term}. */
  label: string;
  /** Accessible name of a section's anchor link, with {heading}. */
  anchorLabel: string;
}

interface Term {
  id: string;
  term: string;
  definition: string;
}

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

let cache: { stamp: string; terms: Map<string, Term>; matcher: TermMatcher } | undefined;

/** The glossary files, read again only when the folder changes (new, removed or edited terms). */
function glossary(dir: string) {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    files = [];
  }
  const stamp = files.map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`).join('|');
  if (cache?.stamp === stamp) return cache;
  const terms = new Map<string, Term>();
  const forms: { id: string; forms: string[] }[] = [];
  for (const name of files) {
    // The schema validates these files; here only what linking needs is read, defensively.
    const data = (load(readFileSync(join(dir, name), 'utf8')) ?? {}) as {
      term?: unknown;
      aliases?: unknown;
      definition?: unknown;
    };
    const id = entryIdFromPath(name);
    if (typeof data.term !== 'string' || typeof data.definition !== 'string') continue;
    const aliases = Array.isArray(data.aliases)
      ? data.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [];
    terms.set(id, { id, term: data.term, definition: data.definition });
    forms.push({ id, forms: [data.term, ...aliases] });
  }
  cache = { stamp, terms, matcher: termMatcher(forms) };
  return cache;
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
    if (!/[\\/]essays[\\/]/.test(path)) return;
    const { terms, matcher } = glossary(options.dir);
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
                    ariaLabel: options.anchorLabel.replace('{heading}', plainText(child)),
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
                properties: { href: pagePath(options.base, 'term', term.id), className: ['term'] },
                children: [text(mention.text)],
              },
              {
                type: 'element',
                tagName: 'button',
                properties: {
                  type: 'button',
                  className: ['term-info'],
                  popovertarget: popover,
                  ariaLabel: options.label.replace('{term}', term.term),
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
