import { fold, phraseKey, words } from './text';
import type { KnownWord } from './spelling';
import { glossarySynonyms } from './synonyms';

/**
 * The search vocabulary of one edition: what the search element fetches after a first search to
 * correct, expand and answer queries. Built with the site (src/build/search-vocabulary.ts) from
 * the words Pagefind indexed, the glossary and the synonyms files; about 2 KB per 1,000 words
 * gzip, and never more than MAX_WORDS words whatever the size of the site.
 */
export interface VocabularyFile {
  version: 1;
  language: string;
  /** Every word of the index as its pages write it, sorted and front-coded (see `frontCode`). */
  words: string;
  /** Words of this index that are far more frequent in the other edition's (folded, space-separated). */
  foreign: string;
  /** This edition's stop words and the other edition's (folded, space-separated). */
  stop: string;
  otherStop: string;
  /** Phrases that mean the same: each is also searched as every other of its group. */
  same: string[][];
  /** A reader's phrases → the phrases our pages use: [from, to]. */
  leads: [string[], string[]][];
  /** Glossary entries, for the short answer above the results (its definition comes from its page). */
  terms: TermAnswer[];
}

export interface TermAnswer {
  term: string;
  /** Its other names (plurals, translations, abbreviations), as the glossary gives them. */
  aliases: string[];
  /** The entry's page, from the site's root. */
  url: string;
}

/** The most words a vocabulary keeps: those on most pages, so that it stays small as the site grows. */
export const MAX_WORDS = 6000;
/** Shorter words are neither corrected nor offered as corrections. */
export const MIN_WORD_LENGTH = 3;

/**
 * Sorted words as one string, each written as how many letters it shares with the one before
 * (1–9, left out when none) and the rest: "cliente clienti" → "cliente 6i". About a third smaller
 * than the plain list once both are gzipped.
 */
export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return `${shared || ''}${word.slice(shared)}`;
    })
    .join(' ');
}

export function frontDecode(coded: string): string[] {
  let previous = '';
  return coded
    .split(' ')
    .filter(Boolean)
    .map((entry) => {
      const shared = /^\d/.test(entry) ? Number(entry[0]) : 0;
      previous = previous.slice(0, shared) + entry.slice(shared ? 1 : 0);
      return previous;
    });
}

/** How many pages each word appears on, from the text of each indexed page. */
export function pageCounts(pageTexts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of pageTexts)
    for (const word of new Set(words(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Pages per folded word: forms that fold together (fedeltà, fedelta) count once, as the commonest. */
function byKey(counts: Map<string, number>): Map<string, { word: string; pages: number }> {
  const keyed = new Map<string, { word: string; pages: number }>();
  for (const [word, pages] of counts) {
    const entry = keyed.get(fold(word));
    if (!entry || pages > entry.pages) keyed.set(fold(word), { word, pages });
  }
  return keyed;
}

/** True when a word is, by its pages, more at home in the other edition than in this one. */
export const isForeign = (here: number, there: number) => there >= 3 && there >= 3 * here;

export interface VocabularyInput {
  language: string;
  counts: Map<string, number>;
  otherCounts: Map<string, number>;
  stop: readonly string[];
  otherStop: readonly string[];
  same: string[][];
  leads: [string[], string[]][];
  terms: TermAnswer[];
}

export function buildVocabulary(input: VocabularyInput): VocabularyFile {
  const here = byKey(input.counts);
  const there = byKey(input.otherCounts);
  const kept = [...here.entries()]
    .filter(([key]) => key.length >= MIN_WORD_LENGTH && !/\d/.test(key))
    .sort(([a, x], [b, y]) => y.pages - x.pages || (a < b ? -1 : 1))
    .slice(0, MAX_WORDS);
  const foreign = kept
    .filter(([key, { pages }]) => isForeign(pages, there.get(key)?.pages ?? 0))
    .map(([key]) => key);
  return {
    version: 1,
    language: input.language,
    words: frontCode(kept.map(([, { word }]) => word).sort()),
    foreign: foreign.sort().join(' '),
    stop: [...input.stop].join(' '),
    otherStop: [...input.otherStop].join(' '),
    same: input.same,
    leads: input.leads,
    terms: input.terms,
  };
}

/** A vocabulary ready for lookups. */
export interface Vocabulary {
  language: string;
  /** The index's words: folded → as the pages write it. */
  words: Map<string, string>;
  /** The words a misspelt word may be corrected to: the index's, but for stop words. */
  known: KnownWord[];
  foreign: Set<string>;
  stop: Set<string>;
  otherStop: Set<string>;
  /** A phrase key → the phrases search also tries for it. */
  synonyms: Map<string, string[]>;
  terms: TermAnswer[];
}

export function readVocabulary(file: VocabularyFile): Vocabulary {
  const set = (text: string) => new Set(text.split(' ').filter(Boolean));
  const list = frontDecode(file.words);
  const stop = set(file.stop);
  const synonyms = new Map<string, string[]>();
  // Keyed by content words, as queries are read ("il cliente è il re" → "cliente re").
  const contentKey = (phrase: string) =>
    phraseKey(phrase)
      .split(' ')
      .filter((word) => word && !stop.has(word))
      .join(' ');
  const add = (from: string, to: string) => {
    const key = contentKey(from);
    if (!key || key === contentKey(to)) return;
    const targets = synonyms.get(key) ?? [];
    if (!targets.includes(to)) targets.push(to);
    synonyms.set(key, targets);
  };
  const words = new Map(list.map((word) => [fold(word), word]));
  const onPage = (phrase: string) =>
    phraseKey(phrase)
      .split(' ')
      .every((word) => words.has(word));
  const glossary = glossarySynonyms(file.terms, onPage);
  for (const group of [...file.same, ...glossary.same])
    for (const a of group) for (const b of group) add(a, b);
  for (const [from, to] of [...file.leads, ...glossary.leads])
    for (const a of from) for (const b of to) add(a, b);
  return {
    language: file.language,
    words,
    known: list
      .map(fold)
      .filter((key) => !stop.has(key))
      .map((key) => ({ key, pages: 1 })),
    foreign: set(file.foreign),
    stop,
    otherStop: set(file.otherStop),
    synonyms,
    terms: file.terms,
  };
}
