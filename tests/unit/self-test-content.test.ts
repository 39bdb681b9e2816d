import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { evaluate, type Result } from '../../src/lib/self-test/evaluate';
import { buildReport, plainText, withheldText, type Report } from '../../src/lib/self-test/report';
import { selfTestFieldsSchema, type SelfTestFields } from '../../src/lib/self-test/schema';
import { answerSlots, questionsOf } from '../../src/lib/self-test/scoring';
import { DONT_KNOW, type Answers } from '../../src/lib/self-test/types';
import { formatIn, reportMessages, selfTestFiles, type SelfTestFile } from '../support/self-tests';

// The real self-tests (content/self-tests/, content/en/self-tests/), each parsed with the schema:
// tables of answer sets at every band boundary and at the edge cases, asserting the sentences a
// reader sees. The expected texts are read from the files (so the tables follow the content); the
// levels, bands and shares that must hold are written here as numbers.

const ESSAY = { url: '/saggio/' };
const LINK = 'https://example.org/r/#a=1';

interface Loaded {
  name: string;
  file: SelfTestFile;
  test: SelfTestFields;
}

const loaded: Loaded[] = selfTestFiles().map((file) => ({
  name: `${file.locale}/${file.id}`,
  file,
  test: selfTestFieldsSchema.parse(file),
}));
const meanTests = loaded.filter((l) => l.test.scoring === 'mean');
const hoursTests = loaded.filter((l) => l.test.scoring === 'hours');

type Level = 'low' | 'middle' | 'high';
/** Mean tests: low 0–39, middle 40–69, high 70–100. */
const meanLevel = (score: number): Level => (score >= 70 ? 'high' : score >= 40 ? 'middle' : 'low');
/** Hours tests, on the % of the assigned hours: low under 25, middle 25 up to 50, high from 50. */
const hoursLevel = (share: number): Level => (share >= 50 ? 'high' : share >= 25 ? 'middle' : 'low');

const tOf = (l: Loaded) => useTranslations(l.file.locale);

function reportOf(l: Loaded, result: Result): Report {
  return buildReport(
    { ...l.test, title: l.test.title, essay: ESSAY },
    result,
    reportMessages(l.file.locale),
    formatIn(l.file.locale),
  );
}

function resultOf(l: Loaded, answers: Answers): Result {
  const evaluation = evaluate(l.test, answers);
  if (evaluation.status !== 'result') throw new Error(`${l.name}: no result: ${JSON.stringify(evaluation)}`);
  return evaluation.result;
}

function fileBand(l: Loaded, id: string): SelfTestFile['bands'][number] {
  const band = l.file.bands.find((candidate) => candidate.id === id);
  if (!band) throw new Error(`${l.name} has no band ${id}`);
  return band;
}

/** The line a dimension shows, with its file's reading and step at a level. */
function expectedLine(l: Loaded, id: string, value: string, level: Level | undefined) {
  const t = tOf(l);
  const dimension = l.file.dimensions.find((candidate) => candidate.id === id)!;
  const feedback = level && dimension.feedback![level];
  return {
    id,
    label: dimension.label,
    about: dimension.about ?? 'self',
    value,
    ...(feedback && {
      reading: feedback.reading,
      step: t('selfTest.stepLine', { step: feedback.step }),
    }),
    href: `${ESSAY.url}#${dimension.section}`,
  };
}

/** Every line of the plain text is one the report gives, and the band, share and basis are there. */
function expectPlainText(l: Loaded, report: Report) {
  const text = plainText(l.test.title, report, LINK, reportMessages(l.file.locale));
  const lines = text.split('\n');
  expect(lines[0]).toBe(l.test.title);
  expect(lines).toContain(report.band);
  expect(lines).toContain(report.share);
  expect(lines).toContain([report.overall, report.pendulum, report.basis].filter(Boolean).join(' '));
  for (const d of report.dimensions)
    expect(lines).toContain(`- ${[`${d.label}: ${d.value}.`, d.reading, d.step].filter(Boolean).join(' ')}`);
  expect(lines.at(-1)).toBe(LINK);
}

// ---------------------------------------------------------------------------------------------
// Mean tests: answer sets found by search

interface ChoiceSlot {
  key: string;
  dimension: string;
  values: number[];
  dontKnow: boolean;
  /** The value that scores 100 on this slot (the lowest on a reversed statement), and 0. */
  best: number;
  worst: number;
}

