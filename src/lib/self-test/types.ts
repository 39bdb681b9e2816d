import type { SelfTestData } from '../../content.config';

/**
 * A self-test as the browser receives it: the schema's output without the essay reference,
 * plus what the page knows (id, essay link). Types come from the schema in content.config.ts.
 */
export type SelfTestDefinition = Omit<SelfTestData, 'essay'> & {
  id: string;
  essay: { title: string; url: string };
};

export type Group = SelfTestData['groups'][number];
export type Question = Group['questions'][number];
export type Band = SelfTestData['bands'][number];
export type Dimension = SelfTestData['dimensions'][number];

/** The fields the structural checks and the scoring read; both the schema output and the browser copy have them. */
export type TestShape = Pick<SelfTestData, 'scoring' | 'dimensions' | 'scales' | 'groups' | 'bands'>;

/** Answers by slot key: "q1" (a scale question), "q2.marketing" (a matrix row), "ore.riunioni", "ore.total". */
export type Answers = Record<string, number>;
