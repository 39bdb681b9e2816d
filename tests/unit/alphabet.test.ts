import { describe, expect, test } from 'vitest';
import { groupByLetter, indexLetter } from '../../src/lib/alphabet';

describe('indexLetter', () => {
  test.each([
    ['Fiducia', 'F'],
    ['esperienza d’acquisto', 'E'],
    ['Èra del cliente', 'E'],
    ['  b2b', 'B'],
    ['40 ore', '#'],
    ['', '#'],
  ])('%s is filed under %s', (text, letter) => {
    expect(indexLetter(text)).toBe(letter);
  });
});

describe('groupByLetter', () => {
  test('groups by letter, letters in order, others last', () => {
    expect(groupByLetter(['Fiducia', 'B2B', '40 ore', 'B2C', 'Consulenza'], (x) => x)).toEqual([
      ['B', ['B2B', 'B2C']],
      ['C', ['Consulenza']],
      ['F', ['Fiducia']],
      ['#', ['40 ore']],
    ]);
  });
});
