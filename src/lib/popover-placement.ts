/** A box in viewport coordinates. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where a popover goes next to its anchor, in viewport coordinates: below it when it fits there,
 * above it only when it fits there and not below, otherwise where it is least cut; always clamped
 * inside the viewport (`edge` pixels from each side). Pure, so each case is tested (see
 * tests/unit/popover-placement.test.ts); src/client/term-popovers.ts applies it.
 */
export function placePopover(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
  { gap = 6, edge = 8 } = {},
): { top: number; left: number } {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - popover.height;
  const lowest = viewport.height - edge - popover.height;
  let top: number;
  if (below <= lowest) top = below;
  else if (above >= edge) top = above;
  else top = below;
  top = Math.max(edge, Math.min(top, lowest));
  const left = Math.max(edge, Math.min(anchor.left, viewport.width - edge - popover.width));
  return { top: Math.round(top), left: Math.round(left) };
}
