import type { TestShape } from '../../src/lib/self-test/types';

// Small self-test definitions for the unit tests of the engine (src/lib/self-test/): what they
// check is the scoring and the rules, not any real test's texts.

export const bands = [
  { min: 0, max: 39, title: 'Basso', text: 'b' },
  { min: 40, max: 69, title: 'Medio', text: 'm' },
  { min: 70, max: 100, title: 'Alto', text: 'a' },
];
export const accordo = [0, 1, 2, 3, 4].map((value) => ({ label: `v${value}`, value }));

/** Two statements (one reversed) and a matrix of two departments on a three-point scale. */
export const scaleTest: TestShape = {
  scoring: 'mean',
  dimensions: [
    { id: 'ascolto', label: 'Ascolto', weight: 1 },
    { id: 'marketing', label: 'Marketing', weight: 1 },
    { id: 'it', label: 'IT', weight: 1 },
  ],
  scales: { accordo, pratica: [0, 1, 2].map((value) => ({ label: `p${value}`, value })) },
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
      ],
    },
  ],
  bands,
};

/** The pendulum: a 40-hour week over three kinds of work, the internal customer counting half. */
export const hoursTest: TestShape = {
  scoring: 'weighted-share',
  dimensions: [
    { id: 'cliente', label: 'Cliente', weight: 1 },
    { id: 'interno', label: 'Interno', weight: 0.5 },
    { id: 'org', label: 'Org', weight: 0 },
  ],
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
  bands,
};
