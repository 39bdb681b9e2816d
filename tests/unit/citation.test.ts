import { describe, expect, test } from 'vitest';
import { citationHtml, type Work } from '../../src/lib/citation';

const inJournal = (name: string) => `in ${name}`;
const base: Work = { authors: ['A. Author'], title: 'A Title', year: 2003, language: 'en' };

describe('citationHtml', () => {
  test.for([
    ['a bare work', base, 'A. Author (2003). <cite lang="en">A Title</cite>.'],
    [
      'an article in a journal, linked',
      { ...base, publishedIn: 'Harvard Business Review', url: 'https://hbr.org/x' },
      'A. Author (2003). <cite lang="en"><a href="https://hbr.org/x" rel="external">A Title</a></cite>, in Harvard Business Review.',
    ],
    [
      'a book with its publisher and two authors',
      { ...base, authors: ['A. One', 'B. Two'], publisher: 'Free Press' },
      'A. One, B. Two (2003). <cite lang="en">A Title</cite>. Free Press.',
    ],
    [
      'escapes what it prints',
      { ...base, title: 'The Market for "Lemons" & <more>' },
      'A. Author (2003). <cite lang="en">The Market for &quot;Lemons&quot; &amp; &lt;more&gt;</cite>.',
    ],
  ] as const)('%s', ([, work, expected]) => {
    expect(citationHtml(work, inJournal)).toBe(expected);
  });
});
