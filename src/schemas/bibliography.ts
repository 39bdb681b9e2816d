import { z } from 'astro/zod';
import { publicText, webUrl, whenMissing } from '../lib/schema-fields';
import { existing } from './references';

/**
 * A published work the site recommends or cites (content/references/<id>.yaml), shared by every
 * language. Only works whose author, title and year were checked in public material go here.
 */
export const bibliographySchema = z.object({
  /** The authors as published (people, or the organisation that signs the work): at least one. */
  authors: z
    .array(
      publicText().max(120),
      whenMissing(
        "a reference needs its authors: write authors: ['Name Surname'] (or the organisation that signs it).",
      ),
    )
    .min(1, { message: 'a reference needs at least one author: add the name as published.' }),
  /** The full title as published. */
  title: publicText('a reference needs its full title as published: add title.').max(300),
  /** Year of publication. */
  year: z
    .number(
      whenMissing(
        'a reference needs its year of publication: add year: YYYY (only if you verified it; otherwise leave the work out).',
      ),
    )
    .int()
    .min(1800)
    .max(2100),
  /** The journal, magazine or series it appeared in, if any ("in Harvard Business Review"). */
  publishedIn: publicText().max(160).optional(),
  /** The publisher of a book or report, if known ("Harvard University Press"). */
  publisher: publicText().max(120).optional(),
  /** A public address of the work, only if verified (http or https). */
  url: webUrl().optional(),
  /** Language of the work (BCP 47). */
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)
    .default('en'),
});

/** One item of an essay's further reading: the work and, in the essay's language, why to read it. */
export const furtherReadingItem = z.object({
  /** The work, as an id in content/references/. */
  reference: existing('references'),
  /** One sentence, in our words and the essay's language: what the reader will find there. */
  note: publicText().min(20).max(320),
});

/** Further reading of an essay (and of its translations, which list the same works in the same order). */
export const furtherReading = z
  .array(furtherReadingItem)
  .min(1, { message: 'list at least one work the reader can go on with (content/references/<id>.yaml).' })
  .max(6);
