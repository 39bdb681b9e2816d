import { z } from 'astro/zod';
import { publicText } from '../lib/schema-fields';
import { existing } from './references';

/** The texts of a reading path: what a translation rewrites. */
const readingPathText = {
  /** Who the path is for, as its heading ("Per chi guida un team"). */
  title: publicText().max(70),
  /** One sentence: why these essays, in this order, serve that reader. */
  why: publicText().min(40).max(260),
};

/** An order in which to read the essays for a purpose (content/reading-paths/<id>.yaml). */
export const readingPathSchema = z.object({
  ...readingPathText,
  /** The essays in reading order, as ids in content/essays/: at least two, each once. */
  essays: z
    .array(existing('essays'))
    .min(2, { message: 'a path needs at least two essays, in reading order.' })
    .refine((refs) => new Set(refs.map((ref) => ref.id)).size === refs.length, {
      message: 'an essay appears twice in the path: list each once.',
    }),
  /** Position among the paths on the home page and the paths page (1 first). */
  order: z.number().int().min(1),
});

/** A reading path in another language (content/<locale>/reading-paths/): the texts; the essays and order are the original's. */
export const readingPathTranslationSchema = z.object({
  /** The Italian path this text translates, as an id in content/reading-paths/. */
  translationOf: existing('readingPaths'),
  ...readingPathText,
});
