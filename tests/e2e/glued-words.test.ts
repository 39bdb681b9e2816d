import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-project';
import { useSite } from '../support/pages';

// Astro 7 can drop the whitespace next to inline elements, turning "di <a>Mario</a>" into the one
// word "diMario" for readers, screen readers and the search index alike. Every word an author
// wrote must come out as a word of its own on the built page.
const ESSAYS = join(PROJECT_ROOT, 'content/essays');
const site = useSite();

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The words an author wrote in an essay file: text fields of the frontmatter and the body, markup left out. */
function sourceWords(mdx: string): string[] {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const shown = frontmatter
    .split('\n')
    .filter((line) => /^(title|description):|^\s+- (?!reference:)|^\s+note:/.test(line))
    .map((line) => line.replace(/^(title|description):|^\s+- |^\s+note:/, ''));
  const prose = body
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    // An ordered list's numbers are the list's markers, not words of the text.
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return words([...shown, prose].join('\n'));
}

describe('no glued words', () => {
  const files = readdirSync(ESSAYS).filter((file) => file.endsWith('.mdx'));

  test('there are essays to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  test.each(files)('every word of %s is a separate word on its page', async (file) => {
    const slug = file.replace(/\.mdx$/, '');
    const expected = new Set(sourceWords(readFileSync(join(ESSAYS, file), 'utf8')));
    const page = await site.open(`/articoli/${slug}/`);
    const rendered = new Set(words(await page.locator('[data-pagefind-body]').innerText()));
    await page.close();
    const missing = [...expected].filter((word) => !rendered.has(word));
    expect(missing).toEqual([]);
  });
});
