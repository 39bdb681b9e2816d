import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/lib/self-test/encoding';
import {
  loadAnswers,
  safeStore,
  saveAnswers,
  storageKey,
  type KeyValueStore,
} from '../../src/lib/self-test/storage';
import { scaleTest } from '../support/self-test-shapes';

describe('saved answers', () => {
  const memoryStorage = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  };
  const key = storageKey('prova', scaleTest);

  test('the key names the test and the version of its questions', () => {
    expect(key).toBe(`cac:autovalutazione:prova:v1:${fingerprint(scaleTest)}`);
  });

  test('answers saved are answers loaded', () => {
    const storage = memoryStorage();
    saveAnswers(storage, key, { ascolto: 3 });
    expect(loadAnswers(storage, key, scaleTest)).toEqual({ ascolto: 3 });
  });

  test.each([
    ['broken JSON', '{"answers": {'],
    ['JSON null', 'null'],
    ['a foreign shape', '{"risposte": [1, 2]}'],
    ['impossible values', '{"answers": {"ascolto": 99}}'],
  ])('%s is discarded without an error', (_name, stored) => {
    const storage = memoryStorage();
    storage.setItem(key, stored);
    const loaded = loadAnswers(storage, key, scaleTest);
    expect(loaded === null || Object.keys(loaded).length === 0).toBe(true);
  });

  test('storage that throws on access still keeps answers for the visit', () => {
    const store = safeStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    saveAnswers(store, key, { ascolto: 2 });
    expect(loadAnswers(store, key, scaleTest)).toEqual({ ascolto: 2 });
  });

  test('storage that throws on write falls back to memory from then on', () => {
    const failing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = safeStore(() => failing);
    saveAnswers(store, key, { fretta: 4 });
    expect(loadAnswers(store, key, scaleTest)).toEqual({ fretta: 4 });
  });
});
