import { describe, expect, test } from 'vitest';
import { canonicalUrl, clampDescription, documentTitle } from '../../src/lib/seo';

describe('documentTitle, canonicalUrl and clampDescription', () => {
  test.each([
    ['Articoli', 'Articoli · Cliente al centro'],
    ['Cliente al centro: idee', 'Cliente al centro: idee'],
    [
      'Relazione con il cliente: dalla subordinazione alla fiducia',
      'Relazione con il cliente: dalla subordinazione alla fiducia',
    ],
    ['Il pendolo: quante ore per il cliente?', 'Il pendolo: quante ore per il cliente? · Cliente al centro'],
  ])('title of "%s" is "%s"', (title, expected) => {
    expect(documentTitle(title, 'Cliente al centro')).toBe(expected);
  });

  test('canonical URL drops query and fragment and keeps the base path', () => {
    expect(canonicalUrl('https://example.org/repo/', '/repo/articoli/?q=1#x')).toBe(
      'https://example.org/repo/articoli/',
    );
  });

  test.each([
    ['short text stays', 'Breve.', 160, 'Breve.'],
    ['cut at a word boundary', 'uno due tre quattro cinque sei', 16, 'uno due tre…'],
    ['trailing punctuation dropped', 'uno due, tre quattro', 10, 'uno due…'],
    ['whitespace folded', 'uno\n  due', 160, 'uno due'],
  ])('%s', (_name, text, max, expected) => {
    const result = clampDescription(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
