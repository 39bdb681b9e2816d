import { placePopover } from '../lib/popover-placement';

/**
 * Places the glossary definitions (native popovers, .term-popover) next to their term. CSS anchor
 * positioning alone is not enough: WebKit places them at the term's page position rather than its
 * position in the window on a scrolled page (off screen), and flips them above the term although
 * there is room below. Without JavaScript the CSS placement in global.css stays.
 */
function place(popover: HTMLElement): void {
  const id = popover.id;
  const button = id ? document.querySelector(`[popovertarget="${CSS.escape(id)}"]`) : null;
  if (!button) return;
  popover.toggleAttribute('data-placed', true);
  // Measured at the window's top left, where its width is not squeezed by the right edge: placed
  // further right, a shrink-to-fit box gets narrower and taller than measured (seen in WebKit).
  popover.style.top = '0px';
  popover.style.left = '0px';
  const size = popover.getBoundingClientRect();
  const { top, left } = placePopover(
    button.getBoundingClientRect(),
    { width: size.width, height: size.height },
    { width: document.documentElement.clientWidth, height: window.innerHeight },
  );
  popover.style.top = `${top}px`;
  popover.style.left = `${left}px`;
}

let open: HTMLElement | null = null;
// toggle does not bubble: caught on its way down.
document.addEventListener(
  'toggle',
  (event) => {
    const popover = event.target;
    if (!(popover instanceof HTMLElement) || !popover.classList.contains('term-popover')) return;
    open = event.newState === 'open' ? popover : open === popover ? null : open;
    if (open === popover) place(popover);
  },
  true,
);
const follow = () => {
  if (open) place(open);
};
window.addEventListener('scroll', follow, { passive: true });
window.addEventListener('resize', follow, { passive: true });
