import { describe, expect, test } from 'vitest';
import { en as english } from '../../src/i18n/en';
import { it as italian } from '../../src/i18n/it';
import type { UiKey } from '../../src/i18n';
import { noticeFor, type NoticeInput, type NoticeMessages } from '../../src/lib/search/notice';

/** The templates the search form hands the element, from a locale's dictionary. */
const messages = (dictionary: Record<UiKey, string>): NoticeMessages => ({
  countNone: dictionary['search.count.none'],
  countOne: dictionary['search.count.one'],
  countOther: dictionary['search.count.other'],
  quote: dictionary['search.quote'],
  resultsOne: dictionary['search.results.one'],
  resultsOther: dictionary['search.results.other'],
  correction: dictionary['search.correction'],
  correctionWords: dictionary['search.correctionWords'],
  words: dictionary['search.words'],
  synonyms: dictionary['search.synonyms'],
  otherOnly: dictionary['search.otherOnly'],
  otherFirst: dictionary['search.otherFirst'],
});
const IT = messages(italian);
const EN = messages(english);

const asTyped = { kind: 'as-typed' } as const;
const notice = (input: Partial<NoticeInput> & { query: string; count: number }): NoticeInput => ({
  route: asTyped,
  synonyms: [],
  ...input,
});

describe('noticeFor', () => {
  test.each([
    [
      'says nothing was found',
      notice({ query: 'xyz', count: 0 }),
      'Nessun risultato per «xyz».',
      'No results for “xyz”.',
    ],
    [
      'counts one result',
      notice({ query: 'fiducia', count: 1 }),
      '1 risultato per «fiducia».',
      '1 result for “fiducia”.',
    ],
    [
      'counts several results',
      notice({ query: 'fiducia', count: 12 }),
      '12 risultati per «fiducia».',
      '12 results for “fiducia”.',
    ],
    [
      'says what a correction found',
      notice({
        query: 'fiducai',
        count: 3,
        route: { kind: 'correction', corrected: 'fiducia', misspelt: ['fiducai'] },
      }),
      'Nessun risultato per «fiducai»: 3 risultati per «fiducia».',
      'No results for “fiducai”: 3 results for “fiducia”.',
    ],
    [
      'says what a correction found, in the singular',
      notice({
        query: 'fiducai',
        count: 1,
        route: { kind: 'correction', corrected: 'fiducia', misspelt: ['fiducai'] },
      }),
      'Nessun risultato per «fiducai»: 1 risultato per «fiducia».',
      'No results for “fiducai”: 1 result for “fiducia”.',
    ],
    [
      'says which words of the query no page has and what their correction found',
      notice({
        query: 'la fiducai del cliente',
        count: 2,
        route: { kind: 'correction', corrected: 'la fiducia del cliente', misspelt: ['fiducai'] },
      }),
      'Nessuna pagina contiene «fiducai»: 2 risultati per «la fiducia del cliente».',
      'No page has “fiducai”: 2 results for “la fiducia del cliente”.',
    ],
    [
      'names every misspelt word of the query, in the singular',
      notice({
        query: 'fiducai clinte tempo',
        count: 1,
        route: { kind: 'correction', corrected: 'fiducia cliente tempo', misspelt: ['fiducai', 'clinte'] },
      }),
      'Nessuna pagina contiene «fiducai», «clinte»: 1 risultato per «fiducia cliente tempo».',
      'No page has “fiducai”, “clinte”: 1 result for “fiducia cliente tempo”.',
    ],
    [
      'says no result for the query when all its words were misspelt, whatever their case',
      notice({
        query: 'Fiducai Clinte',
        count: 3,
        route: { kind: 'correction', corrected: 'Fiducia Cliente', misspelt: ['Fiducai', 'Clinte'] },
      }),
      'Nessun risultato per «Fiducai Clinte»: 3 risultati per «Fiducia Cliente».',
      'No results for “Fiducai Clinte”: 3 results for “Fiducia Cliente”.',
    ],
    [
      'says nothing was found when a correction found nothing',
      notice({
        query: 'fiducai',
        count: 0,
        route: { kind: 'correction', corrected: 'fiducia', misspelt: ['fiducai'] },
      }),
      'Nessun risultato per «fiducai».',
      'No results for “fiducai”.',
    ],
    [
      'names the words searched one by one',
      notice({
        query: 'fiducia quaranta',
        count: 4,
        route: { kind: 'words', words: ['fiducia', 'quaranta'] },
      }),
      'Per «fiducia quaranta»: 4 risultati con le parole «fiducia», «quaranta», cercate una per una.',
      'For “fiducia quaranta”: 4 results with the words “fiducia”, “quaranta”, searched one by one.',
    ],
    [
      'names one word searched alone, in the singular',
      notice({ query: 'fiducia settimana', count: 1, route: { kind: 'words', words: ['fiducia'] } }),
      'Per «fiducia settimana»: 1 risultato con le parole «fiducia», cercate una per una.',
      'For “fiducia settimana”: 1 result with the words “fiducia”, searched one by one.',
    ],
    [
      'says nothing was found when the words one by one found nothing',
      notice({ query: 'xyz abc', count: 0, route: { kind: 'words', words: [] } }),
      'Nessun risultato per «xyz abc».',
      'No results for “xyz abc”.',
    ],
    [
      'adds the synonyms that brought in pages',
      notice({ query: 'pendolo', count: 2, synonyms: [['pendolo', 'oscillazione']] }),
      '2 risultati per «pendolo». Cercato anche come «oscillazione».',
      '2 results for “pendolo”. Also searched as “oscillazione”.',
    ],
    [
      'adds several synonyms, naming the phrases searched',
      notice({
        query: 'lealtà e pendolo',
        count: 1,
        synonyms: [
          ['lealtà', 'fedeltà'],
          ['pendolo', 'oscillazione'],
        ],
      }),
      '1 risultato per «lealtà e pendolo». Cercato anche come «fedeltà», «oscillazione».',
      '1 result for “lealtà e pendolo”. Also searched as “fedeltà”, “oscillazione”.',
    ],
    [
      'adds the synonyms after a correction',
      notice({
        query: 'pendlo',
        count: 2,
        route: { kind: 'correction', corrected: 'pendolo', misspelt: ['pendlo'] },
        synonyms: [['pendolo', 'oscillazione']],
      }),
      'Nessun risultato per «pendlo»: 2 risultati per «pendolo». Cercato anche come «oscillazione».',
      'No results for “pendlo”: 2 results for “pendolo”. Also searched as “oscillazione”.',
    ],
    [
      'adds the synonyms after the words one by one',
      notice({
        query: 'pendolo quaranta',
        count: 3,
        route: { kind: 'words', words: ['pendolo', 'quaranta'] },
        synonyms: [['pendolo', 'oscillazione']],
      }),
      'Per «pendolo quaranta»: 3 risultati con le parole «pendolo», «quaranta», cercate una per una. Cercato anche come «oscillazione».',
      'For “pendolo quaranta”: 3 results with the words “pendolo”, “quaranta”, searched one by one. Also searched as “oscillazione”.',
    ],
    [
      'adds no synonyms when nothing was found',
      notice({ query: 'pendolo', count: 0, synonyms: [['pendolo', 'oscillazione']] }),
      'Nessun risultato per «pendolo».',
      'No results for “pendolo”.',
    ],
    [
      'says only the other edition found pages',
      notice({ query: 'loyalty', count: 0, otherCount: 2, otherFirst: false }),
      'Nessun risultato per «loyalty» in italiano; 2 risultati in inglese.',
      'No results for “loyalty” in English; 2 results in Italian.',
    ],
    [
      'says only the other edition found one page',
      notice({ query: 'loyalty', count: 0, otherCount: 1 }),
      'Nessun risultato per «loyalty» in italiano; 1 risultato in inglese.',
      'No results for “loyalty” in English; 1 result in Italian.',
    ],
    [
      'says the query looks like the other language and counts both editions',
      notice({ query: 'trust', count: 1, otherCount: 4, otherFirst: true }),
      '«trust» sembra inglese: 4 risultati in inglese, 1 risultato in italiano.',
      '“trust” looks Italian: 4 results in Italian, 1 result in English.',
    ],
    [
      'says only the other edition found pages, though the query looks like its language',
      notice({ query: 'loyalty', count: 0, otherCount: 1, otherFirst: true }),
      'Nessun risultato per «loyalty» in italiano; 1 risultato in inglese.',
      'No results for “loyalty” in English; 1 result in Italian.',
    ],
    [
      'leaves the route and synonyms out when the other edition leads',
      notice({
        query: 'trsut',
        count: 2,
        route: { kind: 'correction', corrected: 'trust', misspelt: ['trsut'] },
        synonyms: [['trust', 'fiducia']],
        otherCount: 3,
        otherFirst: true,
      }),
      '«trsut» sembra inglese: 3 risultati in inglese, 2 risultati in italiano.',
      '“trsut” looks Italian: 3 results in Italian, 2 results in English.',
    ],
    [
      'counts this edition only when the other found pages but does not lead',
      notice({ query: 'fiducia', count: 5, otherCount: 2, otherFirst: false }),
      '5 risultati per «fiducia».',
      '5 results for “fiducia”.',
    ],
    [
      'keeps the correction when the other found pages but does not lead',
      notice({
        query: 'fiducai',
        count: 2,
        route: { kind: 'correction', corrected: 'fiducia', misspelt: ['fiducai'] },
        otherCount: 1,
        otherFirst: false,
      }),
      'Nessun risultato per «fiducai»: 2 risultati per «fiducia».',
      'No results for “fiducai”: 2 results for “fiducia”.',
    ],
    [
      'ignores otherFirst when the other edition found nothing',
      notice({ query: 'trust', count: 1, otherCount: 0, otherFirst: true }),
      '1 risultato per «trust».',
      '1 result for “trust”.',
    ],
  ])('%s', (_name, input, inItalian, inEnglish) => {
    expect(noticeFor(input, IT)).toBe(inItalian);
    expect(noticeFor(input, EN)).toBe(inEnglish);
  });

  test('leaves no placeholder unfilled in any sentence', () => {
    const inputs: NoticeInput[] = [
      notice({ query: 'a', count: 0 }),
      notice({
        query: 'a',
        count: 1,
        route: { kind: 'correction', corrected: 'b', misspelt: ['a'] },
        synonyms: [['a', 'c']],
      }),
      notice({ query: 'a b', count: 1, route: { kind: 'correction', corrected: 'a c', misspelt: ['b'] } }),
      notice({ query: 'a b', count: 2, route: { kind: 'words', words: ['a', 'b'] } }),
      notice({ query: 'a', count: 0, otherCount: 2 }),
      notice({ query: 'a', count: 1, otherCount: 2, otherFirst: true }),
    ];
    for (const m of [IT, EN]) for (const input of inputs) expect(noticeFor(input, m)).not.toMatch(/[{}]/);
  });
});
