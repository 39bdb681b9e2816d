import { DONT_KNOW, isDontKnow, type Answers, type Question, type TestShape } from './types';

/** One answer a test asks for: a scale choice, the week's hours, or the hours of one kind of work. */
export type Slot =
  | { key: string; question: string; kind: 'choice'; values: number[]; dontKnow: boolean }
  | { key: string; question: string; kind: 'total'; max: number; step: number }
  | { key: string; question: string; kind: 'hours'; max: number; step: number };

export const questionsOf = (test: Pick<TestShape, 'groups'>): Question[] =>
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
    const options = test.scales[question.scale] ?? [];
    const choice = {
      question: question.id,
      kind: 'choice' as const,
      values: options.flatMap((option) => (isDontKnow(option) ? [] : [option.value])),
      dontKnow: options.some(isDontKnow),
    };
    if (question.kind === 'matrix')
      return question.rows.map((row) => ({ key: `${question.id}.${row.id}`, ...choice }));
    return [{ key: question.id, ...choice }];
  });
}

/** True when a value can stand in a slot: an option of the scale ("Non so" if it has one), or hours in range and on the step. */
export function isValidAnswer(slot: Slot, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (slot.kind === 'choice') return slot.values.includes(value) || (slot.dontKnow && value === DONT_KNOW);
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
 * Ids of the questions still waiting for an answer, in order ("Non so" is an answer). Hours left
 * empty count as zero, but an hours question needs its week and at least one hour assigned.
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
