import type { SelfTestFields } from './schema';

/**
 * A self-test as the browser receives it: the schema's output without the essay reference,
 * plus what the page knows (id, essay link, each band's result page). Types come from the schema
 * in ./schema.ts.
 */
export type SelfTestDefinition = Omit<SelfTestFields, 'bands'> & {
  id: string;
  essay: { title: string; url: string };
  bands: (Band & { path: string })[];
};

export type Group = SelfTestFields['groups'][number];
export type Question = Group['questions'][number];
export type Band = SelfTestFields['bands'][number];
export type Dimension = SelfTestFields['dimensions'][number];
export type ScaleOption = SelfTestFields['scales'][string][number];

/** The fields the structural checks and the scoring read; both the schema output and the browser copy have them. */
export type TestShape = Pick<SelfTestFields, 'scoring' | 'dimensions' | 'scales' | 'groups' | 'bands'>;

/** Answers by slot key: "q1" (a scale question), "q2.marketing" (a matrix row), "ore.riunioni", "ore.total". */
export type Answers = Record<string, number>;

/** The answer "Non so" / "I don't know": given, kept, and left out of the score. */
export const DONT_KNOW = -1;

/** True for a scale option that stands for "Non so". */
export const isDontKnow = (option: ScaleOption): option is Extract<ScaleOption, { dontKnow: true }> =>
  'dontKnow' in option;
