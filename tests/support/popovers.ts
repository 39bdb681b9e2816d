/** Where one glossary popover opened, relative to its term and the window. */
export interface PopoverPlacement {
  id: string;
  /** Where its term was scrolled to: the top, middle or bottom of the window. */
  block: 'start' | 'center' | 'end';
  inside: boolean;
  below: boolean;
  /** The popover would fit below its term. */
  roomBelow: boolean;
  /** The popover's box and the window, rounded, to read when a placement fails. */
  box: string;
}

/**
 * Run in the page (any engine): opens each glossary popover with its term scrolled to the top,
 * the middle and the bottom of the window, and says where it opened.
 */
export async function popoverPlacements(): Promise<PopoverPlacement[]> {
  const settle = () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 50));
  const out: PopoverPlacement[] = [];
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.term-info')];
  for (const block of ['start', 'center', 'end'] as const)
    for (const button of buttons) {
      button.scrollIntoView({ block, behavior: 'instant' });
      await settle();
      const popover = document.getElementById(button.getAttribute('popovertarget') ?? '')!;
      popover.showPopover();
      await settle();
      const box = popover.getBoundingClientRect();
      const term = button.getBoundingClientRect();
      const { clientWidth: width, clientHeight: height } = document.documentElement;
      out.push({
        id: popover.id,
        block,
        inside: box.top >= 0 && box.left >= 0 && box.bottom <= height + 0.5 && box.right <= width + 0.5,
        below: box.top >= term.bottom - 1,
        roomBelow: term.bottom + box.height + 16 <= height,
        box: `${[box.top, box.left, box.bottom, box.right].map(Math.round).join(',')} in ${width}×${height}`,
      });
      popover.hidePopover();
    }
  return out;
}