function choiceSlots(test: SelfTestFields): ChoiceSlot[] {
  const slots = new Map(answerSlots(test).map((slot) => [slot.key, slot]));
  return questionsOf(test).flatMap((question) => {
    if (question.kind === 'allocation') return [];
    const rows =
      question.kind === 'matrix'
        ? question.rows.map((row) => ({ key: `${question.id}.${row.id}`, dimension: row.dimension }))
        : [{ key: question.id, dimension: question.dimension }];
    const reverse = question.kind !== 'matrix' && question.reverse;
    return rows.map(({ key, dimension }) => {
      const slot = slots.get(key);
      if (slot?.kind !== 'choice') throw new Error(`${key} is not a choice`);
      const [low, high] = [Math.min(...slot.values), Math.max(...slot.values)];
      return {
        key,
        dimension,
        values: slot.values,
        dontKnow: slot.dontKnow,
        best: reverse ? low : high,
        worst: reverse ? high : low,
      };
    });
  });
}

const fill = (slots: ChoiceSlot[], pick: (slot: ChoiceSlot) => number): Answers =>
  Object.fromEntries(slots.map((slot) => [slot.key, pick(slot)]));

const product = (lists: number[][]): number[][] =>
  lists.reduce<number[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);

interface Witness {
  answers: Answers;
  /** Answers other than "Non so". */
  real: number;
}

const searched = new Map<
  string,
  { dimensions: Map<string, Map<number, Witness>>; overall: Map<number, Answers> }
>();

/**
 * Every score each dimension can reach (every combination of its answers, "Non so" included, at
 * least one real answer), with the answers that give it; then every overall score the test can
 * reach with every 'self' dimension scored, each with one answer set, as evaluate() scores them.
 */
function search(l: Loaded) {
  const cached = searched.get(l.name);
  if (cached) return cached;
  const slots = choiceSlots(l.test);
  const base = fill(slots, (slot) => slot.worst);
  const dimensions = new Map<string, Map<number, Witness>>();
  for (const { id } of l.test.dimensions) {
    const own = slots.filter((slot) => slot.dimension === id);
    const found = new Map<number, Witness>();
    for (const combo of product(
      own.map((slot) => (slot.dontKnow ? [...slot.values, DONT_KNOW] : slot.values)),
    )) {
      const real = combo.filter((value) => value !== DONT_KNOW).length;
      if (!real) continue;
      const answers = Object.fromEntries(own.map((slot, i) => [slot.key, combo[i]!]));
      const evaluation = evaluate(l.test, { ...base, ...answers });
      if (evaluation.status !== 'result') continue;
      const score = evaluation.result.dimensions.find((d) => d.id === id)!.score!;
      if ((found.get(score)?.real ?? -1) < real) found.set(score, { answers, real });
    }
    dimensions.set(id, found);
  }
  // Sums of the 'self' dimensions' scores, keeping for each the answer set with most real answers.
  let sums = new Map<number, Witness>([[0, { answers: {}, real: 0 }]]);
  for (const { id } of l.test.dimensions.filter((d) => d.about === 'self')) {
    const next = new Map<number, Witness>();
    for (const [sum, witness] of sums)
      for (const [score, own] of dimensions.get(id)!) {
        const real = witness.real + own.real;
        if ((next.get(sum + score)?.real ?? -1) < real)
          next.set(sum + score, { answers: { ...witness.answers, ...own.answers }, real });
      }
    sums = next;
  }
  const overall = new Map<number, Answers>();
  for (const witness of sums.values()) {
    const answers = { ...base, ...witness.answers };
    const evaluation = evaluate(l.test, answers);
    if (evaluation.status === 'result' && !overall.has(evaluation.result.overall!))
      overall.set(evaluation.result.overall!, answers);
  }
  const result = { dimensions, overall };
  searched.set(l.name, result);
  return result;
}

/** Asserts every sentence of the result of a mean test, from the file and the dictionary. */
function expectMeanReport(l: Loaded, answers: Answers, score: number, bandId: string) {
  const t = tOf(l);
  const result = resultOf(l, answers);
  const band = fileBand(l, bandId);
  expect(result.overall).toBe(score);
  expect(band.min! <= score && score <= band.max!, `${score} in ${band.id} ${band.min}–${band.max}`).toBe(
    true,
  );
  expect(result.band.id).toBe(band.id);
  // The overall score is the mean of the scored dimensions about the reader's own work.
  const own = result.dimensions.filter((d) => d.about === 'self' && d.score !== undefined);
  expect(score).toBe(Math.round(own.reduce((sum, d) => sum + d.score!, 0) / own.length));

  const slots = choiceSlots(l.test);
  const dontKnow = slots.filter((slot) => answers[slot.key] === DONT_KNOW).length;
  const total = slots.length;
  const report = reportOf(l, result);
  expect(report.band).toBe(band.title);
  expect(report.text).toBe(band.text);
  expect(report.share).toBe(band.share);
  expect(report.overall).toBe(t('selfTest.overall', { score }));
  expect(report.overall).toContain(`${score}`);
  expect(report.pendulum).toBeUndefined();
  expect(report.basis).toBe(
    dontKnow
      ? t('selfTest.basisDontKnow', { answered: total - dontKnow, total, dontKnow })
      : t('selfTest.basis', { answered: total, total }),
  );
  expect(report.dimensions).toEqual(
    l.file.dimensions.map(({ id }) => {
      const dimension = result.dimensions.find((d) => d.id === id)!;
      return dimension.score === undefined
        ? expectedLine(l, id, t('selfTest.onlyDontKnow'), undefined)
        : expectedLine(l, id, t('selfTest.score', { score: dimension.score }), meanLevel(dimension.score));
    }),
  );
  expectPlainText(l, report);
  return { result, report };
}

