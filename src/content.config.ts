import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findImpossibleDays } from './lib/calendar-days';
import { MAX_TITLE_LENGTH } from './lib/seo';
import { filesWithId, listEntryIds } from './build/content-files';
import { entryIdFromPath, isValidEntryId } from './lib/content-ids';
import { definitionProblems } from './lib/self-test/validate';
import { translationProblems } from './lib/self-test/translation';
import type { TestShape } from './lib/self-test/types';
import { load } from 'js-yaml';
import { TRANSLATED_LOCALES } from './i18n';

/**
 * Where the content lives. The real site reads ./content; tests and the scale benchmark point this
 * at a copy so that the real folder is never touched.
 */
export const CONTENT_DIR = process.env['CAC_CONTENT_DIR'] ?? 'content';

type LinkedCollection = 'authors' | 'topics' | 'sources' | 'essays' | 'glossary' | 'self-tests';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/** Text the site publishes: never an e-mail address, even one the original printed. */
const publicText = () =>
  z
    .string()
    .trim()
    .min(1)
    .refine((text) => !EMAIL.test(text), {
      message: 'contains an e-mail address. The site never publishes e-mail addresses: remove it.',
    });

/** A web address a reader can follow: http or https only (no mailto:, no javascript:). */
const webUrl = () => z.url({ protocol: /^https?$/, message: 'must be a full http(s):// address.' });

/**
 * A reference that must point to an existing file. Astro's reference() accepts any id; an unknown
 * one would only surface as an empty author or topic on a built page, so it is checked here, where
 * Astro's error names the entry file and the field.
 */
