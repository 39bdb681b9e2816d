import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listEntryIds } from '../../src/build/content-files';
import { entryIdFromPath, essayFile, isValidEntryId } from '../../src/lib/content-ids';

describe('entryIdFromPath', () => {
  test.each([
    ['person-centricity.mdx', 'person-centricity'],
    ['sub/dir/mario-sala.yaml', 'mario-sala'],
    ['C:\\content\\topics\\fiducia.yml', 'fiducia'],
    ['noext', 'noext'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (path, id) => {
    expect(entryIdFromPath(path)).toBe(id);
  });
});

describe('isValidEntryId', () => {
  test.each([
    ['fiducia', true],
    ['customer-centricity-2', true],
    ['Fiducia', false],
    ['due--trattini', false],
    ['-inizio', false],
    ['spazio bianco', false],
    ['perché', false],
    ['', false],
  ])('%s is %s', (id, valid) => {
    expect(isValidEntryId(id)).toBe(valid);
  });
});

describe('listEntryIds', () => {
  test('lists entry files by id, sorted, skipping folders, other files and _partials', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cac-ids-'));
    for (const name of ['zucchetti.yaml', 'mario-sala.yml', 'a.json', 'note.txt', '_draft.yaml'])
      writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'nested.yaml'));
    expect(listEntryIds(dir)).toEqual(['a', 'mario-sala', 'zucchetti']);
  });

  test('a missing folder has no entries', () => {
    expect(listEntryIds(join(tmpdir(), 'cac-does-not-exist'))).toEqual([]);
  });
});

describe('essay files', () => {
  test.each([
    ['essays/fiducia.mdx', { locale: 'it', slug: 'fiducia' }],
    ['essays/fiducia.md', { locale: 'it', slug: 'fiducia' }],
    ['en/essays/trust.mdx', { locale: 'en', slug: 'trust' }],
    ['fr/essays/confiance.mdx', undefined],
    ['en/topics/trust.yaml', undefined],
    ['glossary/fiducia.yaml', undefined],
    ['en/essays/nested/trust.mdx', undefined],
  ])('%s is %o', (path, expected) => {
    expect(essayFile(path, 'it', ['en'])).toEqual(expected);
  });
});
