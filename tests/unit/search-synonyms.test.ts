import { describe, expect, test } from 'vitest';
import { checkSynonyms, glossarySynonyms, type SynonymLists } from '../../src/lib/search/synonyms';
import { fold, words } from '../../src/lib/search/text';
import type { TermAnswer } from '../../src/lib/search/vocabulary';

const FILE = 'content/search/synonyms.yaml';
/** The words on the edition's pages, folded. */
const PAGE_WORDS = new Set(
  ['fedeltà', 'fiducia', 'cliente', 'tempo', 'dedicato', 'customer', 'experience', 'esperienza', 'del'].map(
    fold,
  ),
);
const onPage = (phrase: string) => words(phrase).every((word) => PAGE_WORDS.has(fold(word)));
const ESSAYS = new Set(['fiducia-e-tempo', 'persone-prima-delle-sigle']);
const essayExists = (id: string) => ESSAYS.has(id);

const lists = (extra: Partial<SynonymLists>): SynonymLists => ({
  same: [],
  leads: [],
  originals: [],
  ...extra,
});
const check = (synonyms: Partial<SynonymLists>) => checkSynonyms(FILE, lists(synonyms), onPage, essayExists);

describe('checkSynonyms: problems', () => {
  test.each([
    [
      'a `same` word on no page',
      lists({ same: [['fedeltà', 'lealtà']] }),
      'same[0]',
      'move it to a `leads` entry as a `from`, or use a word the pages have',
      `${FILE}: same[0] «lealtà»: no page of this edition has «lealtà»; move it to a \`leads\` entry as a \`from\`, or use a word the pages have.`,
    ],
    [
      'a `same` word on no page, in a later group',
      lists({
        same: [
          ['fiducia', 'fedeltà'],
          ['tempo dedicato', 'tempo concesso'],
        ],
      }),
      'same[1]',
      'move it to a `leads` entry as a `from`',
      `${FILE}: same[1] «tempo concesso»: no page of this edition has «concesso»; move it to a \`leads\` entry as a \`from\`, or use a word the pages have.`,
    ],
    [
      'a `to` word on no page',
      lists({
        leads: [
          { from: ['lealtà'], to: ['fedeltà'] },
          { from: ['tempo per il cliente'], to: ['tempo concesso'] },
        ],
      }),
      'leads[1].to',
      'a synonym must lead to words the pages use',
      `${FILE}: leads[1].to «tempo concesso»: no page of this edition has «concesso»; a synonym must lead to words the pages use.`,
    ],
    [
      'a `to` phrase with several words on no page',
      lists({ leads: [{ from: ['cx'], to: ['experience economy index'] }] }),
      'leads[0].to',
      'a synonym must lead to words the pages use',
      `${FILE}: leads[0].to «experience economy index»: no page of this edition has «economy», «index»; a synonym must lead to words the pages use.`,
    ],
    [
      'an unknown essay',
      lists({ originals: [{ essay: 'non-esiste', from: ['lealtà'], to: ['fedeltà'] }] }),
      'originals[0].essay',
      'use an id of content/essays/',
      `${FILE}: originals[0].essay «non-esiste» is not an essay: use an id of content/essays/.`,
    ],
    [
      'a `to` word of an original on no page',
      lists({ originals: [{ essay: 'fiducia-e-tempo', from: ['fiduciario'], to: ['affidamento'] }] }),
      'originals[0].to',
      'a synonym must lead to words the pages use',
      `${FILE}: originals[0].to «affidamento»: no page of this edition has «affidamento»; a synonym must lead to words the pages use.`,
    ],
  ])('reports %s, naming the file, the entry and the fix', (_name, synonyms, entry, fix, expected) => {
    const { problems } = check(synonyms);
    expect(problems).toEqual([expected]);
    expect(problems[0]).toContain(FILE);
    expect(problems[0]).toContain(entry);
    expect(problems[0]).toContain(fix);
  });

  test('reports every problem of a file, in the order of its sections', () => {
    const { problems } = check({
      same: [['fiducia', 'affidabilità']],
      leads: [{ from: ['lealtà'], to: ['lealtà'] }],
      originals: [{ essay: 'sconosciuto', from: ['x'], to: ['fiducia'] }],
    });
    expect(problems.map((problem) => problem.split(' ')[1])).toEqual([
      'same[0]',
      'leads[0].to',
      'originals[0].essay',
    ]);
  });

  test('reports nothing for synonyms whose words are all on pages', () => {
    expect(
      check({
        same: [['fiducia', 'fedeltà']],
        leads: [{ from: ['lealtà', 'affidabilità'], to: ['fedeltà'] }],
        originals: [{ essay: 'fiducia-e-tempo', from: ['tempo concesso'], to: ['tempo dedicato'] }],
      }).problems,
    ).toEqual([]);
  });

  test('checks words as the pages fold them: an accent left out is not a problem', () => {
    expect(check({ same: [['fedelta', 'Fiducia']] }).problems).toEqual([]);
  });
});

