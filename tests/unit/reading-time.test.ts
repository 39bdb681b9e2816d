import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'parola').join(' ');
  test.each([
    ['it', 'empty body', '', 1],
    ['it', 'a few words', 'Il cliente è una persona.', 1],
    ['it', 'exactly one minute', words(227), 1],
    ['it', 'just over one minute', words(228), 2],
    ['it', 'five minutes', words(1135), 5],
    ['en', 'exactly one minute', words(238), 1],
    ['en', 'just over one minute', words(239), 2],
    ['en', 'the Italian five minutes in English', words(1135), 5],
    ['en', 'ten minutes', words(2380), 10],
  ] as const)('%s: %s takes %i min', (locale, _name, body, minutes) => {
    expect(readingMinutes(body, locale)).toBe(minutes);
  });

  test('English is read at more words a minute than Italian, which says the same in fewer', () => {
    expect(WORDS_PER_MINUTE.en).toBeGreaterThan(WORDS_PER_MINUTE.it);
    expect(readingMinutes(words(2300), 'en')).toBeLessThan(readingMinutes(words(2300), 'it'));
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
