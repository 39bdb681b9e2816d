import type { TestShape } from '../../src/lib/self-test/types';

// Small self-test definitions for the unit tests of the engine (src/lib/self-test/): what they
// check is the scoring, the rules and the sentences, not any real test's texts.

/** Feedback whose texts name the dimension and the level, so a table can tell which one is shown. */
export const feedback = (id: string) => ({
  low: { reading: `${id}: low reading`, step: `${id}: low step` },
  middle: { reading: `${id}: middle reading`, step: `${id}: middle step` },
  high: { reading: `${id}: high reading`, step: `${id}: high step` },
});

const dimension = (id: string, about: 'self' | 'organisation' = 'self') => ({
  id,
  label: id.toUpperCase(),
  about,
  section: `sezione-${id}`,
  feedback: feedback(id),
});

export const bands = [
  { id: 'basso', min: 0, max: 39, title: 'Basso', text: 'b', share: 'sb' },
  { id: 'medio', min: 40, max: 69, title: 'Medio', text: 'm', share: 'sm' },
  { id: 'alto', min: 70, max: 100, title: 'Alto', text: 'a', share: 'sa' },
];
export const accordo = [0, 1, 2, 3, 4].map((value) => ({ label: `v${value}`, value }));
export const pratica = [
  ...[0, 1, 2].map((value) => ({ label: `p${value}`, value })),
  { label: 'Non so', dontKnow: true as const },
];

/**
 * Two statements (one reversed), a matrix of two departments on a three-point scale with "Non so",
 * and one statement about the organisation on that scale: five choice slots.
 */
export const scaleTest: TestShape = {
  scoring: 'mean',
  dimensions: [
    dimension('ascolto'),
    dimension('marketing'),
    dimension('it'),
    dimension('voce', 'organisation'),
  ],
  scales: { accordo, pratica },
  groups: [
    {
      title: 'G',
      questions: [
        { id: 'ascolto', kind: 'likert', text: 't', scale: 'accordo', dimension: 'ascolto', reverse: false },
        { id: 'fretta', kind: 'likert', text: 't', scale: 'accordo', dimension: 'ascolto', reverse: true },
        {
          id: 'misura',
          kind: 'matrix',
          text: 't',
          scale: 'pratica',
          rows: [
            { id: 'marketing', label: 'Marketing', dimension: 'marketing' },
            { id: 'it', label: 'IT', dimension: 'it' },
          ],
        },
        { id: 'riunioni', kind: 'frequency', text: 't', scale: 'pratica', dimension: 'voce', reverse: false },
      ],
    },
  ],
  bands,
};

/** Ten statements on a 0–10 scale in one dimension: the score is the sum of the answers, any 0–100. */
export const gradeTest: TestShape = {
  scoring: 'mean',
  dimensions: [dimension('tutto')],
  scales: { dieci: Array.from({ length: 11 }, (_, value) => ({ label: `${value}`, value })) },
  groups: [
    {
      title: 'G',
      questions: Array.from({ length: 10 }, (_, i) => ({
        id: `q${i}`,
        kind: 'likert' as const,
        text: 't',
        scale: 'dieci',
        dimension: 'tutto',
        reverse: false,
      })),
    },
  ],
  bands,
};

/** Answers to gradeTest that score `score`. */
export const grade = (score: number): Record<string, number> =>
  Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`q${i}`, Math.max(0, Math.min(10, score - 10 * i))]),
  );

/** The pendulum: a 40-hour week over three kinds of work, bands by majority. */
export const hoursTest: TestShape = {
  scoring: 'hours',
  dimensions: [dimension('cliente'), dimension('interno'), dimension('org')],
  scales: {},
  groups: [
    {
      title: 'G',
      questions: [
        {
          id: 'ore',
          kind: 'allocation',
          text: 't',
          total: { label: 'Ore', default: 40, max: 80 },
          step: 0.5,
          items: [
            { id: 'cliente', label: 'c', dimension: 'cliente' },
            { id: 'interno', label: 'i', dimension: 'interno' },
            { id: 'riunioni', label: 'r', dimension: 'org' },
          ],
        },
      ],
    },
  ],
  bands: [
    { id: 'org', majority: 'org', title: 'Verso l’organizzazione', text: 'o', share: 'so' },
    { id: 'oscilla', title: 'Oscilla', text: 'x', share: 'sx' },
    { id: 'colleghi', majority: 'interno', title: 'Per i colleghi', text: 'i', share: 'si' },
    { id: 'cliente', majority: 'cliente', title: 'Verso il cliente', text: 'c', share: 'sc' },
  ],
};

/** The week of hoursTest: total, then hours for the customer, colleagues and the organisation. */
export const week = (total: number, cliente: number, interno: number, org: number) => ({
  'ore.total': total,
  'ore.cliente': cliente,
  'ore.interno': interno,
  'ore.riunioni': org,
});
