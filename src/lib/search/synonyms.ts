import { words } from './text';
import type { TermAnswer } from './vocabulary';

/** One edition's synonyms file, as its schema (src/schemas/synonyms.ts) reads it. */
export interface SynonymLists {
  same: string[][];
  leads: { from: string[]; to: string[] }[];
  originals: { essay: string; from: string[]; to: string[] }[];
}

export interface CheckedSynonyms {
  /** Groups whose phrases are all on the edition's pages. */
  same: string[][];
  /** [from, to]: every `to` phrase on the edition's pages. */
  leads: [string[], string[]][];
  /** What is wrong, as sentences that name the file, the entry and the fix. */
  problems: string[];
}

/**
 * The synonyms search may use, checked: a synonym that leads to a word no page has would find
 * nothing, so it is a problem. `onPage` says whether a word is on a page of the edition.
 */
export function checkSynonyms(
  file: string,
  lists: SynonymLists,
  onPage: (phrase: string) => boolean,
  essayExists: (id: string) => boolean,
): CheckedSynonyms {
  const problems: string[] = [];
  const absent = (phrase: string) => words(phrase).filter((word) => !onPage(word));
  const check = (where: string, phrase: string, fix: string) => {
    const missing = absent(phrase);
    if (missing.length)
      problems.push(
        `${file}: ${where} «${phrase}»: no page of this edition has ${missing.map((w) => `«${w}»`).join(', ')}; ${fix}.`,
      );
    return missing.length === 0;
  };
  const same = lists.same.map((group, i) =>
    group.filter((phrase) =>
      check(`same[${i}]`, phrase, 'move it to a `leads` entry as a `from`, or use a word the pages have'),
    ),
  );
  const leads: [string[], string[]][] = [];
  const directed = (section: string, entries: { from: string[]; to: string[] }[]) =>
    entries.forEach((entry, i) => {
      const to = entry.to.filter((phrase) =>
        check(`${section}[${i}].to`, phrase, 'a synonym must lead to words the pages use'),
      );
      if (to.length) leads.push([entry.from, to]);
    });
  directed('leads', lists.leads);
  lists.originals.forEach((entry, i) => {
    if (!essayExists(entry.essay))
      problems.push(
        `${file}: originals[${i}].essay «${entry.essay}» is not an essay: use an id of content/essays/.`,
      );
  });
  directed('originals', lists.originals);
  return { same: same.filter((group) => group.length > 1), leads, problems };
}

/**
 * The synonyms a glossary entry gives: its term and aliases the pages use mean the same; the
 * names no page uses lead to those some page does. Derived where the vocabulary is read, so the
 * file does not carry the glossary's names twice.
 */
export function glossarySynonyms(
  terms: readonly TermAnswer[],
  onPage: (phrase: string) => boolean,
): { same: string[][]; leads: [string[], string[]][] } {
  const same: string[][] = [];
  const leads: [string[], string[]][] = [];
  for (const term of terms) {
    const names = [term.term, ...term.aliases];
    const known = names.filter(onPage);
    const unknown = names.filter((name) => !known.includes(name));
    if (known.length > 1) same.push(known);
    if (unknown.length && known.length) leads.push([unknown, known]);
  }
  return { same, leads };
}
