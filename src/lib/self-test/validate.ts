import { isDontKnow, type TestShape } from './types';

export interface Problem {
  /** Where in the file, e.g. ['bands', 1, 'min']. */
  path: (string | number)[];
  message: string;
}

/**
 * What the schema alone cannot see in a self-test definition: bands that overlap, leave gaps or
 * miss a dimension's majority, repeated band ids, scales with fewer than two options or two
 * "Non so", dimensions with no question, references to unknown ids.
 * Each problem says where it is and how to fix it; Astro adds the file name.
 */
export function definitionProblems(test: TestShape): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });

  if (test.scoring === 'hours') hoursBandProblems(test, add);
  else meanBandProblems(test, add);
  const bandIds = new Set<string>();
  test.bands.forEach((band, b) => {
    if (bandIds.has(band.id))
      add(
        ['bands', b, 'id'],
        `band id "${band.id}" is used twice: each band needs its own (it is its page's address).`,
      );
    bandIds.add(band.id);
  });

  for (const [id, options] of Object.entries(test.scales)) {
    const values = options.flatMap((option) => (isDontKnow(option) ? [] : [option.value]));
    if (values.length < 2)
      add(
        ['scales', id],
        `scale "${id}" has ${values.length} option(s) with a value: a question needs at least two to choose from.`,
      );
    if (new Set(values).size !== values.length)
      add(['scales', id], `scale "${id}" gives two options the same value: each option needs its own.`);
    if (options.length - values.length > 1)
      add(['scales', id], `scale "${id}" has more than one dontKnow option: keep one "Non so".`);
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

  if (test.scoring === 'hours' && (allocations !== 1 || scaleQuestions > 0))
    add(['scoring'], 'hours scoring needs exactly one allocation (hours) question and no scale questions.');
  if (test.scoring === 'mean' && allocations > 0) add(['scoring'], 'hours questions need scoring: hours.');
  if (test.scoring === 'mean' && !test.dimensions.some((dimension) => dimension.about === 'self'))
    add(
      ['dimensions'],
      'every dimension is about: organisation: at least one must be about the reader (about: self) to give a result.',
    );
  return problems;
}

type Add = (path: Problem['path'], message: string) => void;

/** Mean tests: every band has min and max, and together they cover 0–100 once. */
function meanBandProblems(test: TestShape, add: Add): void {
  const ranged: { min: number; max: number; title: string; index: number }[] = [];
  test.bands.forEach((band, index) => {
    if (band.majority !== undefined)
      add(['bands', index, 'majority'], 'majority is for hours tests: give this band min and max instead.');
    if (band.min === undefined || band.max === undefined)
      add(['bands', index], `band "${band.title}" needs min and max: the scores (0–100) it covers.`);
    else ranged.push({ min: band.min, max: band.max, title: band.title, index });
  });
  const bands = ranged.sort((a, b) => a.min - b.min);
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
}

/** Hours tests: one band per dimension by majority, and exactly one band for "no majority". */
function hoursBandProblems(test: TestShape, add: Add): void {
  const ids = test.dimensions.map((dimension) => dimension.id);
  const seen = new Set<string>();
  let without = 0;
  test.bands.forEach((band, index) => {
    if (band.min !== undefined || band.max !== undefined)
      add(
        ['bands', index],
        'min and max are for mean tests: an hours band has majority: <dimension id>, or nothing.',
      );
    if (band.majority === undefined) {
      if (++without === 2)
        add(
          ['bands', index],
          'two bands have no majority: exactly one band is for "no kind of work has more than half".',
        );
      return;
    }
    if (!ids.includes(band.majority))
      add(
        ['bands', index, 'majority'],
        `majority "${band.majority}" is not in dimensions (${ids.join(', ')}): fix the id.`,
      );
    else if (seen.has(band.majority))
      add(
        ['bands', index, 'majority'],
        `two bands have majority "${band.majority}": each dimension has exactly one band.`,
      );
    seen.add(band.majority);
  });
  for (const id of ids)
    if (!seen.has(id))
      add(['bands'], `no band has majority "${id}": add the band for more than half of the hours there.`);
  if (without === 0)
    add(
      ['bands'],
      'no band without majority: add one for when no kind of work has more than half of the hours (e.g. 50/50).',
    );
}
