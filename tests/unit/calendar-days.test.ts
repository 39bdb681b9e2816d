import { describe, expect, test } from 'vitest';
import { findImpossibleDays, isCalendarDay } from '../../src/lib/calendar-days';

describe('isCalendarDay', () => {
  test.each([
    [2026, 11, 22, true],
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 13, 1, false],
    [2026, 0, 10, false],
    [2026, 1, 0, false],
  ])('%i-%i-%i exists: %s', (year, month, day, expected) => {
    expect(isCalendarDay(year, month, day)).toBe(expected);
  });
});

describe('findImpossibleDays', () => {
  test('passes real days, quoted or not', () => {
    expect(findImpossibleDays("publishedAt: 2026-11-22\nupdatedAt: '2026-12-01'\n")).toEqual([]);
  });

  test('fails when a month or day does not exist, naming field and line', () => {
    expect(
      findImpossibleDays('title: x\npublishedAt: 2026-13-45\nupdatedAt: "2026-02-30" # comment\n'),
    ).toEqual([
      { field: 'publishedAt', value: '2026-13-45', line: 2 },
      { field: 'updatedAt', value: '2026-02-30', line: 3 },
    ]);
  });

  test('ignores dates inside text and nested lines', () => {
    expect(
      findImpossibleDays('description: Scritto il 2026-13-45 per prova\n  nested: 2026-13-45\n'),
    ).toEqual([]);
  });
});
