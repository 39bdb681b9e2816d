import { fingerprint } from './encoding';
import { sanitizeAnswers } from './scoring';
import type { Answers, TestShape } from './types';

/** The part of the Web Storage API the self-tests use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A store that never throws. Private windows, sandboxed frames and full disks make
 * localStorage throw, on access or on write; from the first failure on, answers live in memory
 * for the rest of the visit, and the test keeps working.
 */
export function safeStore(open: () => KeyValueStore | null | undefined): KeyValueStore {
  const memory = new Map<string, string>();
  let real: KeyValueStore | null | undefined;
  try {
    real = open();
  } catch {
    real = null;
  }
  const attempt = <T>(action: (store: KeyValueStore) => T, fallback: () => T): T => {
    if (real) {
      try {
        return action(real);
      } catch {
        real = null;
      }
    }
    return fallback();
  };
  return {
    getItem: (key) =>
      attempt(
        (store) => store.getItem(key),
        () => memory.get(key) ?? null,
      ),
    setItem: (key, value) => {
      memory.set(key, value);
      attempt(
        (store) => store.setItem(key, value),
        () => undefined,
      );
    },
    removeItem: (key) => {
      memory.delete(key);
      attempt(
        (store) => store.removeItem(key),
        () => undefined,
      );
    },
  };
}

/** One key per test and version of its questions: answers to an older version are simply not found. */
export function storageKey(testId: string, test: Pick<TestShape, 'groups' | 'scales'>): string {
  return `cac:autovalutazione:${testId}:v1:${fingerprint(test)}`;
}

/** The saved answers of a test, or null; broken or foreign data is discarded without an error. */
export function loadAnswers(
  store: KeyValueStore,
  key: string,
  test: Pick<TestShape, 'groups' | 'scales'>,
): Answers | null {
  const text = store.getItem(key);
  if (!text) return null;
  try {
    const saved = JSON.parse(text) as { answers?: unknown } | null;
    return sanitizeAnswers(test, saved?.answers);
  } catch {
    store.removeItem(key);
    return null;
  }
}

export function saveAnswers(store: KeyValueStore, key: string, answers: Answers): void {
  store.setItem(key, JSON.stringify({ answers, savedAt: new Date().toISOString().slice(0, 10) }));
}
