import { allocations, missingQuestions, questionsOf, sanitizeAnswers } from './scoring';
import { DONT_KNOW, type Answers, type Band, type TestShape } from './types';

/**
 * What a set of answers gives, and the levels of the feedback. Apart from ./scoring.ts (the
 * slots and their checks, which the element needs from the start) so that the browser loads it
 * with the result's code, when a result is first asked for.
 */

/** Where each level starts: mean tests on the 0–100 score, hours tests on the % of the assigned hours. */
export const LEVELS = {
  mean: { middle: 40, high: 70 },
  hours: { middle: 25, high: 50 },
} as const;

export type Level = 'low' | 'middle' | 'high';

/** The level of a score (mean) or a share of the assigned hours (hours), both 0–100. */
export function levelOf(scoring: TestShape['scoring'], value: number): Level {
  const { middle, high } = LEVELS[scoring];
  return value >= high ? 'high' : value >= middle ? 'middle' : 'low';
}

export interface DimensionResult {
  id: string;
  label: string;
  about: 'self' | 'organisation';
  /** 0–100, mean tests; undefined when the dimension has only "Non so" answers. */
  score?: number;
  level?: Level;
  /** Real answers (not "Non so"), and "Non so" answers, counted here. */
  answered: number;
  dontKnow: number;
  /** Hours tests: the hours counted here and their % of the assigned hours (rounded down, so it never crosses a level). */
  hours?: number;
  share?: number;
}

export interface Result {
  band: Band;
  /** Mean tests: the mean of the scored 'self' dimensions, 0–100. */
  overall?: number;
  dimensions: DimensionResult[];
  /** Choice answers: real ones, "Non so" ones, and the choice slots of the test. */
  answered: number;
  dontKnow: number;
  total: number;
  /** Hours tests: the week; `customer` is the % of the assigned hours in every dimension but the last (the organisation's). */
  week?: { total: number; assigned: number; unassigned: number; customer: number };
}

export type Evaluation =
  | { status: 'missing'; questions: string[] }
  | { status: 'withheld'; reason: 'dont-know'; answered: number; needed: number; total: number }
  | { status: 'withheld'; reason: 'hours-over'; assigned: number; total: number }
  | { status: 'withheld'; reason: 'hours-few'; assigned: number; needed: number; total: number }
  | { status: 'result'; result: Result };

const percent = (part: number, whole: number) => Math.floor((100 * part) / whole + 1e-9);

/**
 * What a set of answers gives: the questions still missing, a result withheld with its reason
 * (too many "Non so", hours over the week or under half of it), or the result. Never a made-up
 * one: every figure it returns rests on the answers given.
 */
export function evaluate(test: TestShape, rawAnswers: Answers): Evaluation {
  const answers = sanitizeAnswers(test, rawAnswers);
  const questions = missingQuestions(test, answers);
  if (questions.length) return { status: 'missing', questions };
  return test.scoring === 'hours' ? evaluateHours(test, answers) : evaluateMean(test, answers);
}

function evaluateHours(test: TestShape, answers: Answers): Evaluation {
  const week = allocations(test, answers)[0];
  if (!week) return { status: 'missing', questions: [] };
  const { total, assigned } = week;
  if (week.over) return { status: 'withheld', reason: 'hours-over', assigned, total };
  if (assigned < total / 2)
    return { status: 'withheld', reason: 'hours-few', assigned, needed: total / 2, total };
  const hours = new Map<string, number>();
  for (const question of questionsOf(test))
    if (question.kind === 'allocation')
      for (const item of question.items)
        hours.set(
          item.dimension,
          (hours.get(item.dimension) ?? 0) + (answers[`${question.id}.${item.id}`] ?? 0),
        );
  const dimensions = test.dimensions.map(({ id, label, about }): DimensionResult => {
    const spent = hours.get(id) ?? 0;
    const share = percent(spent, assigned);
    return {
      id,
      label,
      about,
      answered: 0,
      dontKnow: 0,
      hours: spent,
      share,
      level: levelOf('hours', share),
    };
  });
  const majority = dimensions.find((dimension) => (dimension.hours ?? 0) * 2 > assigned);
  const band = test.bands.find((candidate) => candidate.majority === majority?.id);
  if (!band) return { status: 'missing', questions: [] };
  const organisation = dimensions.at(-1)?.hours ?? 0;
  return {
    status: 'result',
    result: {
      band,
      dimensions,
      answered: 0,
      dontKnow: 0,
      total: 0,
      week: {
        total,
        assigned,
        unassigned: total - assigned,
        customer: percent(assigned - organisation, assigned),
      },
    },
  };
}

function evaluateMean(test: TestShape, answers: Answers): Evaluation {
  const parts = new Map<string, number[]>();
  const unknown = new Map<string, number>();
  let total = 0;
  for (const question of questionsOf(test)) {
    if (question.kind === 'allocation') continue;
    const values = (test.scales[question.scale] ?? []).flatMap((option) =>
      'value' in option ? [option.value] : [],
    );
    const low = Math.min(...values);
    const span = Math.max(...values) - low || 1;
    const rows =
      question.kind === 'matrix'
        ? question.rows.map((row) => ({ key: `${question.id}.${row.id}`, dimension: row.dimension }))
        : [{ key: question.id, dimension: question.dimension }];
    for (const { key, dimension } of rows) {
      total++;
      const value = answers[key];
      if (value === undefined || value === DONT_KNOW) {
        unknown.set(dimension, (unknown.get(dimension) ?? 0) + 1);
        continue;
      }
      let part = (value - low) / span;
      if (question.kind !== 'matrix' && question.reverse) part = 1 - part;
      parts.set(dimension, [...(parts.get(dimension) ?? []), part]);
    }
  }
  const dimensions = test.dimensions.map(({ id, label, about }): DimensionResult => {
    const values = parts.get(id) ?? [];
    const result: DimensionResult = {
      id,
      label,
      about,
      answered: values.length,
      dontKnow: unknown.get(id) ?? 0,
    };
    if (values.length) {
      result.score = Math.round((100 * values.reduce((sum, value) => sum + value, 0)) / values.length);
      result.level = levelOf('mean', result.score);
    }
    return result;
  });
  const answered = dimensions.reduce((sum, dimension) => sum + dimension.answered, 0);
  const scored = dimensions.filter(
    (dimension) => dimension.about === 'self' && dimension.score !== undefined,
  );
  const needed = Math.ceil(total / 2);
  if (answered < needed || !scored.length)
    return { status: 'withheld', reason: 'dont-know', answered, needed, total };
  const overall = Math.round(
    scored.reduce((sum, dimension) => sum + (dimension.score ?? 0), 0) / scored.length,
  );
  const band = bandFor(test.bands, overall);
  if (!band) return { status: 'missing', questions: [] };
  return {
    status: 'result',
    result: { band, overall, dimensions, answered, dontKnow: total - answered, total },
  };
}

/** The band a score falls in (bands are checked at build time to cover 0–100 exactly once). */
export function bandFor(bands: readonly Band[], overall: number): Band | undefined {
  return bands.find((band) => overall >= (band.min ?? 101) && overall <= (band.max ?? -1));
}
