import { fuse } from './fusion';
import { readQuery, type QueryReading } from './understand';
import type { TermAnswer, Vocabulary } from './vocabulary';

/**
 * A forgiving search on top of Pagefind: the query as typed first; then, when it finds nothing or
 * little, in this order, a spelling correction, the query's words searched one by one and merged,
 * and its synonyms; and the other edition when the query reads as its language or nothing was
 * found. No DOM and no Pagefind here: the element passes in how to search each edition.
 */
export interface Edition<R> {
  /** Pagefind's results for a query, best first. */
  search(query: string): Promise<R[]>;
  /** The edition's vocabulary; null when it cannot be had (the search then stays as typed). */
  vocabulary(): Promise<Vocabulary | null>;
}

/** How the results were found, for the status line. */
export type Route =
  { kind: 'as-typed' } | { kind: 'correction'; corrected: string } | { kind: 'words'; words: string[] };

export interface EditionOutcome<R> {
  results: R[];
  route: Route;
  /** Synonyms that brought in pages: [the phrase typed, the phrase searched]. */
  synonyms: [string, string][];
}

export interface Outcome<R> extends EditionOutcome<R> {
  /** The other edition's results, when it was searched and found something. */
  other?: EditionOutcome<R>;
  /** The other edition's pages come before this one's: the query is in its language. */
  otherFirst: boolean;
  answer?: TermAnswer;
}

/** Fewer results than this is "little": the words of the query are then also searched one by one. */
export const ENOUGH = 3;
/** How much a synonym's results count against the words as typed. */
const SYNONYM_WEIGHT = 0.7;
/** How much each word searched alone counts. */
const WORD_WEIGHT = 0.6;

export async function forgivingSearch<R>(
  query: string,
  key: (result: R) => string,
  here: Edition<R>,
  there: Edition<R> | null,
): Promise<Outcome<R>> {
  const [typed, vocabulary] = await Promise.all([here.search(query), here.vocabulary()]);
  if (!vocabulary) return { results: typed, route: { kind: 'as-typed' }, synonyms: [], otherFirst: false };
  let reading = readQuery(query, vocabulary);
  // A word this edition does not have may be the other language's: only its vocabulary tells.
  if (there && reading.unknown.length) reading = readQuery(query, vocabulary, await there.vocabulary());
  const own =
    reading.otherLanguage && typed.length === 0
      ? emptyOutcome<R>()
      : await improve(typed, reading, here, key);
  const outcome: Outcome<R> = {
    ...own,
    otherFirst: false,
    ...(reading.answer ? { answer: reading.answer } : {}),
  };
  if (there && (reading.otherLanguage || own.results.length === 0)) {
    const otherVocabulary = await there.vocabulary();
    const otherTyped = await there.search(query);
    const other = otherVocabulary
      ? await improve(otherTyped, readQuery(query, otherVocabulary), there, key)
      : { results: otherTyped, route: { kind: 'as-typed' as const }, synonyms: [] };
    if (other.results.length) {
      outcome.other = other;
      outcome.otherFirst = reading.otherLanguage;
    }
  }
  return outcome;
}

const emptyOutcome = <R>(): EditionOutcome<R> => ({ results: [], route: { kind: 'as-typed' }, synonyms: [] });

/** This edition's results for a reading: the steps of forgivingSearch, each only if still needed. */
async function improve<R>(
  typed: R[],
  reading: QueryReading,
  edition: Edition<R>,
  key: (result: R) => string,
): Promise<EditionOutcome<R>> {
  let route: Route = { kind: 'as-typed' };
  let base = typed;
  // 1. A correction, only for a word no page contains: a query with a real answer stays as it is.
  if (reading.corrected) {
    const corrected = await edition.search(reading.corrected);
    if (corrected.length) {
      route = { kind: 'correction', corrected: reading.corrected };
      base = fuse(
        [
          { items: corrected, weight: 1 },
          { items: typed, weight: 0.5 },
        ],
        key,
      );
    }
  }
  // 2. A question, or words no page has together: each word alone, merged.
  const lists = [{ items: base, weight: 1 }];
  const content = [...new Set(reading.searchWords)];
  if (base.length < ENOUGH && content.length > 1) {
    const found = await Promise.all(content.map((word) => edition.search(word)));
    const searched = content.filter((_, i) => found[i]!.length);
    if (searched.length) {
      lists.push(...found.map((items) => ({ items, weight: WORD_WEIGHT })));
      if (base.length === 0) route = { kind: 'words', words: searched };
    }
  }
  // 3. Synonyms and variants, merged with what the query found.
  const synonyms: [string, string][] = [];
  const variantResults = await Promise.all(reading.variants.map((v) => edition.search(v.query)));
  reading.variants.forEach((variant, i) => {
    const items = variantResults[i]!;
    if (!items.length) return;
    lists.push({ items, weight: SYNONYM_WEIGHT });
    if (!synonyms.some(([, w]) => w === variant.with)) synonyms.push([variant.phrase, variant.with]);
  });
  return { results: lists.length === 1 ? base : fuse(lists, key), route, synonyms };
}