interface EdgeCase {
  name: string;
  score: number;
  band: string;
}

/** Each band's min and max, or where one cannot be reached, the nearest scores on both sides. */
function bandEdgeCases(l: Loaded): EdgeCase[] {
  const reachable = search(l).overall;
  const scores = [...reachable.keys()].sort((a, b) => a - b);
  const bands = [...l.file.bands].sort((a, b) => a.min! - b.min!);
  return bands.flatMap((band, i): EdgeCase[] => {
    return (['min', 'max'] as const).flatMap((which): EdgeCase[] => {
      const edge = band[which]!;
      const label = `${edge}, the ${which} of band ${band.id} (${band.min}–${band.max})`;
      if (reachable.has(edge))
        return [
          { name: `${l.name}: an overall score of ${label} reads as ${band.id}`, score: edge, band: band.id },
        ];
      const inside =
        which === 'min' ? scores.find((s) => s >= edge) : [...scores].reverse().find((s) => s <= edge);
      const outside =
        which === 'min' ? [...scores].reverse().find((s) => s < edge) : scores.find((s) => s > edge);
      const neighbour = bands[which === 'min' ? i - 1 : i + 1];
      const cases: EdgeCase[] = [
        {
          name: `${l.name}: ${label} is not reachable; the nearest score inside, ${inside}, reads as ${band.id}`,
          score: inside!,
          band: band.id,
        },
      ];
      if (neighbour && outside !== undefined)
        cases.push({
          name: `${l.name}: ${label} is not reachable; the nearest score outside, ${outside}, reads as ${neighbour.id}`,
          score: outside,
          band: neighbour.id,
        });
      return cases;
    });
  });
}

describe('the real self-tests', () => {
  test('five in each language, the pendulum the one by hours', () => {
    expect(loaded.filter((l) => l.file.locale === 'it')).toHaveLength(5);
    expect(loaded.filter((l) => l.file.locale === 'en')).toHaveLength(5);
    expect(hoursTests.map((l) => l.name)).toEqual(['it/pendolo', 'en/pendulum']);
  });

  test.each(meanTests.map((l) => [l.name, l] as const))(
    '%s: mean bands cover 0–100 in order, and 0 and 100 are reachable',
    (_name, l) => {
      const bands = [...l.file.bands].sort((a, b) => a.min! - b.min!);
      expect(bands[0]!.min).toBe(0);
      expect(bands.at(-1)!.max).toBe(100);
      for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max! + 1);
      expect(search(l).overall.has(0)).toBe(true);
      expect(search(l).overall.has(100)).toBe(true);
    },
  );
});

describe.each(meanTests.map((l) => [l.name, l] as const))('%s: band boundaries', (_name, l) => {
  test.each(bandEdgeCases(l).map((c) => [c.name, c] as const))('%s', (_case, c) => {
    expectMeanReport(l, search(l).overall.get(c.score)!, c.score, c.band);
  });

  test(`${l.name}: every question at its best answer scores 100, at its worst 0`, () => {
    const slots = choiceSlots(l.test);
    const top = [...l.file.bands].sort((a, b) => a.max! - b.max!).at(-1)!;
    const bottom = [...l.file.bands].sort((a, b) => a.min! - b.min!)[0]!;
    expectMeanReport(
      l,
      fill(slots, (slot) => slot.best),
      100,
      top.id,
    );
    expectMeanReport(
      l,
      fill(slots, (slot) => slot.worst),
      0,
      bottom.id,
    );
  });
});

interface DimensionCase {
  name: string;
  dimension: string;
  score: number;
  level: Level;
}

/** Each dimension on both sides of 40 and of 70: 39 and 40, 69 and 70, or the nearest it reaches. */
function dimensionEdgeCases(l: Loaded): DimensionCase[] {
  const { dimensions } = search(l);
  return l.test.dimensions.flatMap(({ id, label }) => {
    const scores = [...dimensions.get(id)!.keys()].sort((a, b) => a - b);
    return (
      [
        [40, 'low', 'middle'],
        [70, 'middle', 'high'],
      ] as const
    ).flatMap(([edge, under, over]): DimensionCase[] => {
      const below = [...scores].reverse().find((s) => s < edge)!;
      const above = scores.find((s) => s >= edge)!;
      const exact = below === edge - 1 && above === edge;
      const where = exact ? '' : ` (${edge - 1}/${edge} not reachable: nearest ${below} and ${above})`;
      return [
        {
          name: `${l.name}: ${label} at ${below} reads ${under}${where}`,
          dimension: id,
          score: below,
          level: under,
        },
        {
          name: `${l.name}: ${label} at ${above} reads ${over}${where}`,
          dimension: id,
          score: above,
          level: over,
        },
      ];
    });
  });
}

