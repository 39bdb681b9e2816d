import { z } from 'astro/zod';
import { publicText, webUrl } from '../lib/schema-fields';

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
