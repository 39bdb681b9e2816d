import { z } from 'astro/zod';
import { publicText, webUrl } from '../lib/schema-fields';
import { existing } from './references';

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
