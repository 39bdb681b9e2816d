import { describe, expect, test } from 'vitest';
import { isSearchShortcut, type KeyPress } from '../../src/lib/search-keys';

describe('isSearchShortcut', () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    inField: false,
    ...extra,
  });
  test.each([
    ['Ctrl+K', press('k', { ctrlKey: true }), true],
    ['Cmd+K', press('k', { metaKey: true }), true],
    ['Ctrl+Shift+K (capital)', press('K', { ctrlKey: true }), true],
    ['slash', press('/'), true],
    ['plain k', press('k'), false],
    ['Ctrl+/', press('/', { ctrlKey: true }), false],
    ['Alt+K', press('k', { ctrlKey: true, altKey: true }), false],
    ['slash while typing', press('/', { inField: true }), false],
    ['Ctrl+K while typing', press('k', { ctrlKey: true, inField: true }), false],
    ['Escape', press('Escape'), false],
  ])('%s → %s', (_name, keyPress, expected) => {
    expect(isSearchShortcut(keyPress)).toBe(expected);
  });
});
