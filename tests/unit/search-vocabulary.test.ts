import { describe, expect, test } from 'vitest';
import { STOP_WORDS } from '../../src/lib/search/stop-words';
import {
  MAX_WORDS,
  buildVocabulary,
  frontCode,
  frontDecode,
  isForeign,
  pageCounts,
  readVocabulary,
  type VocabularyInput,
} from '../../src/lib/search/vocabulary';
import { english, englishFile, italian, italianFile } from '../support/search-vocabulary-fixture';

/** A vocabulary input with nothing in it but what a test sets. */
const input = (extra: Partial<VocabularyInput>): VocabularyInput => ({
  language: 'it',
  counts: new Map(),
  otherCounts: new Map(),
  stop: [],
  otherStop: [],
  same: [],
  leads: [],
  terms: [],
  ...extra,
});
const wordsOf = (extra: Partial<VocabularyInput>) => frontDecode(buildVocabulary(input(extra)).words);

describe('frontCode and frontDecode', () => {
  test.each([
    ['writes a word that shares nothing as it is', ['alla', 'cliente'], 'alla cliente'],
    ['writes the shared letters as a count', ['cliente', 'clienti'], 'cliente 6i'],
    [
      'counts the shared letters with the word before, not the first',
      ['tempo', 'termini', 'terms'],
      'tempo 2rmini 4s',
    ],
    ['writes a word that is the start of the next', ['cliente', 'clienti', 'client'], 'cliente 6i 6'],
    ['shares at most 9 letters', ['misurazione', 'misurazioni'], 'misurazione 9ni'],
    [
      'shares at most 9 letters of a long common start',
      ['soddisfazione', 'soddisfazioni'],
      'soddisfazione 9ioni',
    ],
    ['counts accented letters as letters', ['fedelta', 'fedeltà'], 'fedelta 6à'],
    ['writes nothing for no words', [], ''],
  ])('%s', (_name, sorted, coded) => {
    expect(frontCode(sorted)).toBe(coded);
    expect(frontDecode(coded)).toEqual(sorted);
  });

  test.each([
    ['a plain sorted list', ['alla', 'ascoltato', 'che', 'cliente', 'clienti', 'come']],
    [
      'shared prefixes longer than 9 letters',
      ['customerexperience', 'customerexperiences', 'customerexperiencing', 'customers'],
    ],
    ['words of one shared prefix after another', ['centralità', 'centralizzare', 'centralizzato', 'centro']],
    ['accented words', ['fedeltà', 'fiducia', 'però', 'perché', 'più']],
    ['a single word', ['fiducia']],
  ])('decodes what it coded: %s', (_name, list) => {
    const sorted = [...list].sort();
    expect(frontDecode(frontCode(sorted))).toEqual(sorted);
  });

  test('ignores extra spaces when decoding', () => {
    expect(frontDecode(' cliente  6i ')).toEqual(['cliente', 'clienti']);
  });
});

describe('pageCounts', () => {
  test.each([
    ['counts a word once per page, however often it is there', ['cliente cliente cliente'], [['cliente', 1]]],
    [
      'counts the pages a word is on',
      ['fiducia', 'fiducia e tempo', 'tempo'],
      [
        ['fiducia', 2],
        ['tempo', 2],
      ],
    ],
    ['counts a word in any case as one', ['Fiducia', 'FIDUCIA', 'fiducia'], [['fiducia', 3]]],
    [
      'keeps accented and unaccented forms apart',
      ['fedeltà', 'fedelta'],
      [
        ['fedeltà', 1],
        ['fedelta', 1],
      ],
    ],
    ['leaves out single letters', ["l'esperienza è", 'e'], [['esperienza', 1]]],
    ['gives nothing for no pages', [], []],
  ])('%s', (_name, pages, expected) => {
    expect(pageCounts(pages)).toEqual(new Map(expected as [string, number][]));
  });
});

describe('isForeign', () => {
  test.each([
    [0, 3, true],
    [1, 3, true],
    [1, 4, true],
    [2, 6, true],
    [2, 5, false],
    [1, 2, false],
    [0, 2, false],
    [0, 0, false],
    [5, 5, false],
  ])('a word on %i pages here and %i there is foreign: %s', (here, there, expected) => {
    expect(isForeign(here, there)).toBe(expected);
  });
});

