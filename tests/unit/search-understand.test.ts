import { describe, expect, test } from 'vitest';
import { readQuery } from '../../src/lib/search/understand';
import { readVocabulary } from '../../src/lib/search/vocabulary';
import { ITALIAN_TERMS, english, italian, italianFile } from '../support/search-vocabulary-fixture';

describe('readQuery: spelling', () => {
  test.each([
    ['corrects a word one swap away', 'fiducai', 'fiducia', [{ word: 'fiducai', options: ['fiducia'] }]],
    ['corrects a missing letter', 'clinte', 'cliente', [{ word: 'clinte', options: ['cliente'] }]],
    [
      'corrects a word into the form the pages write, with its accent',
      'fedleta',
      'fedeltà',
      [{ word: 'fedleta', options: ['fedeltà'] }],
    ],
    [
      'corrects only the misspelt word of a phrase',
      'la fiducai del cliente',
      'la fiducia del cliente',
      [{ word: 'fiducai', options: ['fiducia'] }],
    ],
  ])('%s: %j → %j', (_name, query, corrected, candidates) => {
    const reading = readQuery(query, italian, english);
    expect(reading.corrected).toBe(corrected);
    expect(reading.candidates).toEqual(candidates);
    expect(reading.otherLanguage).toBe(false);
  });

  test('searches the corrected words one by one', () => {
    expect(readQuery('la fiducai del cliente', italian, english).searchWords).toEqual(['fiducia', 'cliente']);
  });

  test.each([
    ['a word on a page', 'clienti'],
    ['a word close to a more common one', 'cliente'],
    ['a phrase of known words', 'tempo dedicato'],
    ['an accented word typed without its accent', 'fedelta'],
  ])('never corrects a known word (%s): %j', (_name, query) => {
    const reading = readQuery(query, italian, english);
    expect(reading.corrected).toBeUndefined();
    expect(reading.absent).toEqual([]);
    expect(reading.unknown).toEqual([]);
    expect(reading.candidates).toEqual([]);
  });

  test.each([
    ['the start of a word', 'esperi', 'esperienza'],
    ['the start of a word with its accent', 'fedel', 'fedeltà'],
    ['the start of a long word', 'oscill', 'oscillazione'],
  ])('does not take %s for a typo: %j (of %s)', (_name, query) => {
    const reading = readQuery(query, italian, english);
    expect(reading.absent).toEqual([query]);
    expect(reading.unknown).toEqual([]);
    expect(reading.corrected).toBeUndefined();
  });

  test('takes the start of a word shorter than 4 letters as unknown', () => {
    expect(readQuery('cli', italian, english).unknown).toEqual(['cli']);
    expect(readQuery('clie', italian, english).unknown).toEqual([]);
  });

  test('marks an inflection of a known word as inflected and offers its stem', () => {
    const reading = readQuery('trusting', english, italian);
    expect(reading.unknown).toEqual(['trusting']);
    expect(reading.inflected).toBe(true);
    expect(reading.corrected).toBe('trust');
    expect(reading.candidates).toEqual([{ word: 'trusting', options: ['trust'] }]);
  });

  test('does not mark as inflected a word one letter from a known word, though it begins with one', () => {
    // "customerr" begins with "customer", but is one letter from it: a typo, not an inflection.
    const reading = readQuery('customerr', english, italian);
    expect(reading.unknown).toEqual(['customerr']);
    expect(reading.inflected).toBe(false);
    expect(reading.corrected).toBe('customer');
  });

  test.each([
    ['a misspelt word', 'fiducai', italian, english],
    ['a word that begins with no known word', 'zzzzzzz', italian, english],
    ['a query with a known word and a typo', 'fiducia tmepo', italian, english],
  ])('does not mark %s as inflected', (_name, query, here, other) => {
    expect(readQuery(query, here, other).inflected).toBe(false);
  });

  test('leaves a word nothing is close to as typed', () => {
    const reading = readQuery('zzzzzzz', italian, english);
    expect(reading.unknown).toEqual(['zzzzzzz']);
    expect(reading.corrected).toBeUndefined();
    expect(reading.searchWords).toEqual(['zzzzzzz']);
  });
});

