import { describe, expect, test } from 'vitest';
import { structureProblems, type TopNode } from '../../src/lib/essay-structure';

const retelling: TopNode = { component: 'Retelling', firstElement: 'h2' };
const commentary: TopNode = { component: 'Commentary', firstElement: 'h2' };
const selfTest: TopNode = { component: 'SelfTest', firstElement: undefined };

describe('structureProblems', () => {
  test.for([
    ['accepts a retelling, a commentary and a self-test', [retelling, commentary, selfTest], []],
    ['fails when the commentary is missing', [retelling, selfTest], ['0 <Commentary> parts']],
    ['fails when the retelling is missing', [commentary], ['0 <Retelling> parts']],
    ['fails when there are two commentaries', [retelling, commentary, commentary], ['2 <Commentary> parts']],
    ['fails when the commentary comes first', [commentary, retelling], ['comes before <Retelling>']],
    [
      'fails when the commentary does not open with a heading',
      [retelling, { component: 'Commentary', firstElement: 'p' }],
      ['must open with its own "## " heading'],
    ],
    [
      'fails when a paragraph stands outside both parts',
      [retelling, { component: undefined, firstElement: 'p' }, commentary],
      ['1 paragraph(s) or heading(s) stand outside'],
    ],
  ] as const)('%s', ([, nodes, expected]) => {
    const problems = structureProblems(nodes);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((fragment, index) => expect(problems[index]).toContain(fragment));
  });
});
