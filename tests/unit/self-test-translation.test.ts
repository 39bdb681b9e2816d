import { describe, expect, test } from 'vitest';
import { translationProblems } from '../../src/lib/self-test/translation';
import type { TestShape } from '../../src/lib/self-test/types';
import { feedback } from '../support/self-test-shapes';

const scale = (labels: string[]) => labels.map((label, value) => ({ label, value }));

/** An Italian test with one of each question kind. */
const original: TestShape = {
  scoring: 'mean',
  dimensions: [
    { id: 'ascolto', label: 'Ascolto', about: 'self', section: 'ascolto', feedback: feedback('ascolto') },
    {
      id: 'rispetto',
      label: 'Rispetto',
      about: 'organisation',
      section: 'rispetto',
      feedback: feedback('rispetto'),
    },
  ],
  scales: { frequenza: [...scale(['Mai', 'A volte', 'Sempre']), { label: 'Non so', dontKnow: true }] },
  groups: [
    {
      title: 'Domande',
      questions: [
        {
          id: 'q1',
          kind: 'frequency',
          scale: 'frequenza',
          dimension: 'ascolto',
          reverse: false,
          text: 'Ascolti?',
        },
        {
          id: 'q2',
          kind: 'matrix',
          scale: 'frequenza',
          text: 'Per reparto',
          rows: [
            { id: 'a', label: 'Vendite', dimension: 'ascolto' },
            { id: 'b', label: 'Produzione', dimension: 'rispetto' },
          ],
        },
        {
          id: 'q3',
          kind: 'allocation',
          text: 'Ore',
          total: { label: 'Ore', default: 40, max: 80 },
          step: 0.5,
          items: [
            { id: 'x', label: 'Riunioni', dimension: 'rispetto' },
            { id: 'y', label: 'Clienti', dimension: 'ascolto' },
          ],
        },
      ],
    },
  ],
  bands: [
    { id: 'basso', min: 0, max: 49, title: 'Basso', text: 'b', share: 'sb' },
    { id: 'alto', min: 50, max: 100, title: 'Alto', text: 'a', share: 'sa' },
  ],
};

/** The same test with every text in English: a correct translation. */
const translated: TestShape = {
  ...original,
  dimensions: original.dimensions.map((dimension) => ({
    ...dimension,
    label: `EN ${dimension.label}`,
    section: `en-${dimension.section}`,
  })),
  scales: {
    frequenza: [...scale(['Never', 'Sometimes', 'Always']), { label: 'I don’t know', dontKnow: true }],
  },
  groups: [
    {
      title: 'Questions',
      questions: original.groups[0]!.questions.map((question) => ({
        ...question,
        text: `EN ${question.text}`,
      })),
    },
  ],
  bands: original.bands.map((band) => ({
    ...band,
    id: `en-${band.id}`,
    title: `EN ${band.title}`,
    text: 'en',
    share: 'en',
  })),
};

type Change = (test: TestShape) => TestShape;
const q = (test: TestShape) => test.groups[0]!.questions;
const withQuestions = (test: TestShape, questions: TestShape['groups'][number]['questions']): TestShape => ({
  ...test,
  groups: [{ ...test.groups[0]!, questions }],
});

describe('self-test translations', () => {
  test('accepts a translation that changes only the texts', () => {
    expect(translationProblems(original, translated)).toEqual([]);
  });

  test.each<[string, Change, string]>([
    [
      'fails when the scoring method changes',
      (t) => ({ ...t, scoring: 'hours' }),
      'scoring is "hours" here but "mean" in the original',
    ],
    [
      'fails when what a dimension is about changes',
      (t) => ({ ...t, dimensions: t.dimensions.map((d) => ({ ...d, about: 'self' as const })) }),
      'dimensions is ["ascolto:self","rispetto:self"] here but ["ascolto:self","rispetto:organisation"]',
    ],
    [
      'fails when a scale gives other points',
      (t) => ({ ...t, scales: { frequenza: scale(['a', 'b', 'c', 'd']) } }),
      'scales.frequenza is [0,1,2,3] here but [0,1,2,"dontKnow"] in the original',
    ],
    [
      'fails when "Non so" moves',
      (t) => ({ ...t, scales: { frequenza: [{ label: 'x', dontKnow: true }, ...scale(['a', 'b', 'c'])] } }),
      'scales.frequenza is ["dontKnow",0,1,2] here but [0,1,2,"dontKnow"] in the original',
    ],
    [
      'fails when a scale is renamed',
      (t) => ({ ...t, scales: { frequency: t.scales['frequenza']! } }),
      'scales.frequenza ([0,1,2,"dontKnow"] in the original) is missing here',
    ],
    [
      'fails when a band is missing',
      (t) => ({ ...t, bands: t.bands.slice(0, 1) }),
      'bands is ["0-49"] here but ["0-49","50-100"] in the original',
    ],
    [
      'fails when the earlier layouts differ',
      (t) => ({ ...t, previousVersions: [{ fingerprint: 'abc', slots: ['q1'] }] }) as TestShape,
      'previousVersions is ["abc:q1"] here but [] in the original',
    ],
    [
      'fails when a question is missing',
      (t) => withQuestions(t, q(t).slice(0, 2)),
      'groups.0.questions is ["q1","q2"] here but ["q1","q2","q3"] in the original',
    ],
    [
      'fails when questions swap places',
      (t) => withQuestions(t, [q(t)[1]!, q(t)[0]!, q(t)[2]!]),
      'groups.0.questions.0.kind is "matrix" here but "frequency" in the original',
    ],
    [
      'fails when a statement is reversed',
      (t) =>
        withQuestions(
          t,
          q(t).map((x) => (x.kind === 'frequency' ? { ...x, reverse: true } : x)),
        ),
      'groups.0.questions.0.reverse is true here but false in the original',
    ],
    [
      'fails when a matrix row counts toward another dimension',
      (t) =>
        withQuestions(
          t,
          q(t).map((x) =>
            x.kind === 'matrix' ? { ...x, rows: x.rows.map((r) => ({ ...r, dimension: 'ascolto' })) } : x,
          ),
        ),
      'groups.0.questions.1.rows is',
    ],
    [
      'fails when the hours change',
      (t) =>
        withQuestions(
          t,
          q(t).map((x) => (x.kind === 'allocation' ? { ...x, total: { ...x.total, default: 38 } } : x)),
        ),
      'groups.0.questions.2.total is [38,80] here but [40,80] in the original',
    ],
    [
      'fails when a band moves',
      (t) => ({
        ...t,
        bands: [
          { ...t.bands[0]!, max: 59 },
          { ...t.bands[1]!, min: 60 },
        ],
      }),
      'bands is ["0-59","60-100"] here but ["0-49","50-100"] in the original',
    ],
    [
      'fails when a group is added',
      (t) => ({ ...t, groups: [...t.groups, t.groups[0]!] }),
      'groups is 2 here but 1 in the original',
    ],
  ])('%s', (_name, change, message) => {
    const problems = translationProblems(original, change(translated));
    expect(problems.map((problem) => problem.message).join('\n')).toContain(message);
    expect(problems.every((problem) => problem.message.includes('translat'))).toBe(true);
  });
});
