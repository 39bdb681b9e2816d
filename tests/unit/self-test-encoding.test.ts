import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers, fingerprint } from '../../src/lib/self-test/encoding';
import { selfTestFieldsSchema } from '../../src/lib/self-test/schema';
import { answerSlots } from '../../src/lib/self-test/scoring';
import { DONT_KNOW, type TestShape } from '../../src/lib/self-test/types';
import { PROJECT_ROOT } from '../support/fixture-project';
import { hoursTest, scaleTest } from '../support/self-test-shapes';

describe('share codes', () => {
  const answers = { ascolto: 3, fretta: 1, 'misura.marketing': 2, 'misura.it': 0, riunioni: 1 };

  test.each([
    ['every slot answered', scaleTest, answers],
    ['unanswered slots', scaleTest, { fretta: 1 }],
    ['"Non so" answers', scaleTest, { ...answers, 'misura.it': DONT_KNOW, riunioni: DONT_KNOW }],
    ['a week in half hours', hoursTest, { 'ore.total': 37.5, 'ore.cliente': 2.5, 'ore.riunioni': 10 }],
  ])('answers survive a round trip: %s', (_name, test_, given) => {
    expect(decodeAnswers(test_, encodeAnswers(test_, given))).toEqual(given);
  });

  test('the code is short and says nothing but the answers; "Non so" is n', () => {
    expect(encodeAnswers(scaleTest, answers)).toMatch(/^v1-[0-9a-z]+-3_1_2_0_1$/);
    expect(encodeAnswers(scaleTest, { ...answers, riunioni: DONT_KNOW })).toMatch(/^v1-[0-9a-z]+-3_1_2_0_n$/);
  });

  test.each([
    ['another test', () => encodeAnswers(hoursTest, { 'ore.total': 40 })],
    ['an unknown fingerprint', () => encodeAnswers(scaleTest, answers).replace(/^v1-[0-9a-z]+/, 'v1-zzz')],
    ['an impossible value', () => `v1-${fingerprint(scaleTest)}-9_1_2_0_1`],
    ['"Non so" where the scale has none', () => `v1-${fingerprint(scaleTest)}-n_1_2_0_1`],
    ['too few values', () => `v1-${fingerprint(scaleTest)}-3_1_2_0`],
    ['a negative number', () => `v1-${fingerprint(scaleTest)}--1_1_2_0_1`],
    ['another version', () => `v2-${fingerprint(scaleTest)}-3_1_2_0_1`],
    ['garbage', () => '<script>'],
    ['an empty string', () => ''],
  ])('refuses %s', (_name, code) => {
    expect(decodeAnswers(scaleTest, code())).toBeNull();
  });

  test('the fingerprint changes when the questions change, not when a "Non so" is added', () => {
    const changed: TestShape = {
      ...scaleTest,
      scales: { ...scaleTest.scales, pratica: [0, 1, 2, 3].map((value) => ({ label: `p${value}`, value })) },
    };
    expect(fingerprint(changed)).not.toBe(fingerprint(scaleTest));
    const withoutDontKnow: TestShape = {
      ...scaleTest,
      scales: { ...scaleTest.scales, pratica: [0, 1, 2].map((value) => ({ label: `p${value}`, value })) },
    };
    expect(fingerprint(withoutDontKnow)).toBe(fingerprint(scaleTest));
  });

  test('a code of an earlier layout keeps the answers of the slots that still exist', () => {
    const previous = { fingerprint: 'old1', slots: ['ascolto', 'vecchia', 'misura.it', 'riunioni'] };
    const test_ = { ...scaleTest, previousVersions: [previous] };
    expect(decodeAnswers(test_, 'v1-old1-3_2_9_n')).toEqual({ ascolto: 3, riunioni: DONT_KNOW });
    expect(decodeAnswers(test_, 'v1-old1-3_2')).toBeNull();
  });
});

