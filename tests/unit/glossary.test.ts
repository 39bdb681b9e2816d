import { describe, expect, test } from 'vitest';
import { firstMentions, termMatcher } from '../../src/lib/glossary';

const matcher = termMatcher([
  { id: 'cliente', forms: ['Cliente', 'clienti'] },
  { id: 'cliente-interno', forms: ['Cliente interno', 'clienti interni'] },
  { id: 'b2b', forms: ['B2B'] },
  { id: 'esperienza-d-acquisto', forms: ['Esperienza d’acquisto', "esperienze d'acquisto"] },
]);
const ids = (text: string, linked = new Set<string>()) =>
  firstMentions(text, matcher, linked).map((m) => `${m.id}:${m.text}`);

describe('firstMentions', () => {
  test.each([
    ['a plain mention', 'Il cliente paga.', ['cliente:cliente']],
    ['any case', 'CLIENTE e B2b', ['cliente:CLIENTE', 'b2b:B2b']],
    [
      'the longest form wins',
      'Un cliente interno e un cliente.',
      ['cliente-interno:cliente interno', 'cliente:cliente'],
    ],
    ['only the first mention of each term', 'clienti, cliente, clienti', ['cliente:clienti']],
    ['whole words only', 'clientela e B2Bx', []],
    [
      'straight and curly apostrophes alike',
      "Le esperienze d’acquisto e l'esperienza d'acquisto",
      ['esperienza-d-acquisto:esperienze d’acquisto'],
    ],
    ['accented neighbours are letters', 'superclienteè', []],
    ['nothing to find', 'Niente da vedere.', []],
    [
      'a term broken across a line of the source',
      'il cliente\ninterno e i clienti  interni',
      ['cliente-interno:cliente\ninterno'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('terms linked earlier in the essay are not linked again', () => {
    const linked = new Set<string>();
    expect(ids('Il cliente.', linked)).toEqual(['cliente:cliente']);
    expect(ids('Ancora il cliente e il B2B.', linked)).toEqual(['b2b:B2B']);
  });

  test('positions point at the matched text', () => {
    const [mention] = firstMentions('Per il B2B.', matcher, new Set());
    expect(mention).toEqual({ id: 'b2b', start: 7, end: 10, text: 'B2B' });
  });
});