describe('readQuery: words', () => {
  test.each([
    ['la fiducia del cliente', ['la', 'fiducia', 'del', 'cliente'], ['fiducia', 'cliente']],
    ['Fedeltà e fiducia', ['fedeltà', 'fiducia'], ['fedelta', 'fiducia']],
    ['quando si misura il tempo', ['quando', 'si', 'misura', 'il', 'tempo'], ['misura', 'tempo']],
    ["l'esperienza del cliente", ['esperienza', 'del', 'cliente'], ['esperienza', 'cliente']],
  ])('drops the stop words of %j from its content words', (query, words, content) => {
    const reading = readQuery(query, italian, english);
    expect(reading.words).toEqual(words);
    expect(reading.content).toEqual(content);
  });

  test.each([
    ['la fiducia del cliente', ['fiducia', 'cliente']],
    ['Fedeltà e fiducia', ['fedeltà', 'fiducia']],
    ['quando si misura il tempo', ['misura', 'tempo']],
  ])('searches the words of %j one by one without its stop words, as written', (query, searchWords) => {
    expect(readQuery(query, italian, english).searchWords).toEqual(searchWords);
  });

  test('drops the stop words of the edition searched, not of the other', () => {
    expect(readQuery('the time of the customer', english, italian).content).toEqual(['time', 'customer']);
  });

  test('gives empty lists for an empty query', () => {
    const reading = readQuery('', italian, english);
    expect(reading).toMatchObject({ words: [], content: [], absent: [], unknown: [], searchWords: [] });
    expect(reading.otherLanguage).toBe(false);
    expect(reading.answer).toBeUndefined();
  });
});

describe('readQuery: the glossary answer', () => {
  const [customerExperience] = ITALIAN_TERMS;
  test.each([
    ['the term', 'customer experience'],
    ['the term in capitals', 'Customer Experience'],
    ['an alias', 'CX'],
    ['an alias with its stop words', 'esperienza del cliente'],
    ['an alias without its stop words', 'esperienza cliente'],
    ['a question about the term', "che cos'è la customer experience"],
    ['a question about an alias', "cos'è la CX"],
    ['a misspelt term, once corrected', 'customer experince'],
  ])('finds the term of %s: %j', (_name, query) => {
    expect(readQuery(query, italian, english).answer).toEqual(customerExperience);
  });

  test.each([
    ['one word of the term', 'customer'],
    ['the term with another word', 'customer experience digitale'],
    ['only stop words', 'che cosa è'],
  ])('finds no term for %s: %j', (_name, query) => {
    expect(readQuery(query, italian, english).answer).toBeUndefined();
  });
});

describe('readQuery: the other language', () => {
  test.each([
    ['words only the other edition has', 'loyalty', italian, english],
    ['words only the other edition has, with its small words', 'trust and loyalty', italian, english],
    ['a word far more frequent in the other edition', 'trust', italian, english],
    ['a shared word with the other grammar', 'the customer', italian, english],
    ['the other grammar, before the other vocabulary is fetched', 'the customer', italian, null],
    ['Italian words in the English edition', 'fiducia del cliente', english, italian],
  ])('reads %s as the other language: %j', (_name, query, here, other) => {
    expect(readQuery(query, here, other).otherLanguage).toBe(true);
  });

  test.each([
    ['this language’s own small words', 'la trust', italian, english],
    ['a question in this language', 'come si misura il tempo', italian, english],
    ['words of this edition only', 'fiducia e tempo', italian, english],
    ['a typo of a word of this edition', 'fiducai', italian, english],
    ['a word neither edition has', 'zzzzzzz', italian, english],
  ])('does not read %s as the other language: %j', (_name, query, here, other) => {
    expect(readQuery(query, here, other).otherLanguage).toBe(false);
  });

  // "fiducia" is on Italian pages only: beside a foreign word, it keeps the query Italian.
  test('does not read a word of this edition only beside a foreign one as the other language', () => {
    expect(readQuery('fiducia trust', italian, english).otherLanguage).toBe(false);
  });

  test.each([
    ['words only the other edition has', 'Trust Loyalty', 'trust loyalty'],
    ['words far more frequent in the other edition', 'Trust Experience', 'trust experience'],
  ])('never reads a name in Title Case as the other language (%s): %j', (_name, name, lower) => {
    expect(readQuery(lower, italian, english).otherLanguage).toBe(true);
    expect(readQuery(name, italian, english).otherLanguage).toBe(false);
  });

  test('reads one word in Title Case as any other word', () => {
    expect(readQuery('Loyalty', italian, english).otherLanguage).toBe(true);
  });

  test('reads a word the other edition counts as foreign as this edition’s', () => {
    expect(readQuery('trust', italian, english).otherLanguage).toBe(true);
    // As the English edition would, were "trust" on far more Italian pages than English ones.
    const trustForeign = { ...english, foreign: new Set(['trust']) };
    expect(readQuery('trust', italian, trustForeign).otherLanguage).toBe(false);
    expect(readQuery('trust and loyalty', italian, trustForeign).otherLanguage).toBe(false);
  });

  test('tells the other grammar apart from this one', () => {
    expect(readQuery('the customer', italian, english).otherGrammar).toBe(true);
    expect(readQuery('trust', italian, english).otherGrammar).toBe(false);
    expect(readQuery('il customer', italian, english).otherGrammar).toBe(false);
    expect(readQuery('in the customer', italian, english).otherGrammar).toBe(true);
  });

  test('never corrects a word of the other language into one of this edition', () => {
    const reading = readQuery('trust and loyalty', italian, english);
    expect(reading.unknown).toEqual(['and', 'loyalty']);
    expect(reading.corrected).toBeUndefined();
    expect(reading.candidates).toEqual([]);
  });

  test.each([['customer experience'], ['Customer Experience']])(
    'never reads a glossary term of this edition as the other language, though its words are foreign: %j',
    (query) => {
      expect(readQuery('customer', italian, english).otherLanguage).toBe(true);
      const reading = readQuery(query, italian, english);
      expect(reading.answer?.term).toBe('Customer experience');
      expect(reading.otherLanguage).toBe(false);
    },
  );
});

