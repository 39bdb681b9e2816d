import { describe, expect, test } from 'vitest';
import {
  essaysByAuthor,
  essaysWithTopic,
  sortEssays,
  visibleEssays,
  type ListedEssay,
} from '../../src/lib/essays';

const essay = (id: string, day: string, extra: Partial<ListedEssay['data']> = {}): ListedEssay => ({
  id,
  data: {
    title: id,
    publishedAt: new Date(day),
    draft: false,
    topics: [{ id: 'fiducia' }],
    author: { id: 'rudy-bandiera' },
    ...extra,
  },
});

describe('visibleEssays', () => {
  const all = [essay('a', '2026-01-01'), essay('bozza', '2026-01-02', { draft: true })];
  test('drops drafts from a production build', () => {
    expect(visibleEssays(all, false).map((e) => e.id)).toEqual(['a']);
  });
  test('keeps drafts in development', () => {
    expect(visibleEssays(all, true).map((e) => e.id)).toEqual(['a', 'bozza']);
  });
});

describe('sortEssays', () => {
  test.each([
    ['newest first', [essay('old', '2025-01-01'), essay('new', '2026-01-01')], ['new', 'old']],
    [
      'same day by title, Italian order',
      [essay('zeta', '2026-01-01'), essay('àncora', '2026-01-01'), essay('beta', '2026-01-01')],
      ['àncora', 'beta', 'zeta'],
    ],
    ['empty', [], []],
  ])('%s', (_name, input, expected) => {
    expect(sortEssays(input, 'it').map((e) => e.id)).toEqual(expected);
  });

  test('does not reorder the list it is given', () => {
    const input = [essay('old', '2025-01-01'), essay('new', '2026-01-01')];
    sortEssays(input, 'it');
    expect(input.map((e) => e.id)).toEqual(['old', 'new']);
  });
});

describe('grouping', () => {
  const all = [
    essay('a', '2026-01-01', { topics: [{ id: 'fiducia' }, { id: 'digitale' }] }),
    essay('b', '2026-02-01', { topics: [{ id: 'digitale' }], author: { id: 'mario-sala' } }),
  ];
  test.each([
    ['fiducia', ['a']],
    ['digitale', ['b', 'a']],
    ['sconosciuto', []],
  ])('essays with topic %s', (topic, expected) => {
    expect(essaysWithTopic(all, topic, 'it').map((e) => e.id)).toEqual(expected);
  });
  test('essays by author', () => {
    expect(essaysByAuthor(all, 'mario-sala', 'it').map((e) => e.id)).toEqual(['b']);
  });
});
