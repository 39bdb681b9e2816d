import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

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
