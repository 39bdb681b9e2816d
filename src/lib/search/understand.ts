import { closestWords, editDistance } from './spelling';
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
  /** Content words that are no word of this edition (folded): perhaps the other language's. */
  absent: string[];
  /** Absent words that do not even begin a word of this edition: misspelt, or the other language's. */
  unknown: string[];
  /** The query with every unknown word replaced by its closest known word, when there is one. */
  corrected?: string;
  /** For each corrected word, the known words equally close to it (the first is used in `corrected`). */
  candidates: { word: string; options: string[] }[];
  /**
   * Every unknown word begins with a known one ("trusting": trust): perhaps an inflection that
   * Pagefind's stemming finds as typed, so a correction is only for when it finds nothing.
   */
  inflected: boolean;
  /** The content words to search one by one, as written (corrected when the query was). */
  searchWords: string[];
  /** Queries with one phrase replaced by a synonym, and the phrases that replaced. */
  variants: Variant[];
  /** The query reads as the other edition's language. */
  otherLanguage: boolean;
  /** It uses the other language's small words (articles, prepositions) and none of this one's. */
  otherGrammar: boolean;
  /** The glossary entry the query names (a term, an alias, or a question about one). */
  answer?: TermAnswer;
}

export interface Variant {
  query: string;
  /** The phrase of the query that was replaced, and what replaced it. */
  phrase: string;
  with: string;
  /** The phrase has a word no page has: the synonym is the reading, not an addition. */
  main: boolean;
}

/** Longest phrases first: "abbandono dei clienti" is matched before "clienti". */
const MAX_PHRASE = 5;

/**
 * Reads a query against this edition's vocabulary and, when a word is not in it, the other
 * edition's (`other`, fetched only then): a word known there and not here is the other
 * language's, not a typo, and is never "corrected" into a word of this one.
 */
export function readQuery(query: string, here: Vocabulary, other?: Vocabulary | null): QueryReading {
  const words = wordsOf(query);
  const folded = words.map(fold);
  const content = folded.filter((word) => !here.stop.has(word));
  const absent = content.filter((word) => !here.words.has(word));
  // The synonyms of the words as typed: a word with a synonym ("lealtà") is never "corrected".
  const typedVariants = variantsOf(words, here);
  const covered = new Set(typedVariants.flatMap((v) => v.phrase.split(' ').map(fold)));
  // A word being typed ("glossa") is the start of a known one: Pagefind finds it by prefix.
  const unknown = absent.filter((word) => !startsKnownWord(word, here) && !covered.has(word));
  // Words typed in Title Case ("Six Degrees", "Mario Sala") are a name, which has no language.
  const typed = query.trim().split(/\s+/);
  const name = typed.length > 1 && typed.every((word) => /^\p{Lu}/u.test(word));
  const otherLanguage = !name && readsAsOther(folded, content, here, other ?? null);
  const otherGrammar =
    folded.some((w) => here.otherStop.has(w) && !here.stop.has(w)) &&
    !folded.some((w) => here.stop.has(w) && !here.otherStop.has(w));
  const isContent = (i: number) => !here.stop.has(folded[i]!);
  const reading: QueryReading = {
    words,
    content,
    absent,
    unknown,
    otherGrammar,
    searchWords: words.filter((_, i) => isContent(i)),
    candidates: [],
    // "trusting" is trust + ing, but "salery" is one letter from salary: a typo, not an inflection.
    inflected:
      unknown.length > 0 &&
      unknown.every((word) => {
        const close = closestWords(word, here.known)[0];
        return knownStem(word, here) !== undefined && (!close || editDistance(word, close.key) > 1);
      }),
    variants: [],
    otherLanguage,
  };
  if (!otherLanguage && unknown.length) {
    const fixed = words.map((word, i) => {
      if (!unknown.includes(folded[i]!)) return word;
      const close = closestWords(folded[i]!, here.known).map((entry) => entry.key);
      const stem = close.length ? undefined : knownStem(folded[i]!, here);
      const options = (stem ? [stem] : close).map((key) => here.words.get(key) ?? key);
      if (!options.length) return word;
      reading.candidates.push({ word, options });
      return options[0]!;
    });
    if (reading.candidates.length) {
      reading.corrected = fixed.join(' ');
      reading.searchWords = fixed.filter((_, i) => isContent(i));
    }
  }
  const base = wordsOf(reading.corrected ?? query);
  const correctedVariants = reading.corrected ? variantsOf(base, here) : [];
  reading.variants = [
    ...typedVariants,
    ...correctedVariants.filter((v) => !typedVariants.some((t) => t.query === v.query)),
  ].map((variant) => ({
    ...variant,
    // A synonym of a word no page has is what the reader meant: it counts as much as the query.
    main: variant.phrase.split(' ').some((word) => absent.includes(fold(word))),
  }));
  // The term the query names, or the one a synonym of a word no page has leads to ("acquirente":
  // cliente; "client retention": customer loyalty).
  const answer =
    answerFor(base, here) ??
    reading.variants
      // A synonym of a word no page has, or of the whole query ("client retention").
      .filter((variant) => variant.main || contentKeyOf(variant.phrase, here) === content.join(' '))
      .map((variant) => answerFor(wordsOf(variant.query), here) ?? answerFor(wordsOf(variant.with), here))
      .find(Boolean);
  if (answer) {
    reading.answer = answer;
    // A term of this edition's glossary ("customer experience" in Italian) is this edition's word.
    reading.otherLanguage = false;
  }
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
  // "come si misura la customer experience": this language's own small words settle it.
  if (folded.some(oursOnly)) return false;
  const stopSignal = folded.some(theirsOnly);
  const theirs = (word: string) =>
    here.foreign.has(word) || (!here.words.has(word) && Boolean(other?.words.has(word)));
  const onlyOurs = (word: string) => here.words.has(word) && other !== null && !other.words.has(word);
  // Words both editions use ("customer" is Italian too) neither confirm nor deny the language.
  const shared = (word: string) => here.words.has(word) && !here.foreign.has(word);
  // A word the other edition counts as foreign ("fiducia" in English), or that only this edition
  // has, is this edition's.
  if (content.some((word) => Boolean(other?.foreign.has(word)) || onlyOurs(word))) return false;
  if (content.length && content.some(theirs) && content.every((w) => theirs(w) || shared(w))) return true;
  return stopSignal && !content.some(onlyOurs) && (other === null || content.some((w) => other.words.has(w)));
}