describe.each(meanTests.map((l) => [l.name, l] as const))('%s: dimension levels', (_name, l) => {
  test.each(dimensionEdgeCases(l).map((c) => [c.name, c] as const))('%s', (_case, c) => {
    const slots = choiceSlots(l.test);
    const witness = search(l).dimensions.get(c.dimension)!.get(c.score)!;
    const answers = { ...fill(slots, (slot) => slot.worst), ...witness.answers };
    const result = resultOf(l, answers);
    const dimension = result.dimensions.find((d) => d.id === c.dimension)!;
    expect(dimension.score).toBe(c.score);
    expect(meanLevel(c.score)).toBe(c.level);
    const line = reportOf(l, result).dimensions.find((d) => d.id === c.dimension);
    expect(line).toEqual(expectedLine(l, c.dimension, tOf(l)('selfTest.score', { score: c.score }), c.level));
    const band = l.file.bands.find((b) => b.min! <= result.overall! && result.overall! <= b.max!)!;
    expectMeanReport(l, answers, result.overall!, band.id);
  });
});

// ---------------------------------------------------------------------------------------------
// Mean tests: "Non so"

const withDontKnow = meanTests.filter((l) => choiceSlots(l.test).some((slot) => slot.dontKnow));
const withoutDontKnow = meanTests.filter((l) => !withDontKnow.includes(l));

describe('"Non so"', () => {
  test('the tests that offer it', () => {
    expect(withDontKnow.map((l) => l.name).sort()).toEqual(
      [
        'en/and-the-customer',
        'en/customer-centricity',
        'it/centralita-del-cliente',
        'it/e-il-cliente',
      ].sort(),
    );
  });

  test.each(withoutDontKnow.map((l) => [l.name, l] as const))(
    '%s has no "Non so": every result rests on all the answers',
    (_name, l) => {
      const slots = choiceSlots(l.test);
      expect(slots.some((slot) => slot.dontKnow)).toBe(false);
      const { report } = expectMeanReport(
        l,
        fill(slots, (slot) => slot.best),
        100,
        bandAt(l, 100),
      );
      expect(report.basis).toBe(tOf(l)('selfTest.basis', { answered: slots.length, total: slots.length }));
    },
  );

  test.each(withDontKnow.map((l) => [l.name, l] as const))(
    '%s: one "Non so" is left out of the score and named in the basis line',
    (_name, l) => {
      const slots = choiceSlots(l.test);
      const unsure = slots.find((slot) => slot.dontKnow)!;
      const own = slots.filter((slot) => slot.dimension === unsure.dimension);
      // Every other answer at its best, this one "Non so": the dimension scores 100, not less.
      const answers = { ...fill(slots, (slot) => slot.best), [unsure.key]: DONT_KNOW };
      const { result, report } = expectMeanReport(l, answers, 100, bandAt(l, 100));
      expect(result.dimensions.find((d) => d.id === unsure.dimension)).toMatchObject({
        score: 100,
        answered: own.length - 1,
        dontKnow: 1,
      });
      expect(report.basis).toContain(l.file.locale === 'it' ? '(1 «Non so»)' : '(1 “I don’t know”)');
      expect(report.basis).toContain(`${slots.length - 1}`);
    },
  );

  test.each(withDontKnow.map((l) => [l.name, l] as const))(
    '%s: as many "Non so" as a result allows, a dimension with only "Non so" says so',
    (_name, l) => {
      const t = tOf(l);
      const slots = choiceSlots(l.test);
      const order = l.test.dimensions.map((d) => d.id);
      const unsure = slots
        .filter((slot) => slot.dontKnow)
        .sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension));
      const needed = Math.ceil(slots.length / 2);
      const most = Math.min(unsure.length, slots.length - needed);
      const chosen = unsure.slice(0, most);
      const answers = {
        ...fill(slots, (slot) => slot.best),
        ...Object.fromEntries(chosen.map((slot) => [slot.key, DONT_KNOW])),
      };
      const overall = resultOf(l, answers).overall!;
      const { report } = expectMeanReport(l, answers, overall, bandAt(l, overall));
      expect(report.basis).toBe(
        t('selfTest.basisDontKnow', { answered: slots.length - most, total: slots.length, dontKnow: most }),
      );
      const silent = order.filter((id) =>
        slots.filter((s) => s.dimension === id).every((s) => chosen.includes(s)),
      );
      expect(silent.length).toBeGreaterThan(0);
      for (const id of silent) {
        const line = report.dimensions.find((d) => d.id === id)!;
        expect(line.value).toBe(t('selfTest.onlyDontKnow'));
        expect(line.reading).toBeUndefined();
        expect(line.step).toBeUndefined();
      }
    },
  );

  test.each(withDontKnow.map((l) => [l.name, l] as const))(
    '%s: with too few real answers the result is withheld, saying how many are needed',
    (_name, l) => {
      const slots = choiceSlots(l.test);
      const unsure = slots.filter((slot) => slot.dontKnow);
      const needed = Math.ceil(slots.length / 2);
      if (unsure.length <= slots.length - needed) {
        // Only the questions about the organisation offer "Non so": enough real answers always remain.
        const about = l.test.dimensions.filter((d) => unsure.some((s) => s.dimension === d.id));
        expect(about.map((d) => d.about)).toEqual(about.map(() => 'organisation'));
        const answers = {
          ...fill(slots, (slot) => slot.best),
          ...Object.fromEntries(unsure.map((slot) => [slot.key, DONT_KNOW])),
        };
        expect(evaluate(l.test, answers).status).toBe('result');
        return;
      }
      const answers = {
        ...fill(slots, (slot) => slot.best),
        ...Object.fromEntries(
          unsure.slice(0, slots.length - needed + 1).map((slot) => [slot.key, DONT_KNOW]),
        ),
      };
      const evaluation = evaluate(l.test, answers);
      expect(evaluation).toEqual({
        status: 'withheld',
        reason: 'dont-know',
        answered: needed - 1,
        needed,
        total: slots.length,
      });
      if (evaluation.status !== 'withheld') return;
      expect(withheldText(evaluation, reportMessages(l.file.locale), formatIn(l.file.locale))).toBe(
        tOf(l)('selfTest.withheldDontKnow', { answered: needed - 1, needed, total: slots.length }),
      );
    },
  );

  test.each(
    loaded
      .filter((l) => ['centralita-del-cliente', 'customer-centricity'].includes(l.file.id))
      .map((l) => [l.name, l] as const),
  )('%s: 18 answers, a result from 9 real ones, withheld at 8', (_name, l) => {
    const slots = choiceSlots(l.test);
    expect(slots).toHaveLength(18);
    const dontKnow = (n: number) => ({
      ...fill(slots, (slot) => slot.best),
      ...Object.fromEntries(slots.slice(0, n).map((slot) => [slot.key, DONT_KNOW])),
    });
    expect(evaluate(l.test, dontKnow(9)).status).toBe('result');
    expect(evaluate(l.test, dontKnow(10))).toMatchObject({ status: 'withheld', answered: 8, needed: 9 });
  });
});

