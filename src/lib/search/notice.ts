import { interpolate } from '../interpolate';
import type { Route } from './forgiving';

/**
 * The one sentence the status line announces after a search: how many pages were found and, when
 * the query was corrected, split into words, widened by synonyms or answered by the other
 * edition, what was done. Templates come from the locale's dictionary.
 */
export interface NoticeMessages {
  /** "{count} risultati per «{query}»." and its one / none forms. */
  countNone: string;
  countOne: string;
  countOther: string;
  /** A word in quotation marks: "«{word}»". */
  quote: string;
  /** "1 risultato", "{count} risultati": the count inside a longer sentence. */
  resultsOne: string;
  resultsOther: string;
  /** "Nessun risultato per «{query}»: {results} per «{corrected}»." (the whole query was misspelt) */
  correction: string;
  /** "Nessuna pagina contiene {words}: {results} per «{corrected}»." (some of its words were) */
  correctionWords: string;
  /** "Per «{query}»: {results} con le parole {words}, cercate una per una." */
  words: string;
  /** " Cercato anche come {words}." appended when synonyms brought in pages. */
  synonyms: string;
  /** "Nessun risultato per «{query}» in italiano; {results} in inglese." */
  otherOnly: string;
  /** "«{query}» sembra inglese: {results} in inglese, {own} in italiano." */
  otherFirst: string;
}

export interface NoticeInput {
  query: string;
  count: number;
  route: Route;
  synonyms: [string, string][];
  /** Pages the other edition found, when it was searched. */
  otherCount?: number;
  otherFirst?: boolean;
}

export function noticeFor(input: NoticeInput, m: NoticeMessages): string {
  const quoted = (words: string[]) => words.map((word) => interpolate(m.quote, { word })).join(', ');
  const results = (count: number) => interpolate(count === 1 ? m.resultsOne : m.resultsOther, { count });
  const { query, count, route } = input;
  const other = input.otherCount ?? 0;
  if (other && count === 0) return interpolate(m.otherOnly, { query, results: results(other) });
  if (other && input.otherFirst)
    return interpolate(m.otherFirst, { query, results: results(other), own: results(count) });
  let sentence: string;
  if (count && route.kind === 'correction') {
    const whole = route.misspelt.join(' ').toLowerCase() === query.trim().toLowerCase();
    sentence = interpolate(whole ? m.correction : m.correctionWords, {
      query,
      results: results(count),
      corrected: route.corrected,
      words: quoted(route.misspelt),
    });
  } else if (count && route.kind === 'words')
    sentence = interpolate(m.words, { query, results: results(count), words: quoted(route.words) });
  else
    sentence = interpolate(count === 0 ? m.countNone : count === 1 ? m.countOne : m.countOther, {
      count,
      query,
    });
  if (count && input.synonyms.length)
    sentence += interpolate(m.synonyms, { words: quoted(input.synonyms.map(([, to]) => to)) });
  return sentence;
}