/** Partial words shorter than this are not looked up as the start of a word (every "co…" would match). */
const MIN_PREFIX = 4;

function startsKnownWord(word: string, here: Vocabulary): boolean {
  if (word.length < MIN_PREFIX) return false;
  for (const { key } of here.known) if (key.length > word.length && key.startsWith(word)) return true;
  return false;
}

/**
 * The longest known word a word begins with, when it is most of it: the base of an inflected
 * form no page uses ("trusting" → "trust"), as a correction of last resort.
 */
function knownStem(word: string, here: Vocabulary): string | undefined {
  for (let end = word.length - 1; end >= Math.max(MIN_PREFIX, Math.ceil(word.length * 0.6)); end--) {
    const stem = word.slice(0, end);
    if (here.words.has(stem) && !here.stop.has(stem)) return stem;
  }
  return undefined;
}

/** Each phrase of the query that has synonyms, replaced in turn by each of them. */
function variantsOf(words: string[], here: Vocabulary): Variant[] {
  const variants: Variant[] = [];
  const folded = words.map(fold);
  // Phrases are matched on their content words: "il cliente è il re" holds "cliente re".
  const positions = folded.flatMap((word, i) => (here.stop.has(word) ? [] : [i]));
  for (let size = Math.min(MAX_PHRASE, positions.length); size >= 1; size--) {
    for (let start = 0; start + size <= positions.length; start++) {
      const span = positions.slice(start, start + size);
      const key = span.map((i) => folded[i]).join(' ');
      const first = span[0]!;
      const last = span[span.length - 1]!;
      for (const alternative of here.synonyms.get(key) ?? []) {
        // "il pendolo" for "pendolo" would search the same words again.
        if (contentKeyOf(alternative, here) === key) continue;
        const query = [...words.slice(0, first), alternative, ...words.slice(last + 1)].join(' ');
        if (!variants.some((v) => v.query === query))
          variants.push({
            query,
            phrase: words.slice(first, last + 1).join(' '),
            with: alternative,
            main: false,
          });
      }
    }
  }
  return variants;
}

/** A phrase's content words, folded, in order: the key synonyms are looked up by. */
export const contentKeyOf = (phrase: string, here: Pick<Vocabulary, 'stop'>): string =>
  phraseKey(phrase)
    .split(' ')
    .filter((word) => word && !here.stop.has(word))
    .join(' ');

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
