import { z } from 'astro/zod';
import { publicText } from '../lib/schema-fields';
import { furtherReading } from './bibliography';
import { existing } from './references';

/** The texts of a guide: what a translation rewrites. */
const guideText = {
  /** Headline of the page, also its <title>. */
  title: publicText().max(70),
  /** One-sentence summary: meta description and the text of links to the page. */
  description: publicText().min(50).max(160),
  /** Works to read next (content/references/), each with why, in the page's language. */
  furtherReading,
  /** Date this text was first published on this site (YYYY-MM-DD). */
  publishedAt: z.coerce.date(),
  /** Date of the last substantial revision (YYYY-MM-DD), if any. */
  updatedAt: z.coerce.date().optional(),
};

/**
 * A page of our own writing across the essays (content/guides/<id>.mdx): the comparison of the
 * five voices. `page` says which page of the route table it is.
 */
export const guideSchema = z.object({
  /** The page kind this text fills: "compare" is /confronto/. */
  page: z.enum(['compare']),
  ...guideText,
});

/** A guide in another language (content/<locale>/guides/): the texts; the page kind is the original's. */
export const guideTranslationSchema = z.object({
  /** The Italian guide this text translates, as an id in content/guides/. */
  translationOf: existing('guides'),
  ...guideText,
});
