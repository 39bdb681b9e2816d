import { describe, expect, test } from 'vitest';
import {
  allowedEdits,
  closestWord,
  closestWords,
  editDistance,
  type KnownWord,
} from '../../src/lib/search/spelling';

const known = (...entries: [string, number][]): KnownWord[] =>
  entries.map(([key, pages]) => ({ key, pages }));

describe('editDistance', () => {
  test.each([
    ['is 0 for the same word', 'fiducia', 'fiducia', 0],
    ['counts one substitution', 'fiducia', 'fiducio', 1],
    ['counts one insertion', 'cliente', 'clienti', 1],
    ['counts one deletion', 'cliente', 'clente', 1],
    ['counts a swap of two neighbouring letters as one edit', 'trsut', 'trust', 1],
    ['counts a swap at the start as one edit', 'ab', 'ba', 1],
    ['counts a swap at the end as one edit', 'fiducai', 'fiducia', 1],
    ['counts two separate swaps as two edits', 'rtsut', 'trust', 2],
    ['counts two substitutions that are not neighbours swapped as two', 'costumer', 'customer', 2],
    ['gives the classic kitten → sitting distance', 'kitten', 'sitting', 3],
    ['counts every letter against an empty word', '', 'abc', 3],
    ['counts every letter of a word against an empty one', 'abc', '', 3],
    ['is 0 for two empty words', '', '', 0],
    ['compares letters as they are (accents are for fold to remove)', 'fedelta', 'fedeltà', 1],
  ])('%s: %s ↔ %s = %i', (_name, a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  test.each([
    ['lengths too far apart', 'abc', 'abcdef', 1, 2],
    ['lengths too far apart, with limit 0', 'abc', 'abcd', 0, 1],
    ['every letter different', 'abcdef', 'uvwxyz', 2, 3],
    ['more edits than allowed', 'kitten', 'sitting', 2, 3],
    ['limit 0 and one substitution', 'fiducia', 'fiducio', 0, 1],
  ])('gives limit + 1 as soon as the distance exceeds the limit (%s)', (_name, a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });

  test.each([
    ['kitten', 'sitting', 3],
    ['trsut', 'trust', 1],
    ['fiducia', 'fiducia', 0],
    ['costumer', 'customer', 2],
  ])('gives the exact distance when it is within the limit: %s ↔ %s', (a, b, limit) => {
    expect(editDistance(a, b, limit)).toBe(editDistance(a, b));
    expect(editDistance(a, b, limit + 5)).toBe(editDistance(a, b));
  });
});

describe('allowedEdits', () => {
  test.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 1],
    [5, 1],
    [6, 2],
    [9, 2],
    [20, 2],
  ])('allows a word of %i letters %i edits', (length, expected) => {
    expect(allowedEdits(length)).toBe(expected);
  });
});

describe('closestWords', () => {
  test.each([
    ['corrects a word one swap away', 'fiducai', known(['fiducia', 3], ['cliente', 5]), ['fiducia']],
    ['corrects a missing letter', 'clinte', known(['cliente', 5], ['tempo', 4]), ['cliente']],
    [
      'keeps only the words at the fewest edits, however common the farther ones',
      'misurs',
      known(['musura', 50], ['misura', 1], ['misure', 2]),
      ['misure', 'misura'],
    ],
    [
      'puts the word on more pages first among equally close ones',
      'costumer',
      known(['consumer', 2], ['customer', 9]),
      ['customer', 'consumer'],
    ],
    [
      'puts the word that keeps the first letter first when pages are equal',
      'bata',
      known(['data', 3], ['bara', 3]),
      ['bara', 'data'],
    ],
    [
      'orders by the alphabet when pages and first letter are equal',
      'bata',
      known(['bara', 3], ['bala', 3]),
      ['bala', 'bara'],
    ],
    [
      'prefers more pages over keeping the first letter',
      'bata',
      known(['bara', 1], ['data', 4]),
      ['data', 'bara'],
    ],
    ['finds nothing when the word is itself known', 'fiducia', known(['fiducie', 9], ['fiducia', 1]), []],
    ['never corrects a word shorter than 4 letters', 'cas', known(['casa', 9], ['cast', 3]), []],
    ['finds nothing beyond one edit for a 5-letter word', 'tmepa', known(['tempo', 9]), []],
    ['allows two edits from 6 letters', 'flducai', known(['fiducia', 1]), ['fiducia']],
    ['finds nothing beyond two edits', 'fxdxcxa', known(['fiducia', 1]), []],
    ['finds nothing in an empty vocabulary', 'fiducai', [], []],
  ])('%s', (_name, word, list, expected) => {
    expect(closestWords(word, list).map((entry) => entry.key)).toEqual(expected);
  });

  test('returns the known entries themselves, with their page counts', () => {
    const list = known(['customer', 9], ['consumer', 2]);
    expect(closestWords('costumer', list)).toEqual([list[0], list[1]]);
  });

  test('reads any iterable of known words', () => {
    const list = new Set(known(['fiducia', 3]));
    expect(closestWords('fiducai', list).map((entry) => entry.key)).toEqual(['fiducia']);
  });
});

describe('closestWord', () => {
  test.each([
    ['gives the first of the closest words', 'costumer', known(['consumer', 2], ['customer', 9]), 'customer'],
    ['gives nothing when no word is close enough', 'zzzzzz', known(['customer', 9]), undefined],
    ['gives nothing for a known word', 'customer', known(['customer', 9]), undefined],
  ])('%s', (_name, word, list, expected) => {
    expect(closestWord(word, list)?.key).toBe(expected);
  });
});