describe('buildVocabulary', () => {
  test('keeps, of the forms that fold together, the one on most pages', () => {
    const counts = new Map([
      ['fedelta', 1],
      ['fedeltà', 4],
      ['Fedeltà', 2],
    ]);
    expect(wordsOf({ counts })).toEqual(['fedeltà']);
  });

  test('keeps the commonest form whichever comes first', () => {
    const counts = new Map([
      ['fedeltà', 1],
      ['fedelta', 3],
    ]);
    expect(wordsOf({ counts })).toEqual(['fedelta']);
  });

  test.each([
    ['a number', '40'],
    ['a word with a digit', 'b2b'],
    ['a word of two letters', 'co'],
    ['a word of one letter', 'x'],
  ])('leaves out %s', (_name, word) => {
    const counts = new Map([
      [word, 10],
      ['ore', 1],
    ]);
    expect(wordsOf({ counts })).toEqual(['ore']);
  });

  test('keeps words of exactly three letters', () => {
    expect(wordsOf({ counts: new Map([['ore', 1]]) })).toEqual(['ore']);
  });

  test('writes the words sorted and front-coded', () => {
    const counts = new Map([
      ['clienti', 1],
      ['cliente', 5],
      ['alla', 2],
    ]);
    expect(buildVocabulary(input({ counts })).words).toBe('alla cliente 6i');
  });

  /** A distinct word of letters only for each number: parolaa, parolab, … (digits become q–z). */
  const name = (i: number) => `parola${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;

  test(`keeps at most MAX_WORDS (${MAX_WORDS}) words, those on most pages`, () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < MAX_WORDS; i++) counts.set(name(i), 2);
    counts.set('rarissima', 1);
    counts.set('comunissima', 50);
    const kept = wordsOf({ counts });
    expect(kept).toHaveLength(MAX_WORDS);
    expect(kept).toContain('comunissima');
    expect(kept).not.toContain('rarissima');
  });

  test('breaks a tie at the MAX_WORDS cut by the alphabet', () => {
    const counts = new Map<string, number>([['zzz', 1]]);
    for (let i = 0; i < MAX_WORDS; i++) counts.set(name(i), 1);
    const kept = wordsOf({ counts });
    expect(kept).toHaveLength(MAX_WORDS);
    expect(kept).not.toContain('zzz');
  });

  test('lists as foreign the words far more frequent in the other edition, folded and sorted', () => {
    const counts = new Map([
      ['Trust', 1],
      ['customer', 2],
      ['fiducia', 5],
      ['fedeltà', 1],
    ]);
    const otherCounts = new Map([
      ['trust', 4],
      ['customer', 5],
      ['fedelta', 3],
      ['loyalty', 9],
    ]);
    expect(buildVocabulary(input({ counts, otherCounts })).foreign).toBe('fedelta trust');
  });

  test('lists as foreign only words of this edition', () => {
    const otherCounts = new Map([['loyalty', 9]]);
    expect(buildVocabulary(input({ counts: new Map([['fiducia', 1]]), otherCounts })).foreign).toBe('');
  });

  test('finds the foreign words of the fixture editions', () => {
    expect(italianFile.foreign).toBe('customer experience trust');
    expect(englishFile.foreign).toBe('');
  });

  test('writes the stop words of both editions and passes the synonyms and terms through', () => {
    const same = [['pendolo', 'oscillazione']];
    const leads: [string[], string[]][] = [[['lealtà'], ['fedeltà']]];
    const terms = [{ term: 'Fiducia', aliases: [], url: '/glossario/fiducia/' }];
    expect(
      buildVocabulary(input({ language: 'en', stop: ['il', 'la'], otherStop: ['the'], same, leads, terms })),
    ).toEqual({
      version: 1,
      language: 'en',
      words: '',
      foreign: '',
      stop: 'il la',
      otherStop: 'the',
      same,
      leads,
      terms,
    });
  });
});

describe('readVocabulary', () => {
  test('maps each folded word to the form the pages write', () => {
    expect(italian.words.get('fedelta')).toBe('fedeltà');
    expect(italian.words.get('fiducia')).toBe('fiducia');
    expect(italian.words.has('fedeltà')).toBe(false);
  });

  test.each([['che'], ['alla'], ['dal'], ['come'], ['quando']])(
    'leaves the stop word %j out of the known words but keeps it in the words',
    (word) => {
      expect(italian.words.has(word)).toBe(true);
      expect(italian.known.map((entry) => entry.key)).not.toContain(word);
    },
  );

  test('keeps the other words as known, folded', () => {
    const keys = italian.known.map((entry) => entry.key);
    expect(keys).toEqual(expect.arrayContaining(['cliente', 'fiducia', 'fedelta', 'pendolo', 'trust']));
    expect(keys).not.toContain('fedeltà');
  });

  test('reads the stop words and the foreign words as sets', () => {
    expect(italian.stop.has('della')).toBe(true);
    expect(italian.otherStop.has('the')).toBe(true);
    expect([...italian.foreign]).toEqual(['customer', 'experience', 'trust']);
    expect(english.foreign.size).toBe(0);
  });

  test('makes every phrase of a `same` group lead to every other with other content words', () => {
    // "pendolo" and "il pendolo" share the key "pendolo": neither leads to the other.
    expect(italian.synonyms.get('pendolo')).toEqual(['oscillazione']);
    expect(italian.synonyms.get('oscillazione')).toEqual(['pendolo', 'il pendolo']);
  });

  test('keys the synonyms by their content words, without stop words', () => {
    expect(italian.synonyms.has('il pendolo')).toBe(false);
    const vocabulary = readVocabulary(
      buildVocabulary(input({ stop: STOP_WORDS.it, leads: [[['il cliente è il re'], ['fedeltà']]] })),
    );
    expect(vocabulary.synonyms).toEqual(new Map([['cliente re', ['fedeltà']]]));
  });

  test('makes a `leads` entry lead one way only, keyed by the folded phrase', () => {
    expect(italian.synonyms.get('lealta')).toEqual(['fedeltà']);
    expect(italian.synonyms.has('fedelta')).toBe(false);
  });

  test.each([
    [
      'same',
      { same: [['Fedeltà', 'fedelta', 'lealtà']], leads: [] },
      [
        ['fedelta', ['lealtà']],
        ['lealta', ['Fedeltà', 'fedelta']],
      ],
    ],
    [
      'leads',
      {
        same: [],
        leads: [
          [
            ['Lealtà', 'lealta'],
            ['lealtà', 'fedeltà'],
          ],
        ] as [string[], string[]][],
      },
      [['lealta', ['fedeltà']]],
    ],
  ])('never makes a phrase its own synonym, nor repeats one (%s)', (_name, lists, expected) => {
    const vocabulary = readVocabulary(buildVocabulary(input(lists)));
    expect(vocabulary.synonyms).toEqual(new Map(expected as [string, string[]][]));
  });

  test('merges the synonyms a phrase has from `same` and from `leads`', () => {
    const vocabulary = readVocabulary(
      buildVocabulary(
        input({ same: [['fedeltà', 'lealtà']], leads: [[['lealtà'], ['fiducia', 'fedeltà']]] }),
      ),
    );
    expect(vocabulary.synonyms.get('lealta')).toEqual(['fedeltà', 'fiducia']);
  });

  test('derives the glossary’s synonyms: its names on pages mean the same, the others lead to them', () => {
    expect(italian.synonyms.get('customer experience')).toEqual(['esperienza del cliente']);
    expect(italian.synonyms.get('esperienza cliente')).toEqual(['Customer experience']);
    expect(italian.synonyms.get('cx')).toEqual(['Customer experience', 'esperienza del cliente']);
    expect(english.synonyms.get('loyalty')).toEqual(['customer loyalty']);
  });

  test('puts the glossary’s synonyms after the synonyms file’s', () => {
    const vocabulary = readVocabulary({
      ...italianFile,
      same: [['esperienza del cliente', 'tempo dedicato']],
    });
    expect(vocabulary.synonyms.get('esperienza cliente')).toEqual(['tempo dedicato', 'Customer experience']);
  });

  test('keeps the language and the glossary terms', () => {
    expect(italian.language).toBe('it');
    expect(english.terms.map((term) => term.term)).toEqual(['Loyalty']);
  });
});
