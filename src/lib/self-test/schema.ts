import { z } from 'astro/zod';
import { publicText, slugId } from '../schema-fields';
import { MAX_TITLE_LENGTH } from '../seo';

/**
 * The fields of a self-test, without the essay it belongs to: what the Italian file and its
 * translations share, and what the browser receives. Pure (zod only): the collection schemas in
 * src/schemas/self-tests.ts add the essay reference and the checks that read other files.
 */

const scaleOption = z.object({
  /** What the reader sees next to the radio button. */
  label: publicText().max(60),
  /** Points the option is worth; higher means closer to the customer. */
  value: z.number().int().min(0).max(10),
});

const questionBase = {
  /** Unique within the test; part of the saved answers and of share links. */
  id: slugId(),
  /** The question or statement, as the reader sees it. */
  text: publicText().max(240),
  /** A line of help under the question, if needed. */
  help: publicText().max(240).optional(),
};

/** One statement answered on a scale (agreement or frequency). */
const scaleQuestion = z.object({
  ...questionBase,
  /** "likert" (agreement, 5 points) or "frequency" (mai … sempre). */
  kind: z.enum(['likert', 'frequency']),
  /** Id of a scale in the test's `scales`. */
  scale: slugId(),
  /** Id of the dimension the answer counts toward. */
  dimension: slugId(),
  /** True when agreeing means further from the customer: the points are counted backwards. */
  reverse: z.boolean().default(false),
});

/** Several rows (departments, people…) answered on the same scale. */
const matrixQuestion = z.object({
  ...questionBase,
  kind: z.literal('matrix'),
  /** Id of a scale in the test's `scales`, the same for every row. */
  scale: slugId(),
  /** The rows; each counts toward its own dimension. */
  rows: z
    .array(
      z.object({
        /** Unique within the question. */ id: slugId(),
        /** Row label. */ label: publicText().max(60),
        /** Dimension the row counts toward. */ dimension: slugId(),
      }),
    )
    .min(2),
});

/** Hours of a week spread over kinds of work. */
const allocationQuestion = z.object({
  ...questionBase,
  kind: z.literal('allocation'),
  /** The hours to spread: the reader may change them. */
  total: z.object({
    /** Label of the field with the week's hours. */
    label: publicText().max(80),
    /** Starting value (the classic 40-hour week). */
    default: z.number().positive().max(168),
    /** Most hours a reader may enter. */
    max: z.number().positive().max(168),
  }),
  /** Smallest step of an entry, in hours. */
  step: z.number().positive().default(0.5),
  /** The kinds of work, each counting toward a dimension. */
  items: z
    .array(
      z.object({
        /** Unique within the question. */ id: slugId(),
        /** Kind of work. */ label: publicText().max(90),
        /** Dimension its hours count toward. */ dimension: slugId(),
      }),
    )
    .min(2),
});

/** A self-test without the essay it belongs to: what a translation repeats, texts translated. */
export const selfTestFields = {
  /** Title of the self-test (at most what search results show). */
  title: publicText().max(MAX_TITLE_LENGTH),
  /** One sentence for lists and the meta description. */
  description: publicText().min(50).max(160),
  /** What the test asks and how to answer, shown before the questions. */
  intro: publicText().max(600),
  /** "mean": the overall score is the mean of the dimensions; "weighted-share": the share of the hours, weighted per dimension. */
  scoring: z.enum(['mean', 'weighted-share']).default('mean'),
  /** What is measured: every dimension needs at least one question. */
  dimensions: z
    .array(
      z.object({
        /** Unique within the test. */
        id: slugId(),
        /** Name shown in the result. */
        label: publicText().max(60),
        /** Weight in the overall score (in weighted-share tests: how much an hour here counts for the customer). */
        weight: z.number().min(0).max(1).default(1),
        /** Advice shown when this is the weakest dimension. */
        advice: publicText().max(400).optional(),
      }),
    )
    .min(1),
  /** Answer scales by id, each with at least two options. */
  scales: z.record(slugId(), z.array(scaleOption)).default({}),
  /** The questions, in groups shown as sections. */
  groups: z
    .array(
      z.object({
        /** Title of the group. */
        title: publicText().max(90),
        /** A line before the group's questions. */
        intro: publicText().max(400).optional(),
        /** The questions of the group. */
        questions: z
          .array(z.discriminatedUnion('kind', [scaleQuestion, matrixQuestion, allocationQuestion]))
          .min(1),
      }),
    )
    .min(1),
  /** Results by overall score (0–100): contiguous ranges covering 0 to 100, no overlaps. */
  bands: z
    .array(
      z.object({
        /** Lowest score of the band (inclusive). */
        min: z.number().int().min(0).max(100),
        /** Highest score of the band (inclusive). */
        max: z.number().int().min(0).max(100),
        /** Headline of the result. */
        title: publicText().max(90),
        /** What the result means and what to do next. */
        text: publicText().max(700),
      }),
    )
    .min(1),
};

/** The fields alone, with their defaults: how a translation's original is read for comparison. */
export const selfTestFieldsSchema = z.object(selfTestFields);

/** A self-test as the schema outputs it, without the essay it belongs to. */
export type SelfTestFields = z.infer<typeof selfTestFieldsSchema>;
