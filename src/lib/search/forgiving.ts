import { fuse } from './fusion';
import { readQuery, type QueryReading } from './understand';
import { fold, words as wordsOf } from './text';
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
  /** A result's page title. */
  title(result: R): Promise<string>;
}

/** How the results were found, for the status line. */
export type Route =
  | { kind: 'as-typed' }
  /** `misspelt`: the words no page has, replaced in `corrected`. */
  | { kind: 'correction'; corrected: string; misspelt: string[] }
  /** `words`: the query's words, each searched alone and merged. */
  | { kind: 'words'; words: string[] };

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
/** How much the results of a query with a misspelt word count beside its correction's. */
const TYPED_WEIGHT = 0.25;

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
  if (there && (reading.absent.length || reading.otherLanguage))
    reading = readQuery(query, vocabulary, await there.vocabulary());
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
      // The other edition leads when the query is its language and this edition has little to
      // show, or the query is written in the other's grammar ("quanto tempo dedico ai clienti"),
      // or the other has a page named by the query ("trust": Trust in the client relationship).
      outcome.otherFirst =
        reading.otherLanguage &&
        (own.results.length < ENOUGH ||
          reading.otherGrammar ||
          (await namedBy(query, other.results, there, otherVocabulary)));
    }
  }
  return outcome;
}

/** How many first results are looked at for a title that is the query. */
const TITLE_WINDOW = 10;

/** The content words of a text, folded, as a sorted key ("E il cliente?" → "cliente"). */
const contentKey = (text: string, vocabulary: Vocabulary | null) =>
  wordsOf(text)
    .map(fold)
    .filter((word) => !vocabulary?.stop.has(word))
    .sort()
    .join(' ');

async function namedBy<R>(query: string, results: R[], edition: Edition<R>, vocabulary: Vocabulary | null) {
  const wanted = contentKey(query, vocabulary);
  const titles = await Promise.all(results.slice(0, ENOUGH).map((r) => edition.title(r)));
  return titles.some((title) => {
    const words = new Set(contentKey(title, vocabulary).split(' '));
    return wanted.split(' ').every((word) => words.has(word));
  });
}

/**
 * After the first result, those whose title is the query (the same content words), then those
 * whose title begins with the query's words ("è il cliente": «E il cliente?»: quanto conta…),
 * the rest in their order.
 */
async function titlesFirst<R>(results: R[], queries: string[], edition: Edition<R>, vocabulary: Vocabulary) {
  const head = results.slice(0, TITLE_WINDOW);
  const titles = await Promise.all(head.map((r) => edition.title(r)));
  const tier = (title: string) => {
    const words = wordsOf(title).map(fold);
    for (const query of queries) {
      if (contentKey(title, vocabulary) === contentKey(query, vocabulary)) return 0;
      const typed = wordsOf(query).map(fold);
      if (typed.length > 1 && typed.every((word, i) => words[i] === word)) return 1;
    }
    return 2;
  };
  const tiers = head.map((_, i) => tier(titles[i]!));
  if (tiers.every((t) => t === 2)) return results;
  // The best match of the search itself keeps first place; named pages come right after it.
  const order = head.map((result, i) => ({ result, tier: i === 0 ? -1 : tiers[i]!, i }));
  order.sort((a, b) => a.tier - b.tier || a.i - b.i);
  return [...order.map((o) => o.result), ...results.slice(TITLE_WINDOW)];
}

const emptyOutcome = <R>(): EditionOutcome<R> => ({ results: [], route: { kind: 'as-typed' }, synonyms: [] });

/** This edition's results for a reading: the steps of forgivingSearch, each only if still needed. */
async function improve<R>(
  typed: R[],
  initial: QueryReading,
  edition: Edition<R>,
  key: (result: R) => string,
): Promise<EditionOutcome<R>> {
  let route: Route = { kind: 'as-typed' };
  let base = typed;
  // 1. A correction, only for a word no page contains: a query with a real answer stays as it is.
  const reading = await bestCorrection(initial, edition);
  if (reading.corrected && !(reading.inflected && typed.length)) {
    const corrected = await edition.search(reading.corrected);
    if (corrected.length) {
      route = {
        kind: 'correction',
        corrected: reading.corrected,
        misspelt: reading.candidates.map((c) => c.word),
      };
      // What the misspelt word found came from its other words or a prefix: it counts little.
      base = fuse(
        [
          { items: corrected, weight: 1 },
          { items: typed, weight: TYPED_WEIGHT },
        ],
        key,
      );
    }
  }
  // 2. A question, or words no page has together: each word alone, merged.
  const lists = [{ items: base, weight: 1 }];
  const content = [...new Set(reading.searchWords)];
  const question = reading.words.length > content.length;
  if ((base.length < ENOUGH || question) && content.length > 1) {
    const perWord = await Promise.all(content.map((word) => edition.search(word)));
    const searched = content.filter((_, i) => perWord[i]!.length);
    if (searched.length) {
      lists.push(...perWord.map((items) => ({ items, weight: WORD_WEIGHT })));
      if (route.kind === 'as-typed') route = { kind: 'words', words: searched };
    }
  }
  // 3. Synonyms and variants, merged with what the query found.
  const synonyms: [string, string][] = [];
  const variantResults = await Promise.all(reading.variants.map((v) => edition.search(v.query)));
  const found = new Set(lists.flatMap((list) => list.items.map(key)));
  reading.variants.forEach((variant, i) => {
    const items = variantResults[i]!;
    if (!items.length) return;
    lists.push({ items, weight: variant.main ? 1 : SYNONYM_WEIGHT });
    // Said only when the synonym found pages the words themselves did not.
    const adds = items.some((item) => !found.has(key(item)));
    if (adds && !synonyms.some(([, w]) => w === variant.with)) synonyms.push([variant.phrase, variant.with]);
  });
  const merged = lists.length === 1 ? base : fuse(lists, key);
  const vocabulary = await edition.vocabulary();
  const queries = [reading.corrected ?? reading.words.join(' ')];
  // A title typed in full ("è il cliente") names its page; one word is left to Pagefind's weights
  // ("fiducia" leads to the essay, not to the topic page of that name).
  const results =
    vocabulary && reading.words.length > 1 ? await titlesFirst(merged, queries, edition, vocabulary) : merged;
  return { results, route, synonyms };
}

/**
 * Between known words equally close to a misspelt one ("costumer": consumer, customer), the one
 * that finds more pages is the likelier: the index itself says which word its pages use most.
 */
async function bestCorrection<R>(reading: QueryReading, edition: Edition<R>): Promise<QueryReading> {
  const open = reading.candidates.filter((c) => c.options.length > 1);
  if (!open.length || !reading.corrected) return reading;
  const chosen = new Map<string, string>();
  for (const { options } of open) {
    const counts = await Promise.all(options.slice(0, 5).map(async (o) => (await edition.search(o)).length));
    chosen.set(options[0]!, options[counts.indexOf(Math.max(...counts))]!);
  }
  const swap = (word: string) => chosen.get(word) ?? word;
  return {
    ...reading,
    corrected: reading.corrected.split(' ').map(swap).join(' '),
    searchWords: reading.searchWords.map(swap),
  };
}
