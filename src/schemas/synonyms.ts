import { z } from 'astro/zod';

/** A word or a short phrase, as a reader may type it. */
const phrase = z.string().trim().min(2).max(60);

/**
 * A synonyms file of one edition (content/search/synonyms.yaml, content/<locale>/search/…): the
 * words search also tries for a reader's word. Read by the search vocabulary at build time, which
 * checks that every word a synonym leads to is on a page of that edition.
 */
export const synonymsSchema = z
  .object({
    /** Groups of words of the field that mean the same here, each found by any other: every word must be on a page. */
    same: z.array(z.array(phrase).min(2)).default([]),
    /** A reader's words (`from`, on no page or on the wrong ones) → the words our pages use (`to`). */
    leads: z
      .array(z.object({ from: z.array(phrase).min(1), to: z.array(phrase).min(1) }).strict())
      .default([]),
    /**
     * Words an original essay uses where our text says it differently, so that a reader who
     * remembers the original finds our page: `essay` is the id in content/essays/.
     */
    originals: z
      .array(
        z
          .object({ essay: z.string().min(1), from: z.array(phrase).min(1), to: z.array(phrase).min(1) })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type Synonyms = z.infer<typeof synonymsSchema>;