const existing = <C extends LinkedCollection>(collection: C) =>
  z
    .string()
    .superRefine((id, ctx) => {
      const known = listEntryIds(join(CONTENT_DIR, collection));
      if (!known.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${collection} id "${id}": there is no ${CONTENT_DIR}/${collection}/${id}.yaml. Use one of: ${known.join(', ') || '(none)'}, or add that file.`,
        });
      }
    })
    .pipe(reference(collection));

/**
 * File name = id = URL slug, checked so that a bad file name, or two files with one name (and so
 * one URL), fail with the file names in the message.
 */
const idGenerator =
  (dir: string) =>
  ({ entry }: { entry: string }) => {
    const id = entryIdFromPath(entry);
    if (!isValidEntryId(id)) {
      throw new Error(
        `${entry}: the file name "${id}" is not a valid slug. Rename it with lowercase letters, digits and hyphens only (e.g. "customer-centricity.mdx").`,
      );
    }
    const twins = filesWithId(dir, id);
    if (twins.length > 1) {
      throw new Error(
        `${join(dir, entry)}: ${twins
          .filter((file) => file !== entry)
          .map((file) => join(dir, file))
          .join(
            ', ',
          )} has the same name, so both would be the entry (and page) "${id}". Rename or remove one of them.`,
      );
    }
    return id;
  };

/**
 * Translations live in content/<locale>/<folder>/; their id is "<locale>/<file name>"
 * ("en/trust-in-the-client-relationship"), the file name being the page's slug in that language.
 */
const translationIdGenerator =
  (folder: string) =>
  ({ entry }: { entry: string }) => {
    const [locale = '', ...rest] = entry.split(/[\\/]/);
    if (!(TRANSLATED_LOCALES as readonly string[]).includes(locale)) {
      throw new Error(
        `${join(CONTENT_DIR, entry)}: "${locale}" is not a language of the site. Translations go in ${TRANSLATED_LOCALES.map((l) => join(CONTENT_DIR, l, folder)).join(' or ')}.`,
      );
    }
    const id = idGenerator(join(CONTENT_DIR, locale, folder))({ entry: rest.slice(1).join('/') });
    return `${locale}/${id}`;
  };

const slugId = () =>
  z
    .string()
    .refine(isValidEntryId, { message: 'must be lowercase letters, digits and hyphens (e.g. "fiducia").' });

/** The texts of an essay: what a translation rewrites. */
const essayText = {
  /** Headline of the essay, shown on its page, in lists and in the <title>. */
  title: publicText().max(110),
  /** Shorter title for the browser tab and search results; needed when the title is longer than 70 characters. */
  shortTitle: publicText().max(MAX_TITLE_LENGTH).optional(),
  /** One-sentence summary: meta description, list text and RSS description (search engines cut past 160 characters). */
  description: publicText().min(50).max(160),
  /** The essay's key ideas for the "In breve" box, one sentence each. */
  keyIdeas: z.array(publicText().min(20)).min(2).max(6),
  /** Questions for the reader, shown after the argument; each ends with a question mark. */
  questions: z
    .array(publicText().endsWith('?', { message: 'must end with a question mark.' }))
    .min(1)
    .max(6),
};

/** The dates of an essay or of one translation of it. */
const essayDates = {
  /** Date this text was first published on this site (YYYY-MM-DD). */
  publishedAt: z.coerce.date(),
  /** Date of the last substantial revision (YYYY-MM-DD), if any. */
  updatedAt: z.coerce.date().optional(),
  /** A draft is built in development only: never published, listed or indexed. */
  draft: z.boolean().default(false),
};

/** Checks across fields that essays and their translations share. */
const essayChecks = <
  T extends z.ZodType<{
    title: string;
    shortTitle?: string | undefined;
    publishedAt: Date;
    updatedAt?: Date | undefined;
  }>,
>(
  schema: T,
) =>
  schema
    .refine((essay) => !essay.updatedAt || essay.updatedAt >= essay.publishedAt, {
      message: 'updatedAt is earlier than publishedAt: fix one of the two dates.',
      path: ['updatedAt'],
    })
    .refine((essay) => essay.title.length <= MAX_TITLE_LENGTH || essay.shortTitle !== undefined, {
      message: `the title is longer than the ${MAX_TITLE_LENGTH} characters search results show: add a shortTitle of at most ${MAX_TITLE_LENGTH}.`,
      path: ['shortTitle'],
    });

export const essaySchema = essayChecks(
  z.object({
    ...essayText,
    /** The author of the original essay this page presents, as an id in content/authors/. */
    author: existing('authors'),
    /** The original essay this page retells and credits, as an id in content/sources/. */
    source: existing('sources'),
    /** Topics the essay belongs to, most relevant first, as ids in content/topics/. */
    topics: z.array(existing('topics')).min(1, { message: 'needs at least one topic.' }),
    ...essayDates,
  }),
);

/**
 * An essay in another language (content/<locale>/essays/): the texts and dates only. Author,
 * source and topics are the original's, so the two editions cannot drift apart.
 */
export const essayTranslationSchema = essayChecks(
  z.object({
    /** The Italian essay this text translates, as an id in content/essays/. */
    translationOf: existing('essays'),
    ...essayText,
    ...essayDates,
  }),
);

/** What a translation of an author entry rewrites. */
const authorText = {
  /** Role or affiliation in a few words, if the original gives one. */
  role: publicText().max(120).optional(),
  /** Short factual bio, only from what the original says. */
  bio: publicText().min(40).max(600),
};

export const authorSchema = z.object({
  /** Name as the original credits it. */
  name: publicText().max(80),
  /** A person, an organisation, or an author the original does not name. */
  kind: z.enum(['person', 'organisation', 'unknown']),
  ...authorText,
  /** The author's own public website, if the original gives one. */
  website: webUrl().optional(),
});

/** An author entry in another language (content/<locale>/authors/): the name may change too ("Author not named"). */
export const authorTranslationSchema = z.object({
  /** The author entry this text translates, as an id in content/authors/. */
  translationOf: existing('authors'),
  /** The name, when it is a description rather than a name; the original's otherwise. */
  name: publicText().max(80).optional(),
  ...authorText,
});

const topicText = {
  /** Name of the topic as shown to readers. */
  title: publicText().max(60),
  /** One-sentence summary: meta description and list text. */
  description: publicText().min(50).max(160),
  /** A short introduction shown at the top of the topic page. */
  intro: publicText().min(80).max(900),
};

export const topicSchema = z.object(topicText);

/** A topic in another language (content/<locale>/topics/). */
export const topicTranslationSchema = z.object({
  /** The Italian topic this text translates, as an id in content/topics/. */
  translationOf: existing('topics'),
  ...topicText,
});

export const sourceSchema = z.object({
  /** Title of the original essay, as published. */
  title: publicText().max(200),
  /** Blog, site or company that published it, if known. */
  publisher: publicText().max(120).optional(),
  /** Year of publication, if known. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** Public address of the original, if known (http or https). */
  url: webUrl().optional(),
  /** Language the original was written in (BCP 47). */
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
    .default('it'),
});

const glossaryText = {
  /** The term, as the heading of its entry. */
  term: publicText().max(60),
  /** Other forms of the term (plurals, translations, synonyms); essays link any of them. */
  aliases: z.array(publicText().max(60)).default([]),
  /** One or two sentences: the tooltip in essays and the meta description. */
  definition: publicText().min(40).max(220),
  /** A short explanation in the site's words, shown on the entry's page. */
  body: publicText().max(900),
};

/**
 * A glossary term in another language (content/<locale>/glossary/): the texts only; related
 * terms and essays are the original's.
 */
export const glossaryTranslationSchema = z.object({
  /** The Italian term this entry translates, as an id in content/glossary/. */
  translationOf: existing('glossary'),
  ...glossaryText,
});

export const glossarySchema = z.object({
  ...glossaryText,
  /** Related terms, as ids in content/glossary/. */
  related: z.array(existing('glossary')).default([]),
  /** Essays that discuss the term, as ids in content/essays/: at least one. */
  essays: z
    .array(existing('essays'))
    .min(1, { message: 'a term needs at least one essay that discusses it: list its id.' }),
});

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
const selfTestFields = {
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

/** Definition problems (bands, scales, dimensions) reported on the file's fields. */
const checkDefinition = (test: TestShape, ctx: z.RefinementCtx) => {
  for (const problem of definitionProblems(test))
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
};

export const selfTestSchema = z
  .object({
    ...selfTestFields,
    /** The essay the test belongs to, as an id in content/essays/. */
    essay: existing('essays'),
  })
  .superRefine(checkDefinition);

/** The original of a self-test translation, parsed with the same defaults, or undefined if it does not parse (its own error says why). */
function originalSelfTest(id: string): TestShape | undefined {
  const dir = join(CONTENT_DIR, 'self-tests');
  const [file] = filesWithId(dir, id);
  if (!file) return undefined;
  const parsed = z.object(selfTestFields).safeParse(load(readFileSync(join(dir, file), 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A self-test in another language (content/<locale>/self-tests/): the whole test with its texts
 * translated. The questions and scoring must be the original's, so that results (and shared
 * result links) mean the same in both languages; the build names what differs.
 */
export const selfTestTranslationSchema = z
  .object({
    /** The Italian self-test this translates, as an id in content/self-tests/. */
    translationOf: existing('self-tests'),
    ...selfTestFields,
  })
  .superRefine((test, ctx) => {
    checkDefinition(test, ctx);
    const original = originalSelfTest(test.translationOf.id);
    if (!original) return;
    for (const problem of translationProblems(original, test))
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

/** A self-test as the schema outputs it (references resolved to { collection, id }). */
export type SelfTestData = z.infer<typeof selfTestSchema>;

/**
 * The glob loader, plus the checks that need the raw file: YAML turns an impossible date such as
 * 2026-13-45 into a real one before the schema sees it, so dates are checked on the text first.
 */
const contentLoader = (folder: string, pattern: string, translations = false): Loader => {
  const inner = translations
    ? glob({
        pattern: `*/${folder}/${pattern}`,
        base: CONTENT_DIR,
        generateId: translationIdGenerator(folder),
      })
    : glob({ pattern, base: join(CONTENT_DIR, folder), generateId: idGenerator(join(CONTENT_DIR, folder)) });
  return {
    name: `cac-${translations ? 'translated-' : ''}${folder}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) {
            const [bad] = findImpossibleDays(readFileSync(props.filePath, 'utf8'));
            if (bad) {
              const file = relative(process.cwd(), props.filePath);
              throw new Error(
                `${file}:${bad.line}: ${bad.field} "${bad.value}" is not a real calendar day. Write it as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.`,
              );
            }
          }
          return context.parseData(props);
        },
      }),
  };
};

