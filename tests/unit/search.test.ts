import { describe, expect, test } from 'vitest';
import {
  countMessage,
  isEmptySearch,
  pagefindFilters,
  searchFromParams,
  searchToParams,
} from '../../src/lib/search';

describe('pagefindFilters', () => {
  test.each([
    ['nothing selected', {}, {}],
    ['one value', { tipo: ['saggio'] }, { tipo: { any: ['saggio'] } }],
    [
      'any of several values',
      { tema: ['Fiducia', 'Digitale e web'] },
      { tema: { any: ['Fiducia', 'Digitale e web'] } },
    ],
    [
      'two filters',
      { tipo: ['saggio'], autore: ['Mario Sala'] },
      { tipo: { any: ['saggio'] }, autore: { any: ['Mario Sala'] } },
    ],
    ['empty lists and blanks dropped', { tipo: [], tema: [''] }, {}],
    ['duplicates merged', { tipo: ['saggio', 'saggio'] }, { tipo: { any: ['saggio'] } }],
  ])('%s', (_name, selection, expected) => {
    expect(pagefindFilters(selection)).toEqual(expected);
  });
});

describe('search in the URL', () => {
  test.each([
    ['?q=fiducia', { query: 'fiducia', filters: {} }],
    ['?q=%2040%20ore%20', { query: '40 ore', filters: {} }],
    [
      '?q=cliente&tipo=saggio&tema=Fiducia&tema=Digitale+e+web',
      { query: 'cliente', filters: { tipo: ['saggio'], tema: ['Fiducia', 'Digitale e web'] } },
    ],
    ['?autore=Mario+Sala&ordine=data', { query: '', filters: { autore: ['Mario Sala'] }, sort: 'date' }],
    ['?ordine=altro&sconosciuto=1', { query: '', filters: {} }],
    ['', { query: '', filters: {} }],
  ])('%s is read back', (search, expected) => {
    expect(searchFromParams(new URLSearchParams(search))).toEqual(expected);
  });

  test('a search survives a round trip through the URL', () => {
    const state = {
      query: 'esperienza del cliente',
      filters: { tipo: ['saggio', 'tema'], autore: ['Rudy Bandiera'] },
      sort: 'date' as const,
    };
    expect(searchFromParams(searchToParams(state))).toEqual(state);
  });

  test('writing a search keeps unrelated parameters and drops old search ones', () => {
    const params = searchToParams(
      { query: 'tempo', filters: {} },
      new URLSearchParams('lang=it&q=vecchio&tipo=tema'),
    );
    expect(params.toString()).toBe('lang=it&q=tempo');
  });

  test.each([
    [{ query: '', filters: {} }, true],
    [{ query: '   ', filters: { tipo: [] } }, true],
    [{ query: 'x', filters: {} }, false],
    [{ query: '', filters: { tema: ['Fiducia'] } }, false],
  ])('%j is empty: %s', (state, expected) => {
    expect(isEmptySearch(state)).toBe(expected);
  });
});

describe('countMessage', () => {
  const messages = {
    none: 'Nessun risultato per «{query}»',
    one: '1 risultato per «{query}»',
    other: '{count} risultati per «{query}»',
  };
  test.each([
    [0, 'Nessun risultato per «x»'],
    [1, '1 risultato per «x»'],
    [2, '2 risultati per «x»'],
    [120, '120 risultati per «x»'],
  ])('%i results', (count, expected) => {
    expect(countMessage(count, 'x', messages)).toBe(expected);
  });
});
