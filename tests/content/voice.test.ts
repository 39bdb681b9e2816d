import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-project';

// One voice across the site: the Italian edition addresses the reader with "tu" (never "voi"
// outside a quotation), the English edition uses English quotation marks and typographic
// apostrophes. Read from the content files, so that the line to fix is named.
const CONTENT = join(PROJECT_ROOT, 'content');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const english = filesUnder(join(CONTENT, 'en'));
const italian = filesUnder(CONTENT).filter((file) => !file.startsWith(join(CONTENT, 'en')));

/** The lines of a file that match `pattern` once links, addresses and `quoted` spans are removed. */
function offending(file: string, pattern: RegExp, quoted?: RegExp): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      let text = line.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
      if (quoted) text = text.replace(quoted, '');
      return pattern.test(text) ? [`${relative(PROJECT_ROOT, file)}:${index + 1}: ${line.trim()}`] : [];
    });
}

describe('the English edition', () => {
  test('quotes with English quotation marks, never Italian guillemets', () => {
    expect(english.flatMap((file) => offending(file, /[«»]/))).toEqual([]);
  });

  test('uses typographic apostrophes in its prose', () => {
    expect(english.flatMap((file) => offending(file, /\p{L}'\p{L}/u))).toEqual([]);
  });
});

describe('the Italian edition', () => {
  test('addresses the reader with tu: no voi outside a quotation', () => {
    const voi = /(?<!\p{L})(voi|vostr[oaie]|avete|siete|potete|dovete|fate|sapete)(?!\p{L})/iu;
    expect(italian.flatMap((file) => offending(file, voi, /«[^»]*»|“[^”]*”/g))).toEqual([]);
  });
});
