import { z } from 'astro/zod';
import { isValidEntryId } from './content-ids';

/**
 * Field types every content schema shares. Pure (zod only), so that the self-test schema in
 * lib/self-test/ can use them as well as the collection schemas in src/schemas/.
 */

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/** The message for a field that is missing, other problems keeping zod's own. */
export const whenMissing = (message: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? message : undefined),
});

/**
 * Text the site publishes: never an e-mail address, even one the original printed. `missing`
 * replaces "Required" with what to write when the field is left out.
 */
export const publicText = (missing?: string) =>
  z
    .string(missing ? whenMissing(missing) : undefined)
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
