import { answerSlots, isValidAnswer } from './scoring';
import type { SelfTestFields } from './schema';
import { DONT_KNOW, type Answers, type TestShape } from './types';

/** What the codes read: the slots, and the layouts of earlier versions whose links still open. */
type Encoded = Pick<TestShape, 'groups' | 'scales'> & Partial<Pick<SelfTestFields, 'previousVersions'>>;

const VERSION = 'v1';

/**
 * A short fingerprint of a test's answer slots and scales. Saved answers and share links carry
 * it, so that answers given to an earlier version of a test are never read into a changed one.
 * "Non so" options are left out: adding one to a scale keeps the links made before it.
 */
export function fingerprint(test: Pick<TestShape, 'groups' | 'scales'>): string {
  const shape = answerSlots(test)
    .map(
      (slot) => `${slot.key}:${slot.kind === 'choice' ? slot.values.join(',') : `${slot.max}/${slot.step}`}`,
    )
    .join('|');
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Answers as a compact code for the URL fragment: "v1-<fingerprint>-<a>_<b>_…", one value per
 * slot in question order, empty for a slot not answered, "n" for "Non so". Nothing in it
 * identifies the reader.
 */
export function encodeAnswers(test: Pick<TestShape, 'groups' | 'scales'>, answers: Answers): string {
  const values = answerSlots(test).map((slot) => {
    const value = answers[slot.key];
    return value === undefined ? '' : value === DONT_KNOW ? 'n' : String(value);
  });
  return `${VERSION}-${fingerprint(test)}-${values.join('_')}`;
}

/**
 * Reads a code back. A code of an earlier version (a fingerprint in `previousVersions`) gives the
 * answers of the slots that still exist and still fit; the others are asked again. Null for
 * anything else: another test, a malformed code, an impossible value.
 */
export function decodeAnswers(test: Encoded, code: string): Answers | null {
  const match = /^v1-([0-9a-z]+)-([0-9.n_]*)$/.exec(code.trim());
  if (!match) return null;
  const slots = answerSlots(test);
  const current = match[1] === fingerprint(test);
  const keys = current
    ? slots.map((slot) => slot.key)
    : test.previousVersions?.find((version) => version.fingerprint === match[1])?.slots;
  const values = (match[2] ?? '').split('_');
  if (keys?.length !== values.length) return null;
  const answers: Answers = {};
  for (const [index, key] of keys.entries()) {
    const text = values[index] ?? '';
    const slot = slots.find((candidate) => candidate.key === key);
    if (text === '' || !slot) continue;
    const value = text === 'n' ? DONT_KNOW : /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (isValidAnswer(slot, value)) answers[key] = value;
    else if (current) return null;
  }
  return answers;
}
