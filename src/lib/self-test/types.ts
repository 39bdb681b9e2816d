import type { SelfTestFields } from './schema';

/**
 * A self-test as the browser receives it: the schema's output without the essay reference,
 * plus what the page knows (id, essay link). Types come from the schema in ./schema.ts.
 */
export type SelfTestDefinition = SelfTestFields & {
  id: string;
  essay: { title: string; url: string };
};

export type Group = SelfTestFields['groups'][number];
export type Question = Group['questions'][number];
export type Band = SelfTestFields['bands'][number];
export type Dimension = SelfTestFields['dimensions'][number];

/** The fields the structural checks and the scoring read; both the schema output and the browser copy have them. */
export type TestShape = Pick<SelfTestFields, 'scoring' | 'dimensions' | 'scales' | 'groups' | 'bands'>;

/** Answers by slot key: "q1" (a scale question), "q2.marketing" (a matrix row), "ore.riunioni", "ore.total". */
export type Answers = Record<string, number>;
