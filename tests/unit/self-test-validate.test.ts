import { describe, expect, test } from 'vitest';
import type { TestShape } from '../../src/lib/self-test/types';
import { definitionProblems } from '../../src/lib/self-test/validate';
import { accordo, bands, hoursTest, pratica, scaleTest } from '../support/self-test-shapes';

describe('definitionProblems', () => {
  test('a sound definition has none', () => {
    expect(definitionProblems(scaleTest)).toEqual([]);
    expect(definitionProblems(hoursTest)).toEqual([]);
  });

  test.each([
    [
      'fails when bands overlap',
      { bands: [bands[0]!, { ...bands[1]!, min: 35 }, bands[2]!] },
      'overlap: start "Medio" at 40',
    ],
    [
      'fails when bands leave a gap',
      { bands: [bands[0]!, { ...bands[1]!, min: 45 }, bands[2]!] },
      'scores 40–44 have no band',
    ],
    [
      'fails when the bands do not start at 0',
      { bands: [{ ...bands[0]!, min: 5 }, bands[1]!, bands[2]!] },
      'scores 0–4 have no band',
    ],
    [
      'fails when the bands stop before 100',
      { bands: [bands[0]!, bands[1]!, { ...bands[2]!, max: 90 }] },
      'scores 91–100 have no band',
    ],
    [
      'fails when a band ends before it starts',
      { bands: [bands[0]!, { ...bands[1]!, max: 30 }, { ...bands[2]!, min: 31 }] },
      'min must not be above max',
    ],
    [
      'fails when a scale has fewer than two options',
      { scales: { ...scaleTest.scales, accordo: [accordo[0]!] } },
      'scale "accordo" has 1 option(s)',
    ],
    [
      'fails when two options share a value',
      { scales: { ...scaleTest.scales, accordo: [accordo[0]!, accordo[0]!] } },
      'the same value',
    ],
    [
      'fails when a dimension has no question',
      { dimensions: [...scaleTest.dimensions, { ...scaleTest.dimensions[0]!, id: 'vuota' }] },
      'dimension "vuota" has no question',
    ],
    ['fails when an hours test has scale questions', { scoring: 'hours' as const }, 'exactly one allocation'],
    [
      'fails when a mean band has no range',
      { bands: [bands[0]!, { ...bands[1]!, min: undefined }, bands[2]!] },
      'band "Medio" needs min and max',
    ],
    [
      'fails when two bands share an id',
      { bands: [bands[0]!, { ...bands[1]!, id: 'basso' }, bands[2]!] },
      'band id "basso" is used twice',
    ],
    [
      'fails when a scale has two "Non so"',
      { scales: { ...scaleTest.scales, pratica: [...pratica, pratica[3]!] } },
      'more than one dontKnow option',
    ],
    [
      'fails when every dimension is about the organisation',
      { dimensions: scaleTest.dimensions.map((d) => ({ ...d, about: 'organisation' as const })) },
      'at least one must be about the reader',
    ],
  ])('%s', (_name, change, expected) => {
    const messages = definitionProblems({ ...scaleTest, ...change }).map((problem) => problem.message);
    expect(messages.join('\n')).toContain(expected);
  });

  const hoursBands = hoursTest.bands;
  test.each([
    [
      'a dimension without its band',
      { bands: hoursBands.filter((band) => band.id !== 'colleghi') },
      'no band has majority "interno"',
    ],
    [
      'no band without majority',
      { bands: hoursBands.filter((band) => band.id !== 'oscilla') },
      'no band without majority',
    ],
    [
      'two bands without majority',
      { bands: [...hoursBands, { ...hoursBands[1]!, id: 'altra' }] },
      'two bands have no majority',
    ],
    [
      'two bands for one dimension',
      { bands: [...hoursBands, { ...hoursBands[0]!, id: 'altra' }] },
      'two bands have majority "org"',
    ],
    [
      'an unknown majority',
      { bands: [...hoursBands, { ...hoursBands[0]!, id: 'altra', majority: 'boh' }] },
      'majority "boh" is not in dimensions',
    ],
    [
      'min and max on an hours band',
      { bands: [...hoursBands.slice(1), { ...hoursBands[0]!, min: 0, max: 100 }] },
      'min and max are for mean tests',
    ],
    ['scale scoring on hours', { scoring: 'mean' as const }, 'hours questions need scoring: hours'],
  ])('an hours test fails with %s', (_name, change, expected) => {
    const messages = definitionProblems({ ...hoursTest, ...change }).map((problem) => problem.message);
    expect(messages.join('\n')).toContain(expected);
  });

  test('fails when a question names an unknown scale or dimension, or repeats an id', () => {
    const group = scaleTest.groups[0]!;
    const broken: TestShape = {
      ...scaleTest,
      groups: [
        {
          ...group,
          questions: [
            ...group.questions,
            {
              id: 'ascolto',
              kind: 'frequency',
              text: 't',
              scale: 'nessuna',
              dimension: 'boh',
              reverse: false,
            },
          ],
        },
      ],
    };
    const messages = definitionProblems(broken)
      .map((problem) => `${problem.path.join('.')}: ${problem.message}`)
      .join('\n');
    expect(messages).toContain('groups.0.questions.4.id: question id "ascolto" is used twice');
    expect(messages).toContain('groups.0.questions.4.scale: scale "nessuna" is not defined');
    expect(messages).toContain('groups.0.questions.4.dimension: dimension "boh" is not in dimensions');
  });
});
