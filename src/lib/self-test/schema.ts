import { z } from 'astro/zod';
import { publicText, slugId, whenMissing } from '../schema-fields';
import { MAX_TITLE_LENGTH } from '../seo';

/**
 * The fields of a self-test, without the essay it belongs to: what the Italian file and its
 * translations share, and what the browser receives. Pure (zod only): the collection schemas in
 * src/schemas/self-tests.ts add the essay reference and the checks that read other files.
 */

/** An option of a scale: points, or "Non so" (kept as an answer, left out of the score). */
const scaleOption = z.union(
  [
    z.object({
      /** What the reader sees next to the radio button. */
      label: publicText().max(60),
      /** Points the option is worth; higher means closer to the customer. */
      value: z.number().int().min(0).max(10),
    }),
    z.object({
      /** What the reader sees next to the radio button ("Non so", "I don't know"). */
      label: publicText().max(60),
      /** True: the reader does not know; the answer counts as given but not in the score. */
      dontKnow: z.literal(true),
    }),
  ],
  {
    error: () =>
      'a scale option needs a label and either value (a whole number 0–10) or dontKnow: true ("Non so").',
  },
);

/** Where each level starts, for the messages: mean tests score 0–100, hours tests are shares. */
const LEVEL_RANGES = {
  low: 'scores 0–39 (hours tests: under 25 % of the assigned hours)',
  middle: 'scores 40–69 (hours tests: 25 % up to 50 %)',
  high: 'scores 70–100 (hours tests: at least 50 %)',
} as const;

/** A level's reading and next step; `level` names it in the messages. */
const reading = (level: keyof typeof LEVEL_RANGES) => {
  const where = `feedback.${level}`;
  return z.object(
    {
      /** What is true of every score at this level, in one or two sentences. */
      reading: publicText(`${where} needs reading: what is true of ${LEVEL_RANGES[level]}.`).max(300),
      /** One concrete next step for a reader at this level. */
      step: publicText(`${where} needs step: one concrete next step for ${LEVEL_RANGES[level]}.`).max(240),
    },
    whenMissing(`dimension needs ${where}: a reading and a step for ${LEVEL_RANGES[level]}.`),
  );
};

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
  /** Who the test is for, in one sentence, shown above the intro ("Per chi è"). */
  audience: publicText('audience is missing: write in one sentence who the test is for.').max(200),
  /** What the test asks and how to answer, shown before the questions. */
  intro: publicText().max(600),
  /** "mean": scale answers, the overall score is the mean of the 'self' dimensions; "hours": one week of hours, shares of the assigned hours. */
  scoring: z
    .enum(['mean', 'hours'], {
      error: () => 'scoring must be "mean" (scale questions) or "hours" (one week of hours).',
    })
    .default('mean'),
  /** What is measured: every dimension needs at least one question. */
  dimensions: z
    .array(
      z.object({
        /** Unique within the test. */
        id: slugId(),
        /** Name shown in the result. */
        label: publicText().max(60),
        /** "self": the reader's own work; "organisation": others' work, shown apart and left out of the overall score. */
        about: z.enum(['self', 'organisation']).default('self'),
        /** Id of the heading (## or ###, as Astro slugs it) of the test's essay that treats this dimension. */
        section: z
          .string()
          // Heading ids keep accented letters ("chi-è-il-cliente"): the build checks the heading exists.
          .regex(/^[\p{Ll}\p{Lo}\p{N}_-]+$/u, {
            message:
              'must be a heading id as Astro makes it: lowercase, hyphens for spaces (e.g. "chi-è-il-cliente").',
          }),
        /** A reading and a next step for each level of the dimension's score (or share). */
        feedback: z.object(
          { low: reading('low'), middle: reading('middle'), high: reading('high') },
          whenMissing('dimension needs feedback: low, middle and high, each with a reading and a step.'),
        ),
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
  /**
   * The results. Mean tests: by overall score, contiguous min–max ranges covering 0 to 100.
   * Hours tests: one band per dimension (majority: more than half of the assigned hours) and one
   * without majority (no kind of work has more than half).
   */
  bands: z
    .array(
      z.object({
        /** The band's result page segment; unique in the test (translations have their own). */
        id: slugId(),
        /** Mean tests: lowest score of the band (inclusive). */
        min: z.number().int().min(0).max(100).optional(),
        /** Mean tests: highest score of the band (inclusive). */
        max: z.number().int().min(0).max(100).optional(),
        /** Hours tests: the dimension with more than half of the assigned hours; absent on the one "no majority" band. */
        majority: slugId().optional(),
        /** Headline of the result. */
        title: publicText().max(90),
        /** What the result means and what to do next: true of every result in the band, no numbers. */
        text: publicText().max(700),
        /** The one-line reading of the share card, the og:image and the plain-text share. */
        share: publicText(
          'band needs share: the one-line reading (at most 140 characters) shown on the share card.',
        ).max(140),
      }),
    )
    .min(1),
  /** Layouts of earlier versions (fingerprint and slot keys), so that their share links keep opening. */
  previousVersions: z
    .array(
      z.object({
        /** The fingerprint the old share codes carry. */
        fingerprint: z.string().regex(/^[0-9a-z]+$/),
        /** The old slot keys, in order. */
        slots: z.array(z.string()),
      }),
    )
    .default([]),
};

/** The fields alone, with their defaults: how a translation's original is read for comparison. */
export const selfTestFieldsSchema = z.object(selfTestFields);

/** A self-test as the schema outputs it, without the essay it belongs to. */
export type SelfTestFields = z.infer<typeof selfTestFieldsSchema>;
