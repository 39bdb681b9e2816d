import { describe, expect, test } from 'vitest';
import {
  allocations,
  answerSlots,
  bandFor,
  isValidAnswer,
  missingQuestions,
  sanitizeAnswers,
  score,
} from '../../src/lib/self-test/scoring';
import { bands, hoursTest, scaleTest } from '../support/self-test-shapes';

describe('answer slots and validity', () => {
  test('one slot per statement, per matrix row, and per hour field', () => {
    expect(answerSlots(scaleTest).map((slot) => slot.key)).toEqual([
      'ascolto',
      'fretta',
      'misura.marketing',
      'misura.it',
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
    expect(missingQuestions(scaleTest, {})).toEqual(['ascolto', 'fretta', 'misura']);
    expect(missingQuestions(scaleTest, { fretta: 1, 'misura.marketing': 2 })).toEqual(['ascolto', 'misura']);
  });

  test('an hours question needs its week and at least one hour', () => {
    expect(missingQuestions(hoursTest, { 'ore.total': 40 })).toEqual(['ore']);
    expect(missingQuestions(hoursTest, { 'ore.total': 40, 'ore.riunioni': 0.5 })).toEqual([]);
    expect(missingQuestions(hoursTest, { 'ore.riunioni': 3 })).toEqual(['ore']);
  });
});

describe('score', () => {
  test.each([
    ['everything at the top', { ascolto: 4, fretta: 0, 'misura.marketing': 2, 'misura.it': 2 }, 100, 'Alto'],
    [
      'everything at the bottom',
      { ascolto: 0, fretta: 4, 'misura.marketing': 0, 'misura.it': 0 },
      0,
      'Basso',
    ],
    ['in the middle', { ascolto: 2, fretta: 2, 'misura.marketing': 1, 'misura.it': 1 }, 50, 'Medio'],
    ['on a band edge', { ascolto: 4, fretta: 4, 'misura.marketing': 1, 'misura.it': 0 }, 33, 'Basso'],
  ])('%s', (_name, answers, overall, band) => {
    const result = score(scaleTest, answers);
    expect(result?.overall).toBe(overall);
    expect(result?.band.title).toBe(band);
  });

  test('scores each dimension, counts reversed statements backwards and names the weakest', () => {
    const result = score(scaleTest, { ascolto: 3, fretta: 1, 'misura.marketing': 2, 'misura.it': 1 });
    expect(result?.dimensions.map((d) => [d.id, d.score])).toEqual([
      ['ascolto', 75],
      ['marketing', 100],
      ['it', 50],
    ]);
    expect(result?.weakest?.id).toBe('it');
    expect(result?.overall).toBe(75);
  });

  test('gives no result while a question is missing or an answer is impossible', () => {
    expect(score(scaleTest, { ascolto: 3, fretta: 1, 'misura.marketing': 2 })).toBeNull();
    expect(score(scaleTest, { ascolto: 7, fretta: 1, 'misura.marketing': 2, 'misura.it': 1 })).toBeNull();
  });

  test('the pendulum counts customer hours, internal ones at half, over the week', () => {
    const result = score(hoursTest, {
      'ore.total': 40,
      'ore.cliente': 10,
      'ore.interno': 8,
      'ore.riunioni': 20,
    });
    expect(result?.overall).toBe(35); // (10 + 8 × 0.5) / 40
    expect(result?.dimensions.map((d) => [d.id, d.hours, d.score])).toEqual([
      ['cliente', 10, 25],
      ['interno', 8, 20],
      ['org', 20, 50],
    ]);
    expect(result?.week).toEqual({ total: 40, assigned: 38, unassigned: 2 });
    expect(result?.weakest).toBeUndefined();
  });

  test.each([
    ['a whole week for the customer', { 'ore.total': 40, 'ore.cliente': 40 }, 100],
    ['no hour for the customer', { 'ore.total': 40, 'ore.riunioni': 40 }, 0],
    ['a longer week', { 'ore.total': 50, 'ore.cliente': 10 }, 20],
    ['half hours', { 'ore.total': 40, 'ore.cliente': 0.5 }, 1],
  ])('the pendulum with %s scores %i', (_name, answers, overall) => {
    expect(score(hoursTest, answers)?.overall).toBe(overall);
  });

  test('the pendulum gives no result when more hours are assigned than the week has', () => {
    const answers = { 'ore.total': 40, 'ore.cliente': 30, 'ore.riunioni': 20 };
    expect(allocations(hoursTest, answers)).toEqual([
      { question: 'ore', total: 40, assigned: 50, over: true },
    ]);
    expect(score(hoursTest, answers)).toBeNull();
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
