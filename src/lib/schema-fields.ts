import { z } from 'astro/zod';
import { isValidEntryId } from './content-ids';

/**
 * Field types every content schema shares. Pure (zod only), so that the self-test schema in
 * lib/self-test/ can use them as well as the collection schemas in src/schemas/.
 */

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/** Text the site publishes: never an e-mail address, even one the original printed. */
export const publicText = () =>
  z
    .string()
    .trim()
    .min(1)
    .refine((text) => !EMAIL.test(text), {
      message: 'contains an e-mail address. The site never publishes e-mail addresses: remove it.',
    });

/** A web address a reader can follow: http or https only (no mailto:, no javascript:). */
export const webUrl = () => z.url({ protocol: /^https?$/, message: 'must be a full http(s):// address.' });

/** An id inside an entry (a question, a dimension, a scale): the same shape as a file name's. */
export const slugId = () =>
  z
    .string()
    .refine(isValidEntryId, { message: 'must be lowercase letters, digits and hyphens (e.g. "fiducia").' });
