import { describe, expect, test } from 'vitest';
import { placePopover } from '../../src/lib/popover-placement';

const viewport = { width: 400, height: 600 };
const popover = { width: 300, height: 100 };
const at = (top: number, left = 20) => ({ top, left, width: 20, height: 20 });

describe('placePopover', () => {
  test.each([
    ['room below: below the term', at(100), { top: 126, left: 20 }],
    ['term at the very top of the window: still below', at(0), { top: 26, left: 20 }],
    ['no room below, room above: above', at(520), { top: 414, left: 20 }],
    ['term above the window (scrolled past): clamped to the top edge', at(-50), { top: 8, left: 20 }],
    ['term near the right edge: moved left to fit', at(100, 380), { top: 126, left: 92 }],
    ['term off the left edge: clamped', at(100, -30), { top: 126, left: 8 }],
  ])('%s', (_name, anchor, expected) => {
    expect(placePopover(anchor, popover, viewport)).toEqual(expected);
  });

  test('room neither below nor above: inside the window, as close below as it fits', () => {
    const tall = { width: 300, height: 400 };
    expect(placePopover(at(250), tall, viewport)).toEqual({ top: 192, left: 20 });
  });

  test('taller than the window: from the top edge', () => {
    expect(placePopover(at(250), { width: 300, height: 900 }, viewport).top).toBe(8);
  });
});
