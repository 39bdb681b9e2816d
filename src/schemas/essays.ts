import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesWithId } from '../build/content-files';
import { publicText } from '../lib/schema-fields';
import { MAX_TITLE_LENGTH } from '../lib/seo';
import { furtherReading } from './bibliography';
import { CONTENT_DIR } from './loaders';
import { existing } from './references';

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
  /** Works to read next (content/references/), each with why, in the essay's language. */
  furtherReading,
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
).superRefine((essay, ctx) => {
  const original = originalReferences(essay.translationOf.id);
  const own = essay.furtherReading.map((item) => item.reference.id);
  if (original !== undefined && original.join() !== own.join()) {
    ctx.addIssue({
      code: 'custom',
      message: `furtherReading must list the works of the original, in its order (${original.join(', ') || 'none'}); this translation lists ${own.join(', ') || 'none'}. Only the notes are translated.`,
      path: ['furtherReading'],
    });
  }
});

/** The reference ids of an Italian essay's further reading, read from its frontmatter, or undefined if it cannot be read (its own error says why). */
function originalReferences(id: string): string[] | undefined {
  const dir = join(CONTENT_DIR, 'essays');
  const [file] = filesWithId(dir, id);
  if (!file) return undefined;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
  try {
    const data = frontmatter === undefined ? undefined : (load(frontmatter) as { furtherReading?: unknown });
    const items = data?.furtherReading;
    if (!Array.isArray(items)) return [];
    return items.map((item: { reference?: unknown } | null) => String(item?.reference));
  } catch {
    return undefined;
  }
}
