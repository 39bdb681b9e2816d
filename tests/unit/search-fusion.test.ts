import { describe, expect, test } from 'vitest';
import { fuse, type RankedList } from '../../src/lib/search/fusion';

const list = (items: string[], weight = 1): RankedList<string> => ({ items, weight });
const same = (id: string) => id;

describe('fuse', () => {
  test.each([
    ['gives nothing for no lists', [], []],
    ['gives nothing for empty lists', [list([]), list([], 0.5)], []],
    ['keeps the order of a single list', [list(['a', 'b', 'c'])], ['a', 'b', 'c']],
    [
      'puts a page found by two lists before the top page of one',
      [list(['a', 'b']), list(['b'])],
      ['b', 'a'],
    ],
    [
      'adds the reciprocal ranks: third in one list and first in another beats first in one',
      [list(['a', 'b', 'c']), list(['c'])],
      ['c', 'a', 'b'],
    ],
    [
      'sums the ranks: first and fourth beats second and third',
      [list(['a', 'b', 'c', 'd']), list(['d', 'c'])],
      ['d', 'c', 'a', 'b'],
    ],
    ['lets a heavier list lead', [list(['a'], 0.5), list(['b'], 1)], ['b', 'a']],
    ['lets a lighter list follow', [list(['a'], 1), list(['b'], 0.5)], ['a', 'b']],
    [
      'lets the first of a heavy list beat the first of two light ones',
      [list(['a'], 1), list(['b'], 0.25), list(['b'], 0.25)],
      ['a', 'b'],
    ],
    [
      'lets a page in two light lists beat the second of a heavy one',
      [list(['a', 'b'], 1), list(['c'], 0.6), list(['c'], 0.6)],
      ['c', 'a', 'b'],
    ],
    ['keeps the order of the lists on a tie', [list(['a']), list(['b'])], ['a', 'b']],
    ['keeps the order of the lists on a tie, whichever comes first', [list(['b']), list(['a'])], ['b', 'a']],
    [
      'keeps the order in which pages were first seen on a tie across lists',
      [list(['a', 'b']), list(['c', 'd'])],
      ['a', 'c', 'b', 'd'],
    ],
    [
      'gives each page once, however many lists found it',
      [list(['a', 'b']), list(['b', 'a']), list(['a'])],
      ['a', 'b'],
    ],
    ['keeps the pages of a list of weight 0, last', [list(['a'], 0), list(['b'])], ['b', 'a']],
  ])('%s', (_name, lists, expected) => {
    expect(fuse(lists, same)).toEqual(expected);
  });

  test('gives a page found by several lists once, by its key, as the first list gave it', () => {
    const first = { id: 'p1', from: 'typed' };
    const again = { id: 'p1', from: 'synonym' };
    const other = { id: 'p2', from: 'synonym' };
    const merged = fuse(
      [
        { items: [first], weight: 1 },
        { items: [other, again], weight: 0.7 },
      ],
      (page) => page.id,
    );
    expect(merged).toEqual([first, other]);
    expect(merged[0]).toBe(first);
  });

  test('does not change the lists it is given', () => {
    const items = ['b', 'a'];
    fuse([list(items), list(['a'])], same);
    expect(items).toEqual(['b', 'a']);
  });
});
