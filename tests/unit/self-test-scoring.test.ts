import { describe, expect, test } from 'vitest';
import {
  allocations,
  answerSlots,
  isValidAnswer,
  missingQuestions,
  sanitizeAnswers,
} from '../../src/lib/self-test/scoring';
import { bandFor, evaluate, levelOf } from '../../src/lib/self-test/evaluate';
import { DONT_KNOW } from '../../src/lib/self-test/types';
import { bands, grade, gradeTest, hoursTest, scaleTest, week } from '../support/self-test-shapes';

describe('answer slots and validity', () => {
  test('one slot per statement, per matrix row, and per hour field', () => {
    expect(answerSlots(scaleTest).map((slot) => slot.key)).toEqual([
      'ascolto',
      'fretta',
      'misura.marketing',
      'misura.it',
      'riunioni',
    ]);
    expect(answerSlots(hoursTest).map((slot) => slot.key)).toEqual([
      'ore.total',
      'ore.cliente',
      'ore.interno',
      'ore.riunioni',
    ]);
  });

  const [choice] = answerSlots(scaleTest);
  const [total, hours] = answerSlots(hoursTest);
  test.each([
    [choice, 0, true],
    [choice, 4, true],
    [choice, 5, false],
    [choice, 2.5, false],
    [choice, '2', false],
    [choice, NaN, false],
    [choice, DONT_KNOW, false],
    [answerSlots(scaleTest)[2], DONT_KNOW, true],
    [answerSlots(scaleTest)[2], 3, false],
    [hours, 0, true],
    [hours, 2.5, true],
    [hours, 2.25, false],
    [hours, -1, false],
    [hours, 80, true],
    [hours, 80.5, false],
    [hours, Infinity, false],
    [total, 0, false],
    [total, 0.5, true],
  ])('%j accepts %s: %s', (slot, value, valid) => {
    expect(isValidAnswer(slot!, value)).toBe(valid);
  });

  test('sanitizing drops unknown keys, impossible values and non-objects', () => {
    expect(sanitizeAnswers(scaleTest, { ascolto: 4, fretta: 9, intruso: 1, 'misura.it': '2' })).toEqual({
      ascolto: 4,
    });
    expect(sanitizeAnswers(scaleTest, null)).toEqual({});
    expect(sanitizeAnswers(scaleTest, 'ciao')).toEqual({});
  });
});

describe('missingQuestions', () => {
  test('lists unanswered questions in order, a matrix until every row is answered', () => {
    expect(missingQuestions(scaleTest, {})).toEqual(['ascolto', 'fretta', 'misura', 'riunioni']);
    expect(missingQuestions(scaleTest, { fretta: 1, 'misura.marketing': 2 })).toEqual([
      'ascolto',
      'misura',
      'riunioni',
    ]);
  });

  test('an hours question needs its week and at least one hour', () => {
    expect(missingQuestions(hoursTest, { 'ore.total': 40 })).toEqual(['ore']);
    expect(missingQuestions(hoursTest, { 'ore.total': 40, 'ore.riunioni': 0.5 })).toEqual([]);
    expect(missingQuestions(hoursTest, { 'ore.riunioni': 3 })).toEqual(['ore']);
  });
});

describe('evaluate: mean tests', () => {
  test.each([
    [0, 'Basso', 'low'],
    [39, 'Basso', 'low'],
    [40, 'Medio', 'middle'],
    [69, 'Medio', 'middle'],
    [70, 'Alto', 'high'],
    [100, 'Alto', 'high'],
  ])('a score of %i is in band %s, and its dimension is %s', (score, band, level) => {
    const evaluation = evaluate(gradeTest, grade(score));
    if (evaluation.status !== 'result') throw new Error(evaluation.status);
    expect(evaluation.result.overall).toBe(score);
    expect(evaluation.result.band.title).toBe(band);
    expect(evaluation.result.dimensions[0]).toMatchObject({ score, level, answered: 10, dontKnow: 0 });
  });

  test('scores each dimension, counts reversed statements backwards, leaves the organisation out of the overall', () => {
    const evaluation = evaluate(scaleTest, {
      ascolto: 3,
      fretta: 1,
      'misura.marketing': 2,
      'misura.it': 1,
      riunioni: 0,
    });
    if (evaluation.status !== 'result') throw new Error(evaluation.status);
    expect(evaluation.result.dimensions.map((d) => [d.id, d.about, d.score, d.level])).toEqual([
      ['ascolto', 'self', 75, 'high'],
      ['marketing', 'self', 100, 'high'],
      ['it', 'self', 50, 'middle'],
      ['voce', 'organisation', 0, 'low'],
    ]);
    expect(evaluation.result).toMatchObject({ overall: 75, answered: 5, dontKnow: 0, total: 5 });
  });

  test('"Non so" counts as answered, stays out of the score, and a dimension with only "Non so" has none', () => {
    const answers = {
      ascolto: 4,
      fretta: 0,
      'misura.marketing': DONT_KNOW,
      'misura.it': 0,
      riunioni: DONT_KNOW,
    };
    expect(missingQuestions(scaleTest, answers)).toEqual([]);
    const evaluation = evaluate(scaleTest, answers);
    if (evaluation.status !== 'result') throw new Error(evaluation.status);
    expect(evaluation.result.dimensions.map((d) => [d.id, d.score, d.level, d.answered, d.dontKnow])).toEqual(
      [
        ['ascolto', 100, 'high', 2, 0],
        ['marketing', undefined, undefined, 0, 1],
        ['it', 0, 'low', 1, 0],
        ['voce', undefined, undefined, 0, 1],
      ],
    );
    expect(evaluation.result).toMatchObject({ overall: 50, answered: 3, dontKnow: 2, total: 5 });
  });

  test.each([
    [
      'fewer real answers than half of the slots',
      { 'misura.marketing': DONT_KNOW, 'misura.it': DONT_KNOW, riunioni: DONT_KNOW },
    ],
  ])('withholds the result with %s', (_name, unknown) => {
    expect(evaluate(scaleTest, { ascolto: 4, fretta: 0, ...unknown })).toEqual({
      status: 'withheld',
      reason: 'dont-know',
      answered: 2,
      needed: 3,
      total: 5,
    });
  });

  test('withholds the result when no dimension about the reader has a real answer', () => {
    const only = {
      ...scaleTest,
      dimensions: scaleTest.dimensions.map((d) =>
        d.id === 'ascolto' ? d : { ...d, about: 'organisation' as const },
      ),
    };
    const answers = { ascolto: 4, fretta: 0, 'misura.marketing': 1, 'misura.it': 1, riunioni: 1 };
    expect(evaluate(only, answers).status).toBe('result');
    const shifted = {
      ...scaleTest,
      dimensions: scaleTest.dimensions.map((d) => ({
        ...d,
        about: d.id === 'it' ? ('self' as const) : ('organisation' as const),
      })),
    };
    expect(evaluate(shifted, { ...answers, 'misura.it': DONT_KNOW })).toMatchObject({
      status: 'withheld',
      reason: 'dont-know',
    });
  });

  test('lists the missing questions, never a made-up result, and drops impossible answers', () => {
    expect(evaluate(scaleTest, { ascolto: 3, fretta: 1, 'misura.marketing': 2 })).toEqual({
      status: 'missing',
      questions: ['misura', 'riunioni'],
    });
    expect(
      evaluate(scaleTest, { ascolto: 7, fretta: 1, 'misura.marketing': 2, 'misura.it': 1, riunioni: 1 }),
    ).toEqual({
      status: 'missing',
      questions: ['ascolto'],
    });
    expect(evaluate(gradeTest, { ...grade(50), q0: DONT_KNOW }).status).toBe('missing');
  });

  test('bandFor finds the band of a score, edges included', () => {
    expect([0, 39, 40, 69, 70, 100].map((value) => bandFor(bands, value)?.title)).toEqual([
      'Basso',
      'Basso',
      'Medio',
      'Medio',
      'Alto',
      'Alto',
    ]);
  });
});

