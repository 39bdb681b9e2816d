import { describe, expect, test } from 'vitest';
import { readHours, writeHours } from '../../src/lib/self-test/hours';

describe('readHours', () => {
  test.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['  2,5 ', 2.5],
    ['16', 16],
    ['0', 0],
    ['0,5', 0.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['2,', 2],
    ['2.', 2],
    ['+3', 3],
    ['-2', -2],
    ['1 2', 12],
    ['2\u00a0,\u00a05', 2.5],
    ['007', 7],
    ['40,0', 40],
  ])('%j reads as %d', (typed, value) => {
    expect(readHours(typed)).toEqual({ kind: 'number', value });
  });

  test.each(['', ' ', '\u00a0', '\t'])('%j is empty', (typed) => {
    expect(readHours(typed)).toEqual({ kind: 'empty' });
  });

  test.each([
    'due',
    '2,5,1',
    '2.5.1',
    '1,000.5',
    '1e2',
    '2h',
    '2 ore',
    ',',
    '.',
    '--2',
    '2-',
    '½',
    'Infinity',
    'NaN',
    '0x10',
  ])('%j is unreadable, never a number', (typed) => {
    expect(readHours(typed)).toEqual({ kind: 'unreadable', text: typed.trim() });
  });
});

describe('writeHours', () => {
  test.each([
    [2.5, 'it', '2,5'],
    [2.5, 'en', '2.5'],
    [40, 'it', '40'],
    [1000, 'it', '1000'],
    [0.25, 'en', '0.25'],
  ])('%d in %s is %j, and reads back as itself', (value, lang, text) => {
    expect(writeHours(value, lang)).toBe(text);
    expect(readHours(text)).toEqual({ kind: 'number', value });
  });
});
