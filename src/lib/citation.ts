import { escapeHtml } from './html';

/** A published work as a citation shows it. */
export interface Work {
  authors: readonly string[];
  title: string;
  year: number;
  /** Journal or magazine: ", in Harvard Business Review." */
  publishedIn?: string | undefined;
  /** Publisher of a book: " Harvard University Press." */
  publisher?: string | undefined;
  url?: string | undefined;
  language: string;
}

/**
 * "Authors (year). <cite>Title</cite>, in Journal. Publisher." as HTML, the title linked when
 * the work has an address. Built as one string so that no markup whitespace can fall between the
 * title and its punctuation. `inJournal` is the page language's "in {publishedIn}".
 */
export function citationHtml(work: Work, inJournal: (publishedIn: string) => string): string {
  const title = escapeHtml(work.title);
  const linked = work.url ? `<a href="${escapeHtml(work.url)}" rel="external">${title}</a>` : title;
  return [
    `${escapeHtml(work.authors.join(', '))} (${work.year}). `,
    `<cite lang="${escapeHtml(work.language)}">${linked}</cite>`,
    work.publishedIn ? `, ${escapeHtml(inJournal(work.publishedIn))}.` : '.',
    work.publisher ? ` ${escapeHtml(work.publisher)}.` : '',
  ].join('');
}
