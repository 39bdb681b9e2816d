import { describe, expect, test } from 'vitest';
import { forgivingSearch, type Edition } from '../../src/lib/search/forgiving';
import type { Vocabulary } from '../../src/lib/search/vocabulary';
import { english, italian } from '../support/search-vocabulary-fixture';

/** A fake edition: page ids for each query, the small vocabulary, page titles; it records what was searched. */
interface FakeEdition extends Edition<string> {
  searched: string[];
}

function edition(
  results: Record<string, string[]>,
  vocabulary: Vocabulary | null,
  titles: Record<string, string> = {},
): FakeEdition {
  const byQuery = new Map(Object.entries(results));
  const byId = new Map(Object.entries(titles));
  const searched: string[] = [];
  return {
    searched,
    search: (query) => {
      searched.push(query);
      return Promise.resolve(byQuery.get(query) ?? []);
    },
    vocabulary: () => Promise.resolve(vocabulary),
    title: (id) => Promise.resolve(byId.get(id) ?? `Pagina ${id}`),
  };
}

const id = (result: string) => result;

describe('forgivingSearch in one edition', () => {
  test('keeps a query that finds enough pages as typed', async () => {
    const here = edition({ fiducia: ['p1', 'p2', 'p5'] }, italian);
    const outcome = await forgivingSearch('fiducia', id, here, null);
    expect(outcome).toEqual({
      results: ['p1', 'p2', 'p5'],
      route: { kind: 'as-typed' },
      synonyms: [],
      otherFirst: false,
    });
    expect(here.searched).toEqual(['fiducia']);
  });

  test('stays as typed when the vocabulary cannot be had', async () => {
    const here = edition({ fiducai: [] }, null);
    const outcome = await forgivingSearch('fiducai', id, here, null);
    expect(outcome).toEqual({ results: [], route: { kind: 'as-typed' }, synonyms: [], otherFirst: false });
    expect(here.searched).toEqual(['fiducai']);
  });

  test('corrects a typo that finds nothing', async () => {
    const here = edition({ fiducia: ['p1', 'p2', 'p5'] }, italian);
    const outcome = await forgivingSearch('fiducai', id, here, null);
    expect(outcome.route).toEqual({ kind: 'correction', corrected: 'fiducia', misspelt: ['fiducai'] });
    expect(outcome.results).toEqual(['p1', 'p2', 'p5']);
  });

  test('puts what the correction finds before what the typo found', async () => {
    const here = edition({ 'la fiducai': ['p4'], 'la fiducia': ['p1', 'p2'] }, italian);
    const outcome = await forgivingSearch('la fiducai', id, here, null);
    expect(outcome.route).toEqual({ kind: 'correction', corrected: 'la fiducia', misspelt: ['fiducai'] });
    expect(outcome.results).toEqual(['p1', 'p2', 'p4']);
  });

  test('keeps a typo as typed when its correction finds nothing either', async () => {
    const here = edition({ fiducai: ['p6'] }, italian);
    const outcome = await forgivingSearch('fiducai', id, here, null);
    expect(outcome.route).toEqual({ kind: 'as-typed' });
    expect(outcome.results).toEqual(['p6']);
  });

  test('does not correct an inflection that finds pages', async () => {
    const here = edition({ trusting: ['e1'], trust: ['e1', 'e3', 'e4'] }, english);
    const outcome = await forgivingSearch('trusting', id, here, null);
    expect(outcome.route).toEqual({ kind: 'as-typed' });
    expect(outcome.results).toEqual(['e1']);
    expect(here.searched).not.toContain('trust');
  });

  test('corrects an inflection that finds nothing to its stem', async () => {
    const here = edition({ trust: ['e1', 'e3', 'e4'] }, english);
    const outcome = await forgivingSearch('trusting', id, here, null);
    expect(outcome.route).toEqual({ kind: 'correction', corrected: 'trust', misspelt: ['trusting'] });
    expect(outcome.results).toEqual(['e1', 'e3', 'e4']);
  });

  test('chooses, of equally close corrections, the one that finds more pages', async () => {
    const vocabulary: Vocabulary = {
      ...english,
      known: [
        { key: 'consumer', pages: 1 },
        { key: 'customer', pages: 1 },
      ],
      words: new Map([...english.words, ['consumer', 'consumer']]),
    };
    const here = edition({ consumer: ['e9'], customer: ['e1', 'e2', 'e3'] }, vocabulary);
    const outcome = await forgivingSearch('costumer', id, here, null);
    expect(outcome.route).toEqual({ kind: 'correction', corrected: 'customer', misspelt: ['costumer'] });
    expect(outcome.results).toEqual(['e1', 'e2', 'e3']);
  });

  test('searches the words of a query that finds nothing one by one and merges them', async () => {
    const here = edition({ fiducia: ['p1', 'p2', 'p5'], quaranta: ['p3'] }, italian);
    const outcome = await forgivingSearch('fiducia quaranta', id, here, null);
    expect(outcome.route).toEqual({ kind: 'words', words: ['fiducia', 'quaranta'] });
    expect(outcome.results).toEqual(['p1', 'p3', 'p2', 'p5']);
  });

  test('names only the words that found pages', async () => {
    const here = edition({ fiducia: ['p1', 'p2'] }, italian);
    const outcome = await forgivingSearch('fiducia settimana', id, here, null);
    expect(outcome.route).toEqual({ kind: 'words', words: ['fiducia'] });
    expect(outcome.results).toEqual(['p1', 'p2']);
  });

  test('adds the words one by one to a question that found pages, and says so', async () => {
    const here = edition(
      { 'quando si misura il tempo': ['p3'], misura: ['p4', 'p3'], tempo: ['p1', 'p3'] },
      italian,
    );
    const outcome = await forgivingSearch('quando si misura il tempo', id, here, null);
    expect(outcome.route).toEqual({ kind: 'words', words: ['misura', 'tempo'] });
    expect(outcome.results).toEqual(['p3', 'p4', 'p1']);
    expect(here.searched).toEqual(expect.arrayContaining(['misura', 'tempo']));
  });

  test('does not search the words one by one when the query as typed finds enough', async () => {
    const here = edition({ 'fiducia quaranta': ['p1', 'p2', 'p3'] }, italian);
    await forgivingSearch('fiducia quaranta', id, here, null);
    expect(here.searched).toEqual(['fiducia quaranta']);
  });

  test('adds the pages a synonym finds and reports it', async () => {
    const here = edition({ pendolo: ['p5'], oscillazione: ['p5', 'p7'] }, italian);
    const outcome = await forgivingSearch('pendolo', id, here, null);
    expect(outcome.results).toEqual(['p5', 'p7']);
    expect(outcome.synonyms).toEqual([['pendolo', 'oscillazione']]);
    expect(outcome.route).toEqual({ kind: 'as-typed' });
    expect(here.searched).not.toContain('il pendolo');
  });

  test('does not report a synonym that finds only pages already found, though it ranks them higher', async () => {
    const here = edition({ pendolo: ['p5', 'p7'], oscillazione: ['p7'] }, italian);
    const outcome = await forgivingSearch('pendolo', id, here, null);
    expect(outcome.results).toEqual(['p7', 'p5']);
    expect(outcome.synonyms).toEqual([]);
  });

  test('follows a reader’s word to the pages’ word', async () => {
    const here = edition({ 'fedeltà del cliente': ['p2', 'p5'] }, italian);
    const outcome = await forgivingSearch('lealtà del cliente', id, here, null);
    expect(outcome.results).toEqual(['p2', 'p5']);
    expect(outcome.synonyms).toEqual([['lealtà', 'fedeltà']]);
  });

  test('counts the synonym of a word no page has as much as the query itself', async () => {
    const here = edition(
      { 'lealtà del cliente': ['p9', 'p8'], 'fedeltà del cliente': ['p2', 'p5'] },
      italian,
    );
    const outcome = await forgivingSearch('lealtà del cliente', id, here, null);
    expect(outcome.results).toEqual(['p9', 'p2', 'p8', 'p5']);
  });

  test('counts the synonym of a word the pages have less than the query', async () => {
    const here = edition(
      { 'pendolo del cliente': ['p9', 'p8'], 'oscillazione del cliente': ['p2', 'p5'] },
      italian,
    );
    const outcome = await forgivingSearch('pendolo del cliente', id, here, null);
    expect(outcome.results).toEqual(['p9', 'p8', 'p2', 'p5']);
  });

  test('gives the glossary term the query asks about', async () => {
    const here = edition({ "che cos'è la customer experience": ['p4'] }, italian);
    const outcome = await forgivingSearch("che cos'è la customer experience", id, here, null);
    expect(outcome.answer?.url).toBe('/glossario/customer-experience/');
  });
});

