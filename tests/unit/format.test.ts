import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/format';

describe('formatDate', () => {
  test.each([
    ['2026-11-22', '22 novembre 2026'],
    ['2026-01-01', '1 gennaio 2026'],
    ['2025-12-31', '31 dicembre 2025'],
  ])('%s reads "%s" in Italian', (day, expected) => {
    expect(formatDate(new Date(day), 'it-IT')).toBe(expected);
  });

  test('keeps the calendar day whatever the time zone of the machine', () => {
    // A content date is UTC midnight: west of Greenwich a local format would show the day before.
    expect(isoDay(new Date('2026-03-01'))).toBe('2026-03-01');
    expect(formatDate(new Date('2026-03-01'), 'it-IT')).toBe('1 marzo 2026');
  });
});
