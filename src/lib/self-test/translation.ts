import type { SelfTestFields } from './schema';
import type { TestShape } from './types';

/** A test with the earlier layouts its links may carry (the schema's output has them). */
type Compared = TestShape & Partial<Pick<SelfTestFields, 'previousVersions'>>;
import type { Problem } from './validate';

type Path = (string | number)[];

/**
 * Everything in a self-test that decides a score, as [path, value] pairs: ids, kinds, scales and
 * their points and "Non so" positions, what each dimension is about, hours, reversals, band
 * limits and majorities. Texts (titles, labels, feedback), band ids and essay sections are left
 * out: they are what a translation changes (its essay has headings, and pages, of its own).
 */
function scoringFacts(test: Compared): [Path, string][] {
  const facts: [Path, string][] = [];
  const add = (path: Path, value: unknown) => facts.push([path, JSON.stringify(value)]);
  add(['scoring'], test.scoring);
  add(
    ['previousVersions'],
    (test.previousVersions ?? []).map((version) => `${version.fingerprint}:${version.slots.join(',')}`),
  );
  add(
    ['dimensions'],
    test.dimensions.map((dimension) => `${dimension.id}:${dimension.about}`),
  );
  for (const [id, options] of Object.entries(test.scales))
    add(
      ['scales', id],
      options.map((option) => ('dontKnow' in option ? 'dontKnow' : option.value)),
    );
  add(['scales'], Object.keys(test.scales).sort());
  add(['groups'], test.groups.length);
  test.groups.forEach((group, g) => {
    add(
      ['groups', g, 'questions'],
      group.questions.map((question) => question.id),
    );
    group.questions.forEach((question, q) => {
      const path: Path = ['groups', g, 'questions', q];
      add([...path, 'kind'], question.kind);
      if (question.kind === 'matrix') {
        add([...path, 'scale'], question.scale);
        add(
          [...path, 'rows'],
          question.rows.map((row) => `${row.id}:${row.dimension}`),
        );
      } else if (question.kind === 'allocation') {
        add([...path, 'total'], [question.total.default, question.total.max]);
        add([...path, 'step'], question.step);
        add(
          [...path, 'items'],
          question.items.map((item) => `${item.id}:${item.dimension}`),
        );
      } else {
        add([...path, 'scale'], question.scale);
        add([...path, 'dimension'], question.dimension);
        add([...path, 'reverse'], question.reverse);
      }
    });
  });
  add(
    ['bands'],
    test.bands.map((band) => band.majority ?? `${band.min}-${band.max}`),
  );
  return facts;
}

/**
 * What differs in the scoring between a self-test and its translation. A translation changes
 * the words only: the same questions (ids, kinds, order), scales, dimensions and bands (by position),
 * so that a result, and a shared result link, mean the same in every language.
 */
export function translationProblems(original: Compared, translation: Compared): Problem[] {
  const expected = new Map(scoringFacts(original).map(([path, value]) => [path.join('.'), { path, value }]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [path, value] of scoringFacts(translation)) {
    const key = path.join('.');
    seen.add(key);
    const want = expected.get(key);
    if (!want) {
      problems.push({
        path,
        message: `${key} is ${value} here but does not exist in the original: a translation has exactly the original's questions and scoring; translate the texts only.`,
      });
    } else if (want.value !== value) {
      problems.push({
        path,
        message: `${key} is ${value} here but ${want.value} in the original: a translation keeps the original's questions and scoring; translate the texts only.`,
      });
    }
  }
  for (const [key, want] of expected) {
    if (!seen.has(key))
      problems.push({
        path: want.path,
        message: `${key} (${want.value} in the original) is missing here: a translation has exactly the original's questions and scoring.`,
      });
  }
  return problems;
}
