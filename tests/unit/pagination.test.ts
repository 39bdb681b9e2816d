import { describe, expect, test } from 'vitest';
import { pageWindow, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  test.each([
    ['an empty list is one empty page', 0, 24, [0]],
    ['a short list is one page', 5, 24, [5]],
    ['an exact multiple fills every page', 48, 24, [24, 24]],
    ['the last page holds the rest', 50, 24, [24, 24, 2]],
  ])('%s', (_name, length, size, sizes) => {
    const pages = paginate(
      Array.from({ length }, (_, i) => i),
      size,
    );
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.number)).toEqual(sizes.map((_, i) => i + 1));
    expect(pages.every((page) => page.count === sizes.length)).toBe(true);
  });

  test('keeps the order and loses nothing', () => {
    const items = Array.from({ length: 61 }, (_, i) => i);
    expect(paginate(items, 10).flatMap((page) => page.items)).toEqual(items);
  });

  test('fails on a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow('page size must be a positive integer');
  });
});

describe('pageWindow', () => {
  test.each([
    ['one page', 1, 1, [1]],
    ['few pages show them all', 2, 3, [1, 2, 3]],
    ['the start', 1, 10, [1, 2, null, 10]],
    ['the middle', 5, 10, [1, null, 4, 5, 6, null, 10]],
    ['the end', 10, 10, [1, null, 9, 10]],
    ['a gap of one number shows the number', 4, 10, [1, 2, 3, 4, 5, null, 10]],
  ])('%s: page %s of %s', (_name, current, count, expected) => {
    expect(pageWindow(current, count)).toEqual(expected);
  });
});