describe('forgivingSearch and titles', () => {
  test('keeps the first result first, and puts a page whose title is the query right after it', async () => {
    const here = edition({ 'tempo dedicato': ['p1', 'p2', 'p6'] }, italian, {
      p6: 'Tempo dedicato',
      p1: 'La fiducia del cliente',
    });
    const outcome = await forgivingSearch('tempo dedicato', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p6', 'p2']);
  });

  test('keeps first a first result whose title is the query', async () => {
    const here = edition({ 'tempo dedicato': ['p6', 'p1', 'p2'] }, italian, {
      p6: 'Tempo dedicato',
      p2: 'Il tempo dedicato',
    });
    const outcome = await forgivingSearch('tempo dedicato', id, here, null);
    expect(outcome.results).toEqual(['p6', 'p2', 'p1']);
  });

  test('matches a title by its content words, in any order and case', async () => {
    const here = edition({ 'tempo dedicato': ['p1', 'p2', 'p3'] }, italian, { p3: 'Dedicato: il Tempo' });
    const outcome = await forgivingSearch('tempo dedicato', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p3', 'p2']);
  });

  test('puts a page whose title is the corrected query right after the first result', async () => {
    const here = edition({ 'la fiducia': ['p1', 'p2', 'p6'] }, italian, { p6: 'Fiducia' });
    const outcome = await forgivingSearch('la fiducai', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p6', 'p2']);
  });

  test('puts the pages whose title is the query before those whose title begins with its words', async () => {
    const here = edition({ 'la fiducia del cliente': ['p1', 'p2', 'p3', 'p4'] }, italian, {
      p3: 'La fiducia del cliente nasce dal tempo',
      p4: 'Cliente e fiducia',
    });
    const outcome = await forgivingSearch('la fiducia del cliente', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p4', 'p3', 'p2']);
  });

  test('leaves the order of a one-word query to the search, though a title is the query', async () => {
    const here = edition({ fiducia: ['p1', 'p2', 'p6'] }, italian, { p6: 'Fiducia' });
    const outcome = await forgivingSearch('fiducia', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p2', 'p6']);
  });

  test('leaves the order alone when no title is the query nor begins with its words', async () => {
    const here = edition({ 'fiducia tempo': ['p1', 'p2', 'p6'] }, italian, {
      p6: 'Fiducia e tempo del cliente',
      p2: 'Il tempo della fiducia',
    });
    const outcome = await forgivingSearch('fiducia tempo', id, here, null);
    expect(outcome.results).toEqual(['p1', 'p2', 'p6']);
  });
});

describe('forgivingSearch and the other edition', () => {
  test('searches the other edition and puts it first when the query is in its language', async () => {
    const here = edition({}, italian);
    const there = edition({ loyalty: ['e3', 'e5'] }, english);
    const outcome = await forgivingSearch('loyalty', id, here, there);
    expect(outcome.results).toEqual([]);
    expect(outcome.other).toEqual({ results: ['e3', 'e5'], route: { kind: 'as-typed' }, synonyms: [] });
    expect(outcome.otherFirst).toBe(true);
  });

  test('does not correct a word of the other language into one of this edition', async () => {
    const here = edition({}, italian);
    const there = edition({ loyalty: ['e3'] }, english);
    await forgivingSearch('loyalty', id, here, there);
    expect(here.searched).toEqual(['loyalty']);
  });

  test('puts the other edition first for a foreign word this edition has little of', async () => {
    const here = edition({ trust: ['p6'] }, italian);
    const there = edition({ trust: ['e1', 'e3', 'e4', 'e5'] }, english);
    const outcome = await forgivingSearch('trust', id, here, there);
    expect(outcome.results).toEqual(['p6']);
    expect(outcome.other?.results).toEqual(['e1', 'e3', 'e4', 'e5']);
    expect(outcome.otherFirst).toBe(true);
  });

  test('puts the other edition first when it has a page named by the query', async () => {
    const here = edition({ trust: ['p1', 'p2', 'p6'] }, italian);
    const there = edition({ trust: ['e3', 'e1'] }, english, { e1: 'Trust in the client relationship' });
    const outcome = await forgivingSearch('trust', id, here, there);
    expect(outcome.otherFirst).toBe(true);
  });

  test('puts this edition first for a foreign word it has enough of and the other has no page named', async () => {
    const here = edition({ trust: ['p1', 'p2', 'p6'] }, italian);
    const there = edition({ trust: ['e3', 'e1'] }, english, { e1: 'Time and loyalty', e3: 'Measure' });
    const outcome = await forgivingSearch('trust', id, here, there);
    expect(outcome.results).toEqual(['p1', 'p2', 'p6']);
    expect(outcome.other?.results).toEqual(['e3', 'e1']);
    expect(outcome.otherFirst).toBe(false);
  });

  test('puts the other edition first for a query in its grammar', async () => {
    const here = edition({ 'the customer': ['p1', 'p2', 'p4'] }, italian);
    const there = edition({ 'the customer': ['e1', 'e2'] }, english, { e1: 'Trust', e2: 'Experience' });
    const outcome = await forgivingSearch('the customer', id, here, there);
    expect(outcome.otherFirst).toBe(true);
  });

  test('does not search the other edition when this one has results and the query is not foreign', async () => {
    const here = edition({ fiducia: ['p1'] }, italian);
    const there = edition({ fiducia: ['e1'] }, english);
    const outcome = await forgivingSearch('fiducia', id, here, there);
    expect(outcome.results).toEqual(['p1']);
    expect(outcome.other).toBeUndefined();
    expect(outcome.otherFirst).toBe(false);
    expect(there.searched).toEqual([]);
  });

  test('falls back to the other edition, after this one, when this one finds nothing', async () => {
    const here = edition({}, italian);
    const there = edition({ fiducia: ['e1'] }, english);
    const outcome = await forgivingSearch('fiducia', id, here, there);
    expect(outcome.results).toEqual([]);
    expect(outcome.other?.results).toEqual(['e1']);
    expect(outcome.otherFirst).toBe(false);
  });

  test('leaves the other edition out when it finds nothing either', async () => {
    const here = edition({}, italian);
    const there = edition({}, english);
    const outcome = await forgivingSearch('loyalty', id, here, there);
    expect(outcome.other).toBeUndefined();
    expect(outcome.otherFirst).toBe(false);
    // As typed, then as the glossary's other name for it (Loyalty: customer loyalty).
    expect(there.searched).toEqual(['loyalty', 'customer loyalty']);
  });

  test('forgives the query in the other edition too: corrected, then its words one by one', async () => {
    const here = edition({}, italian);
    const there = edition({ 'trust and loyalty': ['e3'], trust: ['e1'] }, english);
    const outcome = await forgivingSearch('trsut and loyalty', id, here, there);
    expect(outcome.other?.route).toEqual({
      kind: 'correction',
      corrected: 'trust and loyalty',
      misspelt: ['trsut'],
    });
    expect(outcome.other?.results).toEqual(['e3', 'e1']);
  });

  test('searches the other edition as typed when its vocabulary cannot be had', async () => {
    const here = edition({}, italian);
    const there = edition({ loyalty: ['e3'] }, null);
    const outcome = await forgivingSearch('loyalty', id, here, there);
    expect(outcome.other).toEqual({ results: ['e3'], route: { kind: 'as-typed' }, synonyms: [] });
  });
});
