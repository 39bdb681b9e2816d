import type { Answers, Band, Question, TestShape } from './types';

/** One answer a test asks for: a scale choice, the week's hours, or the hours of one kind of work. */
export type Slot =
  | { key: string; question: string; kind: 'choice'; values: number[] }
  | { key: string; question: string; kind: 'total'; max: number; step: number }
  | { key: string; question: string; kind: 'hours'; max: number; step: number };

const questionsOf = (test: Pick<TestShape, 'groups'>): Question[] =>
  test.groups.flatMap((group) => group.questions);

/** Every answer slot of a test, in the order the questions appear. */
export function answerSlots(test: Pick<TestShape, 'groups' | 'scales'>): Slot[] {
  return questionsOf(test).flatMap((question): Slot[] => {
    if (question.kind === 'allocation') {
      const limits = { max: question.total.max, step: question.step };
      return [
        { key: `${question.id}.total`, question: question.id, kind: 'total', ...limits },
        ...question.items.map((item): Slot => ({
          key: `${question.id}.${item.id}`,
          question: question.id,
          kind: 'hours',
          ...limits,
        })),
      ];
    }
    const values = (test.scales[question.scale] ?? []).map((option) => option.value);
    if (question.kind === 'matrix') {
      return question.rows.map((row) => ({
        key: `${question.id}.${row.id}`,
        question: question.id,
        kind: 'choice',
        values,
      }));
    }
    return [{ key: question.id, question: question.id, kind: 'choice', values }];
  });
}

/** True when a value can stand in a slot: an option of the scale, or hours in range and on the step. */
export function isValidAnswer(slot: Slot, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (slot.kind === 'choice') return slot.values.includes(value);
  const onStep = Math.abs(value / slot.step - Math.round(value / slot.step)) < 1e-9;
  return onStep && value <= slot.max && (slot.kind === 'total' ? value > 0 : value >= 0);
}

/** Keeps only answers that fit the test: unknown keys and impossible values are dropped, never trusted. */
export function sanitizeAnswers(test: Pick<TestShape, 'groups' | 'scales'>, raw: unknown): Answers {
  const answers: Answers = {};
  if (!raw || typeof raw !== 'object') return answers;
  for (const slot of answerSlots(test)) {
    const value = (raw as Record<string, unknown>)[slot.key];
    if (isValidAnswer(slot, value)) answers[slot.key] = value;
  }
  return answers;
}

/**
 * Ids of the questions still waiting for an answer, in order. Hours left empty count as zero, but
 * an hours question needs its week and at least one hour assigned.
 */
export function missingQuestions(test: Pick<TestShape, 'groups' | 'scales'>, answers: Answers): string[] {
  const missing = new Set<string>();
  const hoursGiven = new Set<string>();
  for (const slot of answerSlots(test)) {
    if (slot.kind === 'hours') {
      if ((answers[slot.key] ?? 0) > 0) hoursGiven.add(slot.question);
    } else if (answers[slot.key] === undefined) {
      missing.add(slot.question);
    }
  }
  for (const question of questionsOf(test)) {
    if (question.kind === 'allocation' && !hoursGiven.has(question.id)) missing.add(question.id);
  }
  return questionsOf(test)
    .map((question) => question.id)
    .filter((id) => missing.has(id));
}

export interface AllocationState {
  question: string;
  total: number;
  assigned: number;
  /** More hours assigned than the week has. */
  over: boolean;
}

/** The hours questions of a test: the week, what is assigned, and whether it is over the week. */
export function allocations(test: Pick<TestShape, 'groups'>, answers: Answers): AllocationState[] {
  return questionsOf(test).flatMap((question) => {
    if (question.kind !== 'allocation') return [];
    const total = answers[`${question.id}.total`] ?? question.total.default;
    const assigned = question.items.reduce(
      (sum, item) => sum + (answers[`${question.id}.${item.id}`] ?? 0),
      0,
    );
    return [{ question: question.id, total, assigned, over: assigned > total + 1e-9 }];
  });
}

