import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { withBase } from './paths';

/**
 * The book edition: every essay, the comparison, the glossary, the sources and the credits on one
 * printable page (/libro/, /en/book/), and the same parts as an EPUB beside it. Pages of the site
 * are written to be read one at a time; gathered on one page their ids collide ("fonte",
 * "il-nostro-commento" in every essay) and their links lead away from the book. This module
 * rewrites a part's HTML so that it lives inside the book: ids carry the part's prefix, links to
 * another part of the book become in-book anchors, links to the rest of the site become absolute
 * addresses (a printed or downloaded book has no site around it), and what only works on screen
 * (definition popovers, heading anchors) is left out.
 */

/** The anchor of a glossary term in the book's appendix. */
export const termAnchor = (termId: string): string => `glossario--${termId}`;

/** Ids in a part: its prefix, two hyphens, the id the site gives (no essay id contains "--"). */
export const prefixedId = (prefix: string, id: string): string => `${prefix}--${id}`;

export interface BookLinks {
  /** The site's base path ("/", "/repo/"): links in the rendered HTML carry it. */
  base: string;
  /** The site's origin and base as an absolute URL, for links to pages outside the book. */
  site: string;
  /**
   * Pages that are part of the book, by path relative to the site root ("articoli/pendolo/"), each
   * with its anchor: the part's prefix for essays and the comparison ("#<prefix>" for the page,
   * "#<prefix>--<id>" for one of its sections), or a glossary entry's own anchor.
   */
  inBook: ReadonlyMap<string, string>;
}

/**
 * Where a link of the site points in the book: a fragment of the same part gets the part's prefix,
 * a page of the book its anchor, any other page of the site its absolute address; other sites'
 * links and mail links are kept as they are.
 */
export function bookHref(href: string, prefix: string, links: BookLinks): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${prefixedId(prefix, href.slice(1))}` : href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
  const root = withBase(links.base, '');
  // Essays' links carry the base path (integrations/rehype-content-checks adds it); the
  // comparison guide's are written from the site root and do not, so both forms are read.
  const relative = href.startsWith(root)
    ? href.slice(root.length)
    : href.startsWith('/')
      ? href.slice(1)
      : undefined;
  if (relative === undefined) return href;
  const [path = '', fragment] = relative.split('#', 2);
  const anchor = links.inBook.get(path);
  if (anchor !== undefined) return fragment ? `#${prefixedId(anchor, fragment)}` : `#${anchor}`;
  return new URL(relative, links.site.endsWith('/') ? links.site : `${links.site}/`).href;
}

/** Attributes that name ids of the same document. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'headers', 'ariaControls'] as const;

/** Elements that only work on screen, by class: the definition button and popover of a term, a heading's anchor. */
const SCREEN_ONLY = ['term-info', 'term-popover', 'anchor'];

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

export interface PartOptions {
  /** The part's id prefix: the essay's id, "confronto". */
  prefix: string;
  links: BookLinks;
  /** Levels to lower every heading by, so that the part's own headings sit under its title. */
  demote?: number;
}

/** One element, rewritten in place; false when it should be left out. */
function rewrite(node: Element, { prefix, links, demote = 0 }: PartOptions): boolean {
  if (node.properties.popover !== undefined || SCREEN_ONLY.some((name) => classes(node).includes(name)))
    return false;
  if (node.tagName === 'script' || node.tagName === 'template') return false;
  // Search filters and weights mean nothing in the book (the page is not indexed at all).
  node.properties = Object.fromEntries(
    Object.entries(node.properties).filter(([key]) => !key.startsWith('dataPagefind')),
  );
  const props = node.properties;
  if (typeof props.id === 'string') props.id = prefixedId(prefix, props.id);
  for (const key of ID_REFERENCES) {
    const value = props[key];
    if (Array.isArray(value)) props[key] = value.map((id) => prefixedId(prefix, id));
  }
  // Five chapters repeat "In breve", "Per approfondire", the original's box: named landmarks on
  // an essay's page, but one page of the book would then hold five landmarks of each name. In
  // the book they are plain sections; the chapters are its landmarks.
  if (node.tagName === 'section' || node.tagName === 'aside') {
    node.tagName = 'section';
    props.ariaLabelledBy = undefined;
    props.ariaLabel = undefined;
  }
  if (node.tagName === 'a' && typeof props.href === 'string')
    props.href = bookHref(props.href, prefix, links);
  const level = /^h([1-6])$/.exec(node.tagName)?.[1];
  if (level && demote) node.tagName = `h${Math.min(6, Number(level) + demote)}`;
  return true;
}

function walk(parent: Root | Element, options: PartOptions): void {
  parent.children = parent.children.filter((child: RootContent | ElementContent) => {
    if (child.type !== 'element') return true;
    if (!rewrite(child, options)) return false;
    walk(child, options);
    return true;
  });
}

/** A part's HTML, as it is rendered for the site, rewritten to live inside the book (see above). */
export function bookPartHtml(html: string, options: PartOptions): string {
  const tree = fromHtml(html, { fragment: true });
  walk(tree, options);
  return toHtml(tree);
}
