import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers, fingerprint } from '../../src/lib/self-test/encoding';
import {
  allocations,
  answerSlots,
  bandFor,
  isValidAnswer,
  missingQuestions,
  sanitizeAnswers,
  score,
} from '../../src/lib/self-test/scoring';
import {
  loadAnswers,
  safeStore,
  saveAnswers,
  storageKey,
  type KeyValueStore,
} from '../../src/lib/self-test/storage';
import type { TestShape } from '../../src/lib/self-test/types';
import { definitionProblems } from '../../src/lib/self-test/validate';

const bands = [
  { min: 0, max: 39, title: 'Basso', text: 'b' },
  { min: 40, max: 69, title: 'Medio', text: 'm' },
  { min: 70, max: 100, title: 'Alto', text: 'a' },
];
const accordo = [0, 1, 2, 3, 4].map((value) => ({ label: `v${value}`, value }));

/** Two statements (one reversed) and a matrix of two departments on a three-point scale. */
const scaleTest: TestShape = {
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
const hoursTest: TestShape = {
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
      { dimensions: [...scaleTest.dimensions, { id: 'vuota', label: 'Vuota', weight: 1 }] },
      'dimension "vuota" has no question',
    ],
    [
      'fails when a weighted-share test has scale questions',
      { scoring: 'weighted-share' as const },
      'exactly one allocation',
    ],
  ])('%s', (_name, change, expected) => {
    const messages = definitionProblems({ ...scaleTest, ...change }).map((problem) => problem.message);
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
    expect(messages).toContain('groups.0.questions.3.id: question id "ascolto" is used twice');
    expect(messages).toContain('groups.0.questions.3.scale: scale "nessuna" is not defined');
    expect(messages).toContain('groups.0.questions.3.dimension: dimension "boh" is not in dimensions');
  });
});

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

describe('saved answers', () => {
  const memoryStorage = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  };
  const key = storageKey('prova', scaleTest);

  test('the key names the test and the version of its questions', () => {
    expect(key).toBe(`cac:autovalutazione:prova:v1:${fingerprint(scaleTest)}`);
  });

  test('answers saved are answers loaded', () => {
    const storage = memoryStorage();
    saveAnswers(storage, key, { ascolto: 3 });
    expect(loadAnswers(storage, key, scaleTest)).toEqual({ ascolto: 3 });
  });

  test.each([
    ['broken JSON', '{"answers": {'],
    ['JSON null', 'null'],
    ['a foreign shape', '{"risposte": [1, 2]}'],
    ['impossible values', '{"answers": {"ascolto": 99}}'],
  ])('%s is discarded without an error', (_name, stored) => {
    const storage = memoryStorage();
    storage.setItem(key, stored);
    const loaded = loadAnswers(storage, key, scaleTest);
    expect(loaded === null || Object.keys(loaded).length === 0).toBe(true);
  });

  test('storage that throws on access still keeps answers for the visit', () => {
    const store = safeStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    saveAnswers(store, key, { ascolto: 2 });
    expect(loadAnswers(store, key, scaleTest)).toEqual({ ascolto: 2 });
  });

  test('storage that throws on write falls back to memory from then on', () => {
    const failing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = safeStore(() => failing);
    saveAnswers(store, key, { fretta: 4 });
    expect(loadAnswers(store, key, scaleTest)).toEqual({ fretta: 4 });
  });
});
