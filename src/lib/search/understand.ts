import { closestWord } from './spelling';
import { fold, phraseKey, words as wordsOf } from './text';
import type { TermAnswer, Vocabulary } from './vocabulary';

/**
 * What a query means before it is searched: its words without stop words, the words no page
 * contains and their closest known words, the synonyms it may also be searched with, whether it
 * reads as the other edition's language, and the glossary term it asks about.
 */
export interface QueryReading {
  /** The query's words, lower case. */
  words: string[];
  /** Its words without stop words, folded. */
  content: string[];
  /** Content words no page of this edition contains (folded). */
  unknown: string[];
  /** The query with every unknown word replaced by its closest known word, when there is one. */
  corrected?: string;
  /** The content words to search one by one, as written (corrected when the query was). */
  searchWords: string[];
  /** Queries with one phrase replaced by a synonym, and the phrases that replaced. */
  variants: { query: string; phrase: string; with: string }[];
  /** The query reads as the other edition's language. */
  otherLanguage: boolean;
  /** The glossary entry the query names (a term, an alias, or a question about one). */
  answer?: TermAnswer;
}

/** Longest phrases first: "customer experience" is matched before "customer". */
const MAX_PHRASE = 3;

/**
 * Reads a query against this edition's vocabulary and, when a word is not in it, the other
 * edition's (`other`, fetched only then): a word known there and not here is the other
 * language's, not a typo, and is never "corrected" into a word of this one.
 */
export function readQuery(query: string, here: Vocabulary, other?: Vocabulary | null): QueryReading {
  const words = wordsOf(query);
  const folded = words.map(fold);
  const content = folded.filter((word) => !here.stop.has(word));
  const unknown = content.filter((word) => !here.words.has(word));
  const otherLanguage = readsAsOther(folded, content, here, other ?? null);
  const isContent = (i: number) => !here.stop.has(folded[i]!);
  const reading: QueryReading = {
    words,
    content,
    unknown,
    searchWords: words.filter((_, i) => isContent(i)),
    variants: [],
    otherLanguage,
  };
  if (!otherLanguage && unknown.length) {
    let changed = false;
    const fixed = words.map((word, i) => {
      if (!unknown.includes(folded[i]!)) return word;
      const best = closestWord(folded[i]!, here.known);
      if (!best) return word;
      changed = true;
      return here.words.get(best.key) ?? best.key;
    });
    if (changed) {
      reading.corrected = fixed.join(' ');
      reading.searchWords = fixed.filter((_, i) => isContent(i));
    }
  }
  const base = wordsOf(reading.corrected ?? query);
  reading.variants = variantsOf(base, here);
  const answer = answerFor(base, here);
  if (answer) reading.answer = answer;
  return reading;
}

/**
 * A query reads as the other language when it uses the other language's stop words and none of
 * this one's, or when each of its words is either rare here and common there, or unknown here and
 * known there.
 */
function readsAsOther(folded: string[], content: string[], here: Vocabulary, other: Vocabulary | null) {
  const theirsOnly = (word: string) => here.otherStop.has(word) && !here.stop.has(word);
  const oursOnly = (word: string) => here.stop.has(word) && !here.otherStop.has(word);
  const stopSignal = folded.some(theirsOnly) && !folded.some(oursOnly);
  const theirs = (word: string) =>
    here.foreign.has(word) || (!here.words.has(word) && Boolean(other?.words.has(word)));
  const onlyOurs = (word: string) => here.words.has(word) && other !== null && !other.words.has(word);
  if (content.length && content.every(theirs)) return true;
  return stopSignal && !content.some(onlyOurs) && (other === null || content.some((w) => other.words.has(w)));
}

/** Each phrase of the query that has synonyms, replaced in turn by each of them. */
function variantsOf(words: string[], here: Vocabulary): QueryReading['variants'] {
  const variants: QueryReading['variants'] = [];
  const folded = words.map(fold);
  for (let size = Math.min(MAX_PHRASE, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const key = folded.slice(start, start + size).join(' ');
      if (size === 1 && here.stop.has(key)) continue;
      for (const alternative of here.synonyms.get(key) ?? []) {
        const query = [...words.slice(0, start), alternative, ...words.slice(start + size)].join(' ');
        if (!variants.some((v) => v.query === query))
          variants.push({ query, phrase: words.slice(start, start + size).join(' '), with: alternative });
      }
    }
  }
  return variants;
}

/** The glossary entry whose name or alias is the query, once its stop words are left out. */
function answerFor(words: string[], here: Vocabulary): TermAnswer | undefined {
  const strip = (list: string[]) => list.filter((word) => !here.stop.has(word)).join(' ');
  const asked = strip(words.map(fold));
  if (!asked) return undefined;
  return here.terms.find((term) =>
    [term.term, ...term.aliases].some((name) => {
      const key = phraseKey(name);
      return key === asked || strip(key.split(' ')) === asked;
    }),
  );
}
