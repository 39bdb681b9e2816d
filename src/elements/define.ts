/**
 * Custom elements are imported by pages that Astro also renders on the server, and may be loaded
 * twice on a host page (two embeds, two bundles). Extending this base instead of HTMLElement keeps
 * the import harmless where there is no DOM, and `define` registers a tag only once.
 */
/** What custom elements extend: HTMLElement in a browser, an empty stand-in on the server. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the stand-in is empty on purpose
const ServerStandIn = class {};
export const ElementBase = (
  typeof HTMLElement === 'undefined' ? ServerStandIn : HTMLElement
) as typeof HTMLElement;

export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag))
    customElements.define(tag, constructor);
}