describe('readQuery: variants', () => {
  /** The fixture's Italian synonyms, and a phrase with small words inside it and a word of it alone. */
  const withPhrases = readVocabulary({
    ...italianFile,
    leads: [
      ...italianFile.leads,
      [['il cliente è il re'], ['cliente al centro']],
      [['cliente'], ['clienti']],
    ],
  });

  test('offers the synonyms of a word, skipping one with the same content words', () => {
    expect(readQuery('pendolo', italian, english).variants).toEqual([
      { query: 'oscillazione', phrase: 'pendolo', with: 'oscillazione', main: false },
    ]);
  });

  test('replaces the content words of a phrase inside the query, keeping the other words', () => {
    // "il pendolo" is keyed "pendolo" too: it would search the same words again.
    expect(readQuery('il pendolo del cliente', italian, english).variants).toEqual([
      { query: 'il oscillazione del cliente', phrase: 'pendolo', with: 'oscillazione', main: false },
    ]);
  });

  test('matches a phrase on its content words, replacing from its first to its last, longest phrases first', () => {
    // The query's words as `words` reads them: "è", one letter, is not one.
    expect(readQuery('il cliente è il re', withPhrases, english).variants).toEqual([
      { query: 'il cliente al centro', phrase: 'cliente il re', with: 'cliente al centro', main: true },
      { query: 'il clienti il re', phrase: 'cliente', with: 'clienti', main: false },
    ]);
  });

  test('matches a phrase on its content words whatever small words the reader puts between them', () => {
    expect(readQuery('cliente re', withPhrases, english).variants[0]).toEqual({
      query: 'cliente al centro',
      phrase: 'cliente re',
      with: 'cliente al centro',
      main: true,
    });
  });

  test('follows a `leads` entry from a reader’s word to the pages’ word, as the main reading', () => {
    expect(readQuery('lealtà del cliente', italian, english).variants).toEqual([
      { query: 'fedeltà del cliente', phrase: 'lealtà', with: 'fedeltà', main: true },
    ]);
  });

  test('does not lead back from the pages’ word to the reader’s', () => {
    expect(readQuery('fedeltà', italian, english).variants).toEqual([]);
  });

  test('offers the synonyms of the corrected query, not as the main reading (the pages have the word)', () => {
    expect(readQuery('pendlo', italian, english).variants).toEqual([
      { query: 'oscillazione', phrase: 'pendolo', with: 'oscillazione', main: false },
    ]);
  });

  test('offers nothing for a query with no synonyms', () => {
    expect(readQuery('fiducia', italian, english).variants).toEqual([]);
  });

  test('offers the synonyms of the English edition from its own file', () => {
    expect(readQuery('the pendulum', english, italian).variants).toEqual([
      { query: 'the swing', phrase: 'pendulum', with: 'swing', main: false },
    ]);
  });

  test('never takes a word with a synonym for unknown, nor corrects it', () => {
    const lealta = readQuery('lealtà', italian, english);
    expect(lealta.absent).toEqual(['lealta']);
    expect(lealta.unknown).toEqual([]);
    expect(lealta.corrected).toBeUndefined();
    expect(lealta.candidates).toEqual([]);
    // "tempi" is one letter from "tempo": corrected without a synonym, searched as its synonym with one.
    expect(readQuery('tempi', italian, english).corrected).toBe('tempo');
    const withTempi = readVocabulary({ ...italianFile, leads: [[['tempi'], ['tempo dedicato']]] });
    const tempi = readQuery('tempi', withTempi, english);
    expect(tempi.unknown).toEqual([]);
    expect(tempi.corrected).toBeUndefined();
    expect(tempi.variants).toEqual([
      { query: 'tempo dedicato', phrase: 'tempi', with: 'tempo dedicato', main: true },
    ]);
  });
});
