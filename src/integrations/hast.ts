import type { Element, ElementContent, Root } from 'hast';
import Slugger from 'github-slugger';
import type { TopNode } from '../lib/essay-structure';

/** The text of a node, without markup. */
export function plainText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
}

type Parent = Root | Element | { children: unknown[] };

/** Every element under a node, in document order, also inside MDX components (<Aside>…</Aside>). */
export function elementsOf(node: Parent, found: Element[] = []): Element[] {
  for (const child of node.children as (Element | { type: string; children?: unknown[] })[]) {
    if (child.type === 'element') found.push(child as Element);
    if ('children' in child && Array.isArray(child.children)) elementsOf(child as Parent, found);
  }
  return found;
}

/** An MDX component in the tree (<SelfTest id="pendolo" />), with its literal attributes. */
export interface MdxComponent {
  name: string;
  attributes: Record<string, string>;
}

/** The MDX components used in a document, with the attributes written as plain strings. */
export function mdxComponentsOf(node: Parent, found: MdxComponent[] = []): MdxComponent[] {
  for (const child of node.children as {
    type: string;
    name?: unknown;
    attributes?: unknown;
    children?: unknown[];
  }[]) {
    if (
      (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
      typeof child.name === 'string'
    ) {
      const attributes: Record<string, string> = {};
      for (const attribute of (child.attributes ?? []) as {
        type: string;
        name?: string;
        value?: unknown;
      }[]) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
          attributes[attribute.name] = attribute.value;
      }
      found.push({ name: child.name, attributes });
    }
    if (Array.isArray(child.children)) mdxComponentsOf(child as Parent, found);
  }
  return found;
}

/**
 * Gives every heading without an id the one Astro would give it (github-slugger, in document
 * order, ids already present kept), so that plugins can link to sections before Astro's own pass.
 */
export function assignHeadingIds(tree: Root): void {
  const slugger = new Slugger();
  for (const element of elementsOf(tree)) {
    if (/^h[1-6]$/.test(element.tagName) && typeof element.properties.id !== 'string')
      element.properties.id = slugger.slug(plainText(element));
  }
}

/** The top-level nodes of a document as the essay-structure rule reads them: components and elements, with the first element inside. */
export function topNodes(tree: Root): TopNode[] {
  const firstElement = (node: { children?: unknown[] }) =>
    (node.children as { type: string; tagName?: string }[] | undefined)?.find(
      (child) => child.type === 'element',
    )?.tagName;
  return (
    tree.children as { type: string; name?: unknown; tagName?: string; children?: unknown[] }[]
  ).flatMap((child): TopNode[] => {
    if (child.type === 'mdxJsxFlowElement' && typeof child.name === 'string')
      return [{ component: child.name, firstElement: firstElement(child) }];
    if (child.type === 'element') return [{ component: undefined, firstElement: child.tagName }];
    return [];
  });
}
