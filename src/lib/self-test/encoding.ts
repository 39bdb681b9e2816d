import { answerSlots, isValidAnswer } from './scoring';
import type { Answers, TestShape } from './types';

const VERSION = 'v1';

/**
 * A short fingerprint of a test's answer slots and scales. Saved answers and share links carry
 * it, so that answers given to an earlier version of a test are never read into a changed one.
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
 * slot in question order, empty for a slot not answered. Nothing in it identifies the reader.
 */
export function encodeAnswers(test: Pick<TestShape, 'groups' | 'scales'>, answers: Answers): string {
  const values = answerSlots(test).map((slot) =>
    answers[slot.key] === undefined ? '' : String(answers[slot.key]),
  );
  return `${VERSION}-${fingerprint(test)}-${values.join('_')}`;
}

/** Reads a code back; null for anything that is not a code of this very test, or holds an impossible value. */
export function decodeAnswers(test: Pick<TestShape, 'groups' | 'scales'>, code: string): Answers | null {
  const match = /^v1-([0-9a-z]+)-([0-9._]*)$/.exec(code.trim());
  if (match?.[1] !== fingerprint(test)) return null;
  const slots = answerSlots(test);
  const values = (match[2] ?? '').split('_');
  if (values.length !== slots.length) return null;
  const answers: Answers = {};
  for (const [index, slot] of slots.entries()) {
    const text = values[index] ?? '';
    if (text === '') continue;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !isValidAnswer(slot, value)) return null;
    answers[slot.key] = value;
  }
  return answers;
}
