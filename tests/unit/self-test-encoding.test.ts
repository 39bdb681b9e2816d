import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers, fingerprint } from '../../src/lib/self-test/encoding';
import type { TestShape } from '../../src/lib/self-test/types';
import { hoursTest, scaleTest } from '../support/self-test-shapes';

describe('share codes', () => {
  const answers = { ascolto: 3, fretta: 1, 'misura.marketing': 2, 'misura.it': 0 };

  test('answers survive a round trip, unanswered slots included', () => {
    expect(decodeAnswers(scaleTest, encodeAnswers(scaleTest, answers))).toEqual(answers);
    expect(decodeAnswers(scaleTest, encodeAnswers(scaleTest, { fretta: 1 }))).toEqual({ fretta: 1 });
    const week = { 'ore.total': 37.5, 'ore.cliente': 2.5, 'ore.riunioni': 10 };
    expect(decodeAnswers(hoursTest, encodeAnswers(hoursTest, week))).toEqual(week);
  });

  test('the code is short and says nothing but the answers', () => {
    expect(encodeAnswers(scaleTest, answers)).toMatch(/^v1-[0-9a-z]+-3_1_2_0$/);
  });

  test.each([
    ['another test', () => encodeAnswers(hoursTest, { 'ore.total': 40 })],
    ['a changed fingerprint', () => encodeAnswers(scaleTest, answers).replace(/^v1-[0-9a-z]+/, 'v1-zzz')],
    ['an impossible value', () => `v1-${fingerprint(scaleTest)}-9_1_2_0`],
    ['too few values', () => `v1-${fingerprint(scaleTest)}-3_1_2`],
    ['a negative number', () => `v1-${fingerprint(scaleTest)}--1_1_2_0`],
    ['another version', () => `v2-${fingerprint(scaleTest)}-3_1_2_0`],
    ['garbage', () => '<script>'],
    ['an empty string', () => ''],
  ])('refuses %s', (_name, code) => {
    expect(decodeAnswers(scaleTest, code())).toBeNull();
  });

  test('the fingerprint changes when the questions change', () => {
    const changed: TestShape = {
      ...scaleTest,
      scales: { ...scaleTest.scales, pratica: [0, 1, 2, 3].map((value) => ({ label: `p${value}`, value })) },
    };
    expect(fingerprint(changed)).not.toBe(fingerprint(scaleTest));
  });
});