// Today's links keep opening: the layouts of the tests before issue 16 (fingerprint and slots,
// as main had them), a code built by hand from each, decoded by the files as they are now. A
// translation had its original's layout: its cases come from the file's translationOf.
const ITALIAN_LAYOUTS: Record<string, { fingerprint: string; slots: string[] }> = {
  'content/self-tests/centralita-del-cliente.yaml': {
    fingerprint: 'gryh5i',
    slots: [
      'parte-dal-cliente.marketing',
      'parte-dal-cliente.vendite',
      'parte-dal-cliente.customer-service',
      'parte-dal-cliente.it',
      'parte-dal-cliente.amministrazione',
      'parte-dal-cliente.produzione',
      'misura.marketing',
      'misura.vendite',
      'misura.customer-service',
      'misura.it',
      'misura.amministrazione',
      'misura.produzione',
      'decide-sui-dati.marketing',
      'decide-sui-dati.vendite',
      'decide-sui-dati.customer-service',
      'decide-sui-dati.it',
      'decide-sui-dati.amministrazione',
      'decide-sui-dati.produzione',
    ],
  },
  'content/self-tests/e-il-cliente.yaml': {
    fingerprint: 'nbkcig',
    slots: [
      'domanda-in-riunione',
      'costi-prodotto-venditori',
      'ascolto-fino-in-fondo',
      'capire-cosa-serve',
      'gentile-anche-se',
      'nuovo-problema',
      'ogni-cliente-diverso',
    ],
  },
  'content/self-tests/fiducia.yaml': {
    fingerprint: 'doshal',
    slots: [
      'spiego-cosa-faccio',
      'approfittare',
      'educo-al-digitale',
      'specialisti-visibili',
      'rispetto-lavoro-altrui',
      'prezzo-unico-metro',
      'smonto-e-ricostruisco',
      'eseguo-e-basta',
      'obiettivi-chiari',
    ],
  },
  'content/self-tests/pendolo.yaml': {
    fingerprint: '1652uvj',
    slots: [
      'ore.total',
      'ore.riunioni',
      'ore.report',
      'ore.trasferte',
      'ore.studio',
      'ore.conflitti',
      'ore.tempo-perso',
      'ore.cliente-interno',
      'ore.cliente-finale',
    ],
  },
  'content/self-tests/person-centricity.yaml': {
    fingerprint: '1s84j14',
    slots: [
      'immagino-chi-legge',
      'ordini-come-numeri',
      'h2h-non-b2b',
      'vendermi',
      'limiti-attenzione',
      'ruoli-astratti',
      'gesti-di-cura',
      'emozioni-fuori',
    ],
  },
};

const translationLayouts = readdirSync(join(PROJECT_ROOT, 'content/en/self-tests')).map((name) => {
  const file = `content/en/self-tests/${name}`;
  const { translationOf } = load(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as { translationOf: string };
  return [file, ITALIAN_LAYOUTS[`content/self-tests/${translationOf}.yaml`]!] as const;
});
const LEGACY = [...Object.entries(ITALIAN_LAYOUTS), ...translationLayouts];

describe('old links to the real tests', () => {
  test.each(LEGACY)('%s: a code of today’s layout decodes', (file, layout) => {
    const current = selfTestFieldsSchema.parse(load(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    const slots = answerSlots(current);
    // One value per old slot: the scale's first option, a 40-hour week with 10 hours per kind.
    const value = (key: string) => {
      const slot = slots.find((candidate) => candidate.key === key);
      if (!slot) return '1';
      return slot.kind === 'choice' ? String(slot.values[0]) : slot.kind === 'total' ? '40' : '2';
    };
    const decoded = decodeAnswers(current, `v1-${layout.fingerprint}-${layout.slots.map(value).join('_')}`);
    const kept = layout.slots.filter((key) => slots.some((slot) => slot.key === key));
    expect(decoded).not.toBeNull();
    expect(Object.keys(decoded!).sort()).toEqual(kept.sort());
  });
});