function bandAt(l: Loaded, score: number): string {
  return l.file.bands.find((band) => band.min! <= score && score <= band.max!)!.id;
}

// The department readings of centralita-del-cliente claim a count: low "the «No» outnumber the
// «Sì»", middle "not all «Sì», and the «No» do not prevail", high "no «No»". Every combination of
// a department's three answers ("Non so" included) must make its reading true.
describe.each(
  loaded
    .filter((l) => ['centralita-del-cliente', 'customer-centricity'].includes(l.file.id))
    .map((l) => [l.name, l] as const),
)('%s: each department reading is true of the answers', (_name, l) => {
  const slots = choiceSlots(l.test);
  test.each(l.test.dimensions.map((d) => [d.label, d.id] as const))('%s', (_label, id) => {
    const own = slots.filter((slot) => slot.dimension === id);
    expect(own).toHaveLength(3);
    const [no, yes] = [Math.min(...own[0]!.values), Math.max(...own[0]!.values)];
    for (const combo of product(own.map(() => [0, 1, 2, DONT_KNOW]))) {
      const real = combo.filter((v) => v !== DONT_KNOW);
      if (!real.length) continue;
      const answers = {
        ...fill(slots, (slot) => slot.best),
        ...Object.fromEntries(own.map((slot, i) => [slot.key, combo[i]!])),
      };
      const dimension = resultOf(l, answers).dimensions.find((d) => d.id === id)!;
      const [nos, yeses] = [real.filter((v) => v === no).length, real.filter((v) => v === yes).length];
      const claim = `${JSON.stringify(combo)} scores ${dimension.score}`;
      if (dimension.level === 'low') expect(nos > yeses, claim).toBe(true);
      if (dimension.level === 'middle') expect(yeses < real.length && nos <= yeses, claim).toBe(true);
      if (dimension.level === 'high') expect(nos, claim).toBe(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The hours test

type Kind = 'F' | 'I' | 'O';
const KIND_IDS: Record<Kind, string> = {
  F: 'cliente-finale',
  I: 'cliente-interno',
  O: 'organizzazione',
};

const hoursList = (value: number | readonly number[] | undefined): readonly number[] =>
  typeof value === 'number' ? [value] : (value ?? []);

/** The week of the pendulum: the hours of each kind on its first item, or spread over its items. */
function weekOf(
  l: Loaded,
  total: number | undefined,
  hours: Partial<Record<Kind, number | readonly number[]>>,
): Answers {
  const question = questionsOf(l.test).find((q) => q.kind === 'allocation');
  if (question?.kind !== 'allocation') throw new Error(`${l.name} has no week`);
  const answers: Answers = total === undefined ? {} : { [`${question.id}.total`]: total };
  for (const [kind, value] of Object.entries(hours) as [Kind, number | readonly number[]][]) {
    const items = question.items.filter((item) => item.dimension === KIND_IDS[kind]);
    hoursList(value).forEach((h, i) => (answers[`${question.id}.${items[i]!.id}`] = h));
  }
  return answers;
}

interface WeekCase {
  name: string;
  total: number;
  hours: Partial<Record<Kind, number | readonly number[]>>;
  /** The kind with more than half of the assigned hours; null for the band without majority. */
  majority: Kind | null;
  /** % of the assigned hours: end customer, internal customers, organisation. */
  shares: [number, number, number];
  /** % of the assigned hours for the customer (end and internal together). */
  customer: number;
}

const kindName: Record<Kind, string> = { F: 'end customer', I: 'internal', O: 'organisation' };
const reads = (majority: Kind | null) =>
  majority ? `reads as the ${kindName[majority]} majority` : 'reads as no majority';

const WEEKS: Omit<WeekCase, 'name'>[] = [
  // All hours in one kind.
  { total: 40, hours: { F: 40 }, majority: 'F', shares: [100, 0, 0], customer: 100 },
  { total: 40, hours: { I: 40 }, majority: 'I', shares: [0, 100, 0], customer: 100 },
  { total: 40, hours: { O: 40 }, majority: 'O', shares: [0, 0, 100], customer: 0 },
  // Half and half.
  { total: 40, hours: { F: 20, I: 20 }, majority: null, shares: [50, 50, 0], customer: 100 },
  { total: 40, hours: { F: 20, O: 20 }, majority: null, shares: [50, 0, 50], customer: 50 },
  { total: 40, hours: { I: 20, O: 20 }, majority: null, shares: [0, 50, 50], customer: 50 },
  { total: 45, hours: { F: 22.5, O: 22.5 }, majority: null, shares: [50, 0, 50], customer: 50 },
  // Just over half.
  { total: 40, hours: { F: 20.5, I: 19.5 }, majority: 'F', shares: [51, 48, 0], customer: 100 },
  { total: 40, hours: { F: 20.5, O: 19.5 }, majority: 'F', shares: [51, 0, 48], customer: 51 },
  { total: 40, hours: { I: 20.5, F: 19.5 }, majority: 'I', shares: [48, 51, 0], customer: 100 },
  { total: 40, hours: { I: 20.5, O: 19.5 }, majority: 'I', shares: [0, 51, 48], customer: 51 },
  { total: 40, hours: { O: 20.5, F: 19.5 }, majority: 'O', shares: [48, 0, 51], customer: 48 },
  { total: 40, hours: { O: 20.5, I: 19.5 }, majority: 'O', shares: [0, 48, 51], customer: 48 },
  { total: 45, hours: { F: 23, O: 22 }, majority: 'F', shares: [51, 0, 48], customer: 51 },
  // Over several items of a kind: they add up.
  { total: 40, hours: { O: [5, 5, 5, 5.5], F: [10, 9.5] }, majority: 'O', shares: [48, 0, 51], customer: 48 },
  { total: 40, hours: { I: [10, 10.5], O: [19.5] }, majority: 'I', shares: [0, 51, 48], customer: 51 },
  // The issue's cases: 30 of 40 hours for internal customers.
  { total: 40, hours: { I: 30, O: 10 }, majority: 'I', shares: [0, 75, 25], customer: 75 },
  { total: 40, hours: { I: 30, F: 10 }, majority: 'I', shares: [25, 75, 0], customer: 100 },
  // Each dimension at 25 % (middle) and just under (low), at 50 % (high) and just under (middle).
  { total: 40, hours: { F: 10, I: 15, O: 15 }, majority: null, shares: [25, 37, 37], customer: 62 },
  { total: 40, hours: { F: 9.5, I: 15, O: 15.5 }, majority: null, shares: [23, 37, 38], customer: 61 },
  { total: 40, hours: { I: 10, F: 15, O: 15 }, majority: null, shares: [37, 25, 37], customer: 62 },
  { total: 40, hours: { I: 9.5, F: 15, O: 15.5 }, majority: null, shares: [37, 23, 38], customer: 61 },
  { total: 40, hours: { O: 10, F: 15, I: 15 }, majority: null, shares: [37, 37, 25], customer: 75 },
  { total: 40, hours: { O: 9.5, F: 15, I: 15.5 }, majority: null, shares: [37, 38, 23], customer: 76 },
  { total: 40, hours: { F: 20, I: 10, O: 10 }, majority: null, shares: [50, 25, 25], customer: 75 },
  { total: 40, hours: { F: 19.5, I: 10, O: 10.5 }, majority: null, shares: [48, 25, 26], customer: 73 },
  { total: 40, hours: { I: 20, F: 10, O: 10 }, majority: null, shares: [25, 50, 25], customer: 75 },
  { total: 40, hours: { I: 19.5, F: 10, O: 10.5 }, majority: null, shares: [25, 48, 26], customer: 73 },
  { total: 40, hours: { O: 20, F: 10, I: 10 }, majority: null, shares: [25, 25, 50], customer: 50 },
  { total: 40, hours: { O: 19.5, F: 10, I: 10.5 }, majority: null, shares: [25, 26, 48], customer: 51 },
  // Some hours unassigned: the shares are of the assigned ones.
  { total: 40, hours: { F: 16, O: 14 }, majority: 'F', shares: [53, 0, 46], customer: 53 },
  { total: 40, hours: { F: 10, O: 10 }, majority: null, shares: [50, 0, 50], customer: 50 },
  { total: 50, hours: { I: 13, O: 12.5 }, majority: 'I', shares: [0, 50, 49], customer: 50 },
];

const sumOf = (value: number | readonly number[] | undefined) => hoursList(value).reduce((a, b) => a + b, 0);

const weekCases: WeekCase[] = WEEKS.map((w) => {
  const assigned = (['F', 'I', 'O'] as const).reduce((sum, k) => sum + sumOf(w.hours[k]), 0);
  const parts = (['F', 'I', 'O'] as const)
    .filter((k) => w.hours[k] !== undefined)
    .map((k) => `${sumOf(w.hours[k])} h ${kindName[k]}`)
    .join(' + ');
  const unassigned =
    w.total - assigned ? `, ${w.total - assigned} of ${w.total} unassigned` : ` of ${w.total}`;
  const levels = w.shares.map((s, i) => `${'FIO'[i]} ${s}% ${hoursLevel(s)}`).join(', ');
  return { ...w, name: `${parts}${unassigned} ${reads(w.majority)} (${levels})` };
});

describe.each(hoursTests.map((l) => [l.name, l] as const))('%s: the week', (_name, l) => {
  const t = tOf(l);
  const format = formatIn(l.file.locale);

  test('three dimensions, end customer, internal customers and the organisation last; a band for each and one without majority', () => {
    expect(l.test.dimensions.map((d) => d.id)).toEqual(Object.values(KIND_IDS));
    expect(l.file.bands.map((b) => b.majority ?? null).sort()).toEqual(
      [...Object.values(KIND_IDS), null].sort(),
    );
  });

  test.each(weekCases.map((c) => [c.name, c] as const))(`${l.name}: %s`, (_case, c) => {
    const result = resultOf(l, weekOf(l, c.total, c.hours));
    const assigned = (['F', 'I', 'O'] as const).reduce((sum, k) => sum + sumOf(c.hours[k]), 0);
    const band = l.file.bands.find((b) => (b.majority ?? null) === (c.majority && KIND_IDS[c.majority]))!;
    expect(result.band.id).toBe(band.id);
    expect(result.overall).toBeUndefined();
    expect(result.week).toEqual({
      total: c.total,
      assigned,
      unassigned: c.total - assigned,
      customer: c.customer,
    });
    // A majority band: its kind has more than half of the assigned hours; the other band: none has.
    const hours = (['F', 'I', 'O'] as const).map((k) => sumOf(c.hours[k]));
    if (c.majority) expect(2 * hours['FIO'.indexOf(c.majority)]!).toBeGreaterThan(assigned);
    else for (const h of hours) expect(2 * h).toBeLessThanOrEqual(assigned);
    expect(result.dimensions.map((d) => [d.id, d.hours, d.share, d.level])).toEqual(
      (['F', 'I', 'O'] as const).map((k, i) => [
        KIND_IDS[k],
        hours[i],
        c.shares[i],
        hoursLevel(c.shares[i]!),
      ]),
    );

    const report = reportOf(l, result);
    expect(report.band).toBe(band.title);
    expect(report.text).toBe(band.text);
    expect(report.share).toBe(band.share);
    expect(report.overall).toBeUndefined();
    expect(report.basis).toBe(
      c.total > assigned
        ? t('selfTest.hoursBasis', {
            assigned: format(assigned),
            unassigned: format(c.total - assigned),
            total: format(c.total),
          })
        : t('selfTest.hoursBasisAll', { assigned: format(assigned) }),
    );
    expect(report.basis).toContain(format(assigned));
    expect(report.pendulum).toBe(t('selfTest.pendulum', { share: c.customer }));
    expect(report.pendulum).toContain(`${c.customer}%`);
    expect(report.dimensions).toEqual(
      (['F', 'I', 'O'] as const).map((k, i) =>
        expectedLine(
          l,
          KIND_IDS[k],
          t('selfTest.hours', { hours: format(hours[i]!), share: c.shares[i]! }),
          hoursLevel(c.shares[i]!),
        ),
      ),
    );
    expectPlainText(l, report);
  });

  test(`${l.name}: 20 h internal + 20 h organisation reads as no majority, not as the organisation`, () => {
    const result = resultOf(l, weekOf(l, 40, { I: 20, O: 20 }));
    expect(result.band.majority).toBeUndefined();
    expect(result.band.id).toBe(l.file.locale === 'it' ? 'oscilla' : 'swinging');
  });

  test(`${l.name}: 30 h internal of 40 reads as the internal-customer majority`, () => {
    const result = resultOf(l, weekOf(l, 40, { I: 30, O: 10 }));
    expect(result.band.majority).toBe('cliente-interno');
    expect(result.band.id).toBe(l.file.locale === 'it' ? 'colleghi' : 'colleagues');
  });

  test(`${l.name}: nothing assigned waits for the week (missing), with or without the week's hours`, () => {
    const question = questionsOf(l.test)[0]!.id;
    expect(evaluate(l.test, weekOf(l, 40, {}))).toEqual({ status: 'missing', questions: [question] });
    expect(evaluate(l.test, {})).toEqual({ status: 'missing', questions: [question] });
    expect(evaluate(l.test, weekOf(l, 40, { F: 0, I: 0, O: 0 }))).toEqual({
      status: 'missing',
      questions: [question],
    });
  });

  test.each([
    [40, { F: 30, O: 20 }, 50],
    [40, { I: 40, O: 0.5 }, 40.5],
    [20, { F: 10, I: 10, O: [5, 5] }, 30],
  ] as const)(
    `${l.name}: more assigned than worked (%i h worked, %j) is withheld, saying how many to take away`,
    (total, hours, assigned) => {
      const evaluation = evaluate(l.test, weekOf(l, total, hours));
      expect(evaluation).toEqual({ status: 'withheld', reason: 'hours-over', assigned, total });
      if (evaluation.status !== 'withheld') return;
      const text = withheldText(evaluation, reportMessages(l.file.locale), formatIn(l.file.locale));
      expect(text).toBe(
        t('selfTest.withheldOver', {
          assigned: format(assigned),
          total: format(total),
          excess: format(assigned - total),
        }),
      );
      expect(text).toContain(format(assigned - total));
    },
  );

  test.each([
    [40, { F: 19.5 }, 19.5],
    [40, { F: 10, I: 5, O: 4.5 }, 19.5],
    [45, { O: 22 }, 22],
    [40, { F: 0.5 }, 0.5],
  ] as const)(
    `${l.name}: fewer than half assigned (%i h worked, %j) is withheld, saying how many are needed`,
    (total, hours, assigned) => {
      const evaluation = evaluate(l.test, weekOf(l, total, hours));
      expect(evaluation).toEqual({
        status: 'withheld',
        reason: 'hours-few',
        assigned,
        needed: total / 2,
        total,
      });
      if (evaluation.status !== 'withheld') return;
      const text = withheldText(evaluation, reportMessages(l.file.locale), formatIn(l.file.locale));
      expect(text).toBe(
        t('selfTest.withheldFew', {
          assigned: format(assigned),
          total: format(total),
          needed: format(total / 2),
        }),
      );
      expect(text).toContain(format(total / 2));
    },
  );

  test(`${l.name}: exactly half assigned gives a result, with the unassigned hours named`, () => {
    const result = resultOf(l, weekOf(l, 40, { F: 20 }));
    expect(result.week).toEqual({ total: 40, assigned: 20, unassigned: 20, customer: 100 });
    expect(result.band.majority).toBe('cliente-finale');
    expect(reportOf(l, result).basis).toBe(
      t('selfTest.hoursBasis', { assigned: '20', unassigned: '20', total: '40' }),
    );
  });

  test(`${l.name}: hours without the week's total wait for it (missing)`, () => {
    expect(evaluate(l.test, weekOf(l, undefined, { F: 20, O: 20 }))).toEqual({
      status: 'missing',
      questions: [questionsOf(l.test)[0]!.id],
    });
  });
});
