/**
 * Custom elements are imported by pages that Astro also renders on the server, and may be loaded
 * twice on a host page (two embeds, two bundles). Extending this base instead of HTMLElement keeps
 * the import harmless where there is no DOM, and `define` registers a tag only once.
 */
export const ElementBase = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, constructor);
}