describe('evaluate: hours tests', () => {
  const shares = (answers: Record<string, number>) => {
    const evaluation = evaluate(hoursTest, answers);
    if (evaluation.status !== 'result') return evaluation;
    const { band, dimensions, week } = evaluation.result;
    return { band: band.id, shares: dimensions.map((d) => `${d.share}% ${d.level}`), week };
  };

  test.each([
    ['half and half (no majority)', week(40, 20, 0, 20), 'oscilla', ['50% high', '0% low', '50% high'], 50],
    [
      'just over half for the customer',
      week(40, 20.5, 0, 19.5),
      'cliente',
      ['51% high', '0% low', '48% middle'],
      51,
    ],
    [
      'just over half for colleagues',
      week(40, 0, 20.5, 19.5),
      'colleghi',
      ['0% low', '51% high', '48% middle'],
      51,
    ],
    [
      'just over half for the organisation',
      week(40, 10, 9.5, 20.5),
      'org',
      ['25% middle', '23% low', '51% high'],
      48,
    ],
    ['all hours for the customer', week(40, 40, 0, 0), 'cliente', ['100% high', '0% low', '0% low'], 100],
    ['all hours for the organisation', week(40, 0, 0, 40), 'org', ['0% low', '0% low', '100% high'], 0],
    ['three even thirds', week(30, 10, 10, 10), 'oscilla', ['33% middle', '33% middle', '33% middle'], 66],
  ])('%s', (_name, answers, band, expected, customer) => {
    expect(shares(answers)).toMatchObject({ band, shares: expected, week: { customer } });
  });

  test('shares are of the assigned hours, and the unassigned ones are reported', () => {
    expect(shares(week(40, 17, 0, 17))).toEqual({
      band: 'oscilla',
      shares: ['50% high', '0% low', '50% high'],
      week: { total: 40, assigned: 34, unassigned: 6, customer: 50 },
    });
  });

  test.each([
    ['nothing assigned', week(40, 0, 0, 0), { status: 'missing', questions: ['ore'] }],
    [
      'more assigned than worked',
      week(40, 30, 0, 20),
      { status: 'withheld', reason: 'hours-over', assigned: 50, total: 40 },
    ],
    [
      'fewer than half assigned',
      week(40, 19.5, 0, 0),
      { status: 'withheld', reason: 'hours-few', assigned: 19.5, needed: 20, total: 40 },
    ],
    ['exactly half assigned', week(40, 20, 0, 0), { status: 'result' }],
  ])('%s', (_name, answers, expected) => {
    expect(evaluate(hoursTest, answers)).toMatchObject(expected);
  });

  test('allocations report the week and whether it is over', () => {
    expect(allocations(hoursTest, week(40, 30, 0, 20))).toEqual([
      { question: 'ore', total: 40, assigned: 50, over: true },
    ]);
  });
});

describe('levels', () => {
  test.each([
    ['mean', 39, 'low'],
    ['mean', 40, 'middle'],
    ['mean', 69, 'middle'],
    ['mean', 70, 'high'],
    ['hours', 24, 'low'],
    ['hours', 25, 'middle'],
    ['hours', 49, 'middle'],
    ['hours', 50, 'high'],
  ] as const)('%s %i is %s', (scoring, value, level) => {
    expect(levelOf(scoring, value)).toBe(level);
  });
});
