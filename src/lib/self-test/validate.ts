import type { TestShape } from './types';

export interface Problem {
  /** Where in the file, e.g. ['bands', 1, 'min']. */
  path: (string | number)[];
  message: string;
}

/**
 * What the schema alone cannot see in a self-test definition: bands that overlap or leave gaps,
 * scales with fewer than two options, dimensions with no question, references to unknown ids.
 * Each problem says where it is and how to fix it; Astro adds the file name.
 */
export function definitionProblems(test: TestShape): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });

  const bands = test.bands.map((band, index) => ({ ...band, index })).sort((a, b) => a.min - b.min);
  bands.forEach((band, order) => {
    if (band.min > band.max)
      add(
        ['bands', band.index],
        `band "${band.title}" starts at ${band.min} but ends at ${band.max}: min must not be above max.`,
      );
    const previous = bands[order - 1];
    if (!previous) {
      if (band.min !== 0)
        add(
          ['bands', band.index, 'min'],
          `scores 0–${band.min - 1} have no band: the lowest band must start at 0.`,
        );
      return;
    }
    if (band.min <= previous.max) {
      add(
        ['bands', band.index, 'min'],
        `bands "${previous.title}" (${previous.min}–${previous.max}) and "${band.title}" (${band.min}–${band.max}) overlap: start "${band.title}" at ${previous.max + 1}.`,
      );
    } else if (band.min > previous.max + 1) {
      add(
        ['bands', band.index, 'min'],
        `scores ${previous.max + 1}–${band.min - 1} have no band: start "${band.title}" at ${previous.max + 1}.`,
      );
    }
  });
  const last = bands.at(-1);
  if (last && last.max !== 100)
    add(
      ['bands', last.index, 'max'],
      `scores ${last.max + 1}–100 have no band: the highest band must end at 100.`,
    );

  for (const [id, options] of Object.entries(test.scales)) {
    if (options.length < 2)
      add(
        ['scales', id],
        `scale "${id}" has ${options.length} option(s): a question needs at least two to choose from.`,
      );
    if (new Set(options.map((option) => option.value)).size !== options.length)
      add(['scales', id], `scale "${id}" gives two options the same value: each option needs its own.`);
  }

  const dimensionIds = new Set(test.dimensions.map((dimension) => dimension.id));
  const used = new Map<string, Set<'scale' | 'hours'>>();
  const use = (dimension: string, how: 'scale' | 'hours', path: Problem['path']) => {
    if (!dimensionIds.has(dimension)) {
      add(
        path,
        `dimension "${dimension}" is not in dimensions (${[...dimensionIds].join(', ')}): add it there or fix the id.`,
      );
      return;
    }
    used.set(dimension, (used.get(dimension) ?? new Set()).add(how));
  };
  const questionIds = new Set<string>();
  let allocations = 0;
  let scaleQuestions = 0;

  test.groups.forEach((group, g) => {
    group.questions.forEach((question, q) => {
      const path = ['groups', g, 'questions', q];
      if (questionIds.has(question.id))
        add([...path, 'id'], `question id "${question.id}" is used twice: ids must be unique in a test.`);
      questionIds.add(question.id);
      if (question.kind === 'allocation') {
        allocations++;
        if (question.total.default > question.total.max)
          add(
            [...path, 'total'],
            `the default of ${question.total.default} hours is above the maximum of ${question.total.max}.`,
          );
        if (new Set(question.items.map((item) => item.id)).size !== question.items.length)
          add([...path, 'items'], 'two items share an id: each needs its own.');
        question.items.forEach((item, i) => use(item.dimension, 'hours', [...path, 'items', i, 'dimension']));
        return;
      }
      scaleQuestions++;
      if (!test.scales[question.scale])
        add([...path, 'scale'], `scale "${question.scale}" is not defined in scales: add it or fix the id.`);
      if (question.kind === 'matrix') {
        if (new Set(question.rows.map((row) => row.id)).size !== question.rows.length)
          add([...path, 'rows'], 'two rows share an id: each needs its own.');
        question.rows.forEach((row, r) => use(row.dimension, 'scale', [...path, 'rows', r, 'dimension']));
      } else {
        use(question.dimension, 'scale', [...path, 'dimension']);
      }
    });
  });

  test.dimensions.forEach((dimension, d) => {
    const how = used.get(dimension.id);
    if (!how)
      add(['dimensions', d], `dimension "${dimension.id}" has no question: give it one, or remove it.`);
    else if (how.size > 1)
      add(
        ['dimensions', d],
        `dimension "${dimension.id}" mixes hours and scale answers: keep them in separate dimensions.`,
      );
  });

  if (test.scoring === 'weighted-share' && (allocations !== 1 || scaleQuestions > 0)) {
    add(
      ['scoring'],
      'weighted-share scoring needs exactly one allocation (hours) question and no scale questions.',
    );
  }
  if (test.scoring === 'mean' && allocations > 0)
    add(['scoring'], 'hours questions need scoring: weighted-share.');
  return problems;
}