describe('checkSynonyms: what search may use', () => {
  test('keeps a `same` group without the phrases on no page', () => {
    expect(check({ same: [['fiducia', 'fedeltà', 'lealtà']] }).same).toEqual([['fiducia', 'fedeltà']]);
  });

  test('drops a `same` group left with one phrase', () => {
    expect(check({ same: [['fedeltà', 'lealtà']] }).same).toEqual([]);
  });

  test('keeps the `from` phrases of a lead whatever they are, and only the `to` phrases on pages', () => {
    expect(check({ leads: [{ from: ['lealtà'], to: ['fedeltà', 'lealtà'] }] }).leads).toEqual([
      [['lealtà'], ['fedeltà']],
    ]);
  });

  test('drops a lead with no `to` phrase on a page', () => {
    expect(check({ leads: [{ from: ['fedeltà'], to: ['lealtà'] }] }).leads).toEqual([]);
  });

  test('adds the originals after the leads, as leads', () => {
    expect(
      check({
        leads: [{ from: ['lealtà'], to: ['fedeltà'] }],
        originals: [{ essay: 'fiducia-e-tempo', from: ['tempo concesso'], to: ['tempo dedicato'] }],
      }).leads,
    ).toEqual([
      [['lealtà'], ['fedeltà']],
      [['tempo concesso'], ['tempo dedicato']],
    ]);
  });

  test('keeps the lead of an original whose essay is unknown, reporting only the essay', () => {
    const checked = check({ originals: [{ essay: 'non-esiste', from: ['lealtà'], to: ['fedeltà'] }] });
    expect(checked.leads).toEqual([[['lealtà'], ['fedeltà']]]);
    expect(checked.problems).toHaveLength(1);
  });
});

describe('glossarySynonyms', () => {
  const term = (name: string, aliases: string[]): TermAnswer => ({
    term: name,
    aliases,
    url: '/glossario/x/',
  });

  test('makes a group of the names on pages and leads the others to them', () => {
    expect(glossarySynonyms([term('Customer experience', ['CX', 'esperienza del cliente'])], onPage)).toEqual(
      {
        same: [['Customer experience', 'esperienza del cliente']],
        leads: [[['CX'], ['Customer experience', 'esperienza del cliente']]],
      },
    );
  });

  test('makes a group and no lead when every name is on a page', () => {
    expect(glossarySynonyms([term('Fiducia', ['fedeltà'])], onPage)).toEqual({
      same: [['Fiducia', 'fedeltà']],
      leads: [],
    });
  });

  test('makes a lead and no group when only one name is on a page', () => {
    expect(glossarySynonyms([term('Fedeltà', ['lealtà', 'loyalty'])], onPage)).toEqual({
      same: [],
      leads: [[['lealtà', 'loyalty'], ['Fedeltà']]],
    });
  });

  test('makes nothing for a term no page names', () => {
    expect(glossarySynonyms([term('Net promoter score', ['NPS'])], onPage)).toEqual({ same: [], leads: [] });
  });

  test('gives the synonyms of several terms in the glossary’s order', () => {
    const { same, leads } = glossarySynonyms(
      [term('Fiducia', ['fedeltà']), term('Customer experience', ['CX', 'esperienza del cliente'])],
      onPage,
    );
    expect(same).toEqual([
      ['Fiducia', 'fedeltà'],
      ['Customer experience', 'esperienza del cliente'],
    ]);
    expect(leads).toEqual([[['CX'], ['Customer experience', 'esperienza del cliente']]]);
  });
});
