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
 * nothing, so it is a problem. The glossary adds one group per entry (its term and aliases),
 * with the names no page uses leading to those some page does. `onPage` says whether every word
 * of a phrase is on a page of the edition.
 */
export function checkSynonyms(
  file: string,
  lists: SynonymLists,
  terms: TermAnswer[],
  onPage: (phrase: string) => boolean,
  essayExists: (id: string) => boolean,
): CheckedSynonyms {
  const problems: string[] = [];
  const absent = (phrase: string) => words(phrase).filter((word) => !onPage(word));
  const check = (where: string, phrase: string, fix: string) => {
    const missing = absent(phrase);
    if (missing.length)
      problems.push(
        `${file}: ${where} «${phrase}»: ${missing.map((w) => `«${w}»`).join(', ')} is on no page of this edition; ${fix}.`,
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
  for (const term of terms) {
    const names = [term.term, ...term.aliases];
    const known = names.filter((name) => absent(name).length === 0);
    const unknown = names.filter((name) => !known.includes(name));
    if (known.length > 1) same.push(known);
    if (unknown.length && known.length) leads.push([unknown, known]);
  }
  return { same: same.filter((group) => group.length > 1), leads, problems };
}