const DATA_FILES = '*.{yaml,yml,json}';

export const collections = {
  essays: defineCollection({
    loader: contentLoader('essays', '*.{md,mdx}'),
    schema: essaySchema,
  }),
  authors: defineCollection({ loader: contentLoader('authors', DATA_FILES), schema: authorSchema }),
  topics: defineCollection({ loader: contentLoader('topics', DATA_FILES), schema: topicSchema }),
  sources: defineCollection({ loader: contentLoader('sources', DATA_FILES), schema: sourceSchema }),
  glossary: defineCollection({ loader: contentLoader('glossary', DATA_FILES), schema: glossarySchema }),
  'self-tests': defineCollection({ loader: contentLoader('self-tests', DATA_FILES), schema: selfTestSchema }),
  essayTranslations: defineCollection({
    loader: contentLoader('essays', '*.{md,mdx}', true),
    schema: essayTranslationSchema,
  }),
  authorTranslations: defineCollection({
    loader: contentLoader('authors', DATA_FILES, true),
    schema: authorTranslationSchema,
  }),
  topicTranslations: defineCollection({
    loader: contentLoader('topics', DATA_FILES, true),
    schema: topicTranslationSchema,
  }),
  glossaryTranslations: defineCollection({
    loader: contentLoader('glossary', DATA_FILES, true),
    schema: glossaryTranslationSchema,
  }),
  selfTestTranslations: defineCollection({
    loader: contentLoader('self-tests', DATA_FILES, true),
    schema: selfTestTranslationSchema,
  }),
};
