import { z } from 'astro/zod';
import { publicText, webUrl } from '../lib/schema-fields';

/** Where an original was published: the source box says "on the Zucchetti blog", "on the site of …". */
const publisherSchema = z.object({
  /** The blog's, site's or company's name. */
  name: publicText().max(80),
  /** What kind of place it is, for the sentence in each language. */
  kind: z.enum(['blog', 'site', 'magazine']),
  /** The section of the site it appeared in, if the copy shows one (e.g. "Insights & Innovation"). */
  section: publicText().max(80).optional(),
});

/**
 * One of the originals the essays present (originals/<id>.yaml): cited as published. Fields
 * other than the title are given only when the copy shows them or they were verified.
 */
export const sourceSchema = z
  .object({
    /** The original's full title, verbatim as published; leave it out if the original has none. */
    title: publicText().max(200).optional(),
    /** Set to true when the original has no title of its own, so a missing title is a decision, not a gap. */
    untitled: z.boolean().default(false),
    /** Where it was published, if known. */
    publisher: publisherSchema.optional(),
    /** Year of publication, only if certain. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** Public address where the text can be read, only if verified (http or https). */
    url: webUrl().optional(),
    /** Language the original was written in (BCP 47). */
    language: z
      .string()
      .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
      .default('it'),
  })
  .refine((source) => (source.title === undefined) === source.untitled, {
    message:
      'give the title as published, or, if the original has none, leave title out and write untitled: true.',
    path: ['title'],
  });

/** A source as the site reads it. */
export type SourceData = z.infer<typeof sourceSchema>;
