import { describe, expect, test } from 'vitest';
import { pathInEdition, positionsOf, type PathSteps } from '../../src/lib/reading-paths';

const paths: PathSteps[] = [
  { id: 'manager', steps: ['a', 'b', 'c'] },
  { id: 'service', steps: ['c', 'a'] },
];

describe('positionsOf', () => {
  test.for([
    [
      'the first step names the second as next',
      'a',
      [
        { id: 'manager', step: 1, total: 3, next: 'b' },
        { id: 'service', step: 2, total: 2, next: undefined },
      ],
    ],
    ['a middle step names the one after it', 'b', [{ id: 'manager', step: 2, total: 3, next: 'c' }]],
    [
      'the last step has no next, another path goes on',
      'c',
      [
        { id: 'manager', step: 3, total: 3, next: undefined },
        { id: 'service', step: 1, total: 2, next: 'a' },
      ],
    ],
    ['an essay in no path has no position', 'z', []],
  ] as const)('%s', ([, key, expected]) => {
    expect(positionsOf(paths, key)).toEqual(expected);
  });
});

describe('pathInEdition', () => {
  test.for([
    ['keeps a path whose essays are all published', ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['skips an unpublished essay and keeps the order', ['a', 'c'], ['a', 'c']],
    ['drops a path left with one essay', ['b'], undefined],
  ] as const)('%s', ([, published, steps]) => {
    const result = pathInEdition(paths[0]!, new Set(published));
    expect(result?.steps).toEqual(steps);
  });
});
