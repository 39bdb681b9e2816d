/**
 * Finding glossary terms in essay text, for the automatic links: whole words only, any case,
 * straight or typographic apostrophes alike, any run of spaces or a line break between the words
 * of a term, longest form first ("cliente interno" before "cliente"), and each term only once per
 * essay.
 */
export interface TermForms {
  id: string;
  /** The term and its aliases. */
  forms: string[];
}

export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const apostrophes = (text: string) => text.replace(/['’]/g, "['’]");
// Markdown keeps an essay's line breaks in its text: "customer\nexperience" is still the term.
const spaces = (text: string) => text.replace(/ +/g, '\\s+');

export interface TermMatcher {
  pattern: RegExp;
  idOf: Map<string, string>;
}

const key = (text: string) => text.toLocaleLowerCase('it').replace(/’/g, "'").replace(/\s+/g, ' ');

/** One regular expression for every form of every term. */
export function termMatcher(terms: readonly TermForms[]): TermMatcher {
  const idOf = new Map<string, string>();
  for (const term of terms)
    for (const form of term.forms) if (form.trim()) idOf.set(key(form.trim()), term.id);
  const forms = [...idOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => spaces(apostrophes(escape(form))));
  const pattern = new RegExp(
    forms.length ? `(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])` : '(?!)',
    'giu',
  );
  return { pattern, idOf };
}

/** First mentions in a text of terms not yet in `linked` (which it updates), in order. */
export function firstMentions(text: string, matcher: TermMatcher, linked: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idOf.get(key(match[0]));
    if (!id || linked.has(id)) continue;
    linked.add(id);
    mentions.push({ id, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return mentions;
}
