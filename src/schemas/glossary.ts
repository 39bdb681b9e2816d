import { z } from 'astro/zod';
import { publicText } from '../lib/schema-fields';
import { existing } from './references';

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

/** The texts of a glossary entry, in any language: what rehype-glossary reads to link the terms. */
export type GlossaryText = z.infer<z.ZodObject<typeof glossaryText>>;

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
  /** The works a definition comes from, when it belongs to someone (NPS to Reichheld), as ids in content/references/. */
  sources: z.array(existing('references')).default([]),
  /** Essays that discuss the term, as ids in content/essays/: at least one. */
  essays: z
    .array(existing('essays'))
    .min(1, { message: 'a term needs at least one essay that discusses it: list its id.' }),
});
