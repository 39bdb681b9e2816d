import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/format';
import { countWords, readingMinutes } from '../../src/lib/reading-time';
import { canonicalUrl, clampDescription, documentTitle } from '../../src/lib/seo';

describe('formatDate', () => {
  test.each([
    ['2026-11-22', '22 novembre 2026'],
    ['2026-01-01', '1 gennaio 2026'],
    ['2025-12-31', '31 dicembre 2025'],
  ])('%s reads "%s" in Italian', (day, expected) => {
    expect(formatDate(new Date(day), 'it-IT')).toBe(expected);
  });

  test('keeps the calendar day whatever the time zone of the machine', () => {
    // A content date is UTC midnight: west of Greenwich a local format would show the day before.
    expect(isoDay(new Date('2026-03-01'))).toBe('2026-03-01');
    expect(formatDate(new Date('2026-03-01'), 'it-IT')).toBe('1 marzo 2026');
  });
});

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'parola').join(' ');
  test.each([
    ['empty body', '', 1],
    ['a few words', 'Il cliente è una persona.', 1],
    ['exactly one minute', words(200), 1],
    ['just over one minute', words(201), 2],
    ['five minutes', words(1000), 5],
  ])('%s takes %i min', (_name, body, minutes) => {
    expect(readingMinutes(body)).toBe(minutes);
  });

  test.each([
    ['markdown heading and emphasis', '## Il pendolo\n\nUn **conto** da fare.', 6],
    ['components are not words', '<Aside title="Nota">Due parole</Aside>', 2],
    ['self-closing components', 'Prima <Pendulum /> dopo', 2],
    ['link targets are not words', '[il testo](https://example.org/una/pagina)', 2],
    ['imports are not words', "import X from './x.astro';\n\nTesto", 1],
    ['apostrophes keep words whole', 'l’esperienza dell’utente', 2],
  ])('counts %s', (_name, body, count) => {
    expect(countWords(body)).toBe(count);
  });
});

describe('seo', () => {
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