export interface DimensionScore {
  id: string;
  label: string;
  /** 0–100: the share of the best possible answers, or of the week's hours. */
  score: number;
  /** Hours of the week counted here (hours tests only). */
  hours?: number;
}

export interface Result {
  /** 0–100. */
  overall: number;
  band: Band;
  dimensions: DimensionScore[];
  /** The dimension furthest from the customer, when there is more than one to compare. */
  weakest?: DimensionScore;
  /** The week, for hours tests. */
  week?: { total: number; assigned: number; unassigned: number };
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/**
 * Scores a complete set of answers: each dimension from 0 to 100, the overall score, its band.
 * Returns null while questions are missing or the hours do not add up, so a partial or invalid
 * answer never shows a made-up result.
 */
export function score(test: TestShape, rawAnswers: Answers): Result | null {
  const answers = sanitizeAnswers(test, rawAnswers);
  if (missingQuestions(test, answers).length) return null;
  const week = allocations(test, answers)[0];
  if (week?.over) return null;

  const parts = new Map<string, number[]>();
  const hours = new Map<string, number>();
  for (const question of questionsOf(test)) {
    if (question.kind === 'allocation') {
      for (const item of question.items)
        hours.set(
          item.dimension,
          (hours.get(item.dimension) ?? 0) + (answers[`${question.id}.${item.id}`] ?? 0),
        );
      continue;
    }
    const values = (test.scales[question.scale] ?? []).map((option) => option.value);
    const low = Math.min(...values);
    const span = Math.max(...values) - low || 1;
    const rows =
      question.kind === 'matrix'
        ? question.rows.map((row) => ({ key: `${question.id}.${row.id}`, dimension: row.dimension }))
        : [{ key: question.id, dimension: question.dimension }];
    for (const { key, dimension } of rows) {
      let part = ((answers[key] ?? low) - low) / span;
      if (question.kind !== 'matrix' && question.reverse) part = 1 - part;
      parts.set(dimension, [...(parts.get(dimension) ?? []), part]);
    }
  }

  const dimensions: DimensionScore[] = test.dimensions.map(({ id, label }) => {
    if (week) {
      const spent = hours.get(id) ?? 0;
      return { id, label, score: clamp((spent / week.total) * 100), hours: spent };
    }
    const values = parts.get(id) ?? [];
    return {
      id,
      label,
      score: clamp((values.reduce((sum, value) => sum + value, 0) / (values.length || 1)) * 100),
    };
  });

  let overall: number;
  if (week) {
    const weighted = test.dimensions.reduce(
      (sum, dimension) => sum + dimension.weight * (hours.get(dimension.id) ?? 0),
      0,
    );
    overall = clamp((weighted / week.total) * 100);
  } else {
    const totalWeight = test.dimensions.reduce((sum, dimension) => sum + dimension.weight, 0) || 1;
    overall = clamp(
      dimensions.reduce(
        (sum, dimension, index) => sum + dimension.score * (test.dimensions[index]?.weight ?? 1),
        0,
      ) / totalWeight,
    );
  }

  const band = bandFor(test.bands, overall);
  if (!band) return null;
  const result: Result = { overall, band, dimensions };
  if (!week && dimensions.length > 1) {
    result.weakest = dimensions.reduce((weakest, dimension) =>
      dimension.score < weakest.score ? dimension : weakest,
    );
  }
  if (week)
    result.week = {
      total: week.total,
      assigned: week.assigned,
      unassigned: Math.max(0, week.total - week.assigned),
    };
  return result;
}

/** The band a score falls in (bands are checked at build time to cover 0–100 exactly once). */
export function bandFor(bands: readonly Band[], overall: number): Band | undefined {
  return bands.find((band) => overall >= band.min && overall <= band.max);
}
