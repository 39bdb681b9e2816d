import { describe, expect, test } from 'vitest';
import { authorSchema } from '../../src/schemas/authors';
import { essaySchema } from '../../src/schemas/essays';
import { sourceSchema } from '../../src/schemas/sources';
import { topicSchema } from '../../src/schemas/topics';

// Schemas checked directly on data; tests/content builds real broken files through Astro.
const validEssay = {
  title: 'Un titolo di prova',
  description: 'Una descrizione di prova che supera i cinquanta caratteri richiesti dallo schema.',
  author: 'mario-sala',
  source: 'sala-quanto-tempo',
  topics: ['fiducia'],
  keyIdeas: ['Una prima idea chiave abbastanza lunga.', 'Una seconda idea chiave abbastanza lunga.'],
  questions: ['Una domanda?'],
  furtherReading: [{ reference: 'reichheld-2003-one-number', note: 'Una nota di prova abbastanza lunga.' }],
  publishedAt: '2026-11-22',
};

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('essay schema', () => {
  test('accepts a complete essay and resolves references', () => {
    const result = essaySchema.safeParse(validEssay);
    expect(issues(result)).toEqual([]);
    expect(result.data?.author).toEqual({ collection: 'authors', id: 'mario-sala' });
    expect(result.data?.draft).toBe(false);
    expect(result.data?.publishedAt).toEqual(new Date('2026-11-22'));
  });

  test.each([
    ['fails when the description is over 160 characters', { description: 'x'.repeat(161) }, 'description'],
    ['fails when the author has no file', { author: 'nessuno' }, 'author: unknown authors id "nessuno"'],
    [
      'fails when a topic has no file',
      { topics: ['fiducia', 'inesistente'] },
      'topics.1: unknown topics id "inesistente"',
    ],
    ['fails when the source has no file', { source: 'boh' }, 'source: unknown sources id "boh"'],
    ['fails without topics', { topics: [] }, 'topics: needs at least one topic'],
    [
      'fails when a question has no question mark',
      { questions: ['Una domanda.'] },
      'questions.0: must end with a question mark',
    ],
    ['fails on a date that is not a date', { publishedAt: 'ieri' }, 'publishedAt'],
    [
      'fails when updated before published',
      { updatedAt: '2026-01-01' },
      'updatedAt: updatedAt is earlier than publishedAt',
    ],
    [
      'fails on an e-mail address in the text',
      { description: 'Scrivete a nome.cognome@example.com per sapere di più su questo articolo.' },
      'e-mail',
    ],
  ])('%s', (_name, change, expected) => {
    const messages = issues(essaySchema.safeParse({ ...validEssay, ...change }));
    expect(messages.join('\n')).toContain(expected);
  });

  test('names the known ids when a reference is wrong', () => {
    const messages = issues(essaySchema.safeParse({ ...validEssay, author: 'mario' }));
    expect(messages.join('\n')).toContain('mario-sala');
  });
});

describe('author, topic and source schemas', () => {
  test('an author website must be http(s)', () => {
    const result = authorSchema.safeParse({
      name: 'X',
      kind: 'person',
      bio: 'b'.repeat(50),
      website: 'mailto:x@example.com',
    });
    expect(result.success).toBe(false);
  });

  test('an author bio never carries an e-mail', () => {
    const result = authorSchema.safeParse({
      name: 'X',
      kind: 'person',
      bio: `Scrivetemi: x@example.com ${'b'.repeat(40)}`,
    });
    expect(issues(result).join()).toContain('e-mail');
  });

  test('a topic needs a title, a description and an intro', () => {
    expect(topicSchema.safeParse({ title: 'Fiducia' }).success).toBe(false);
  });

  test('a source defaults to Italian and rejects a non-web url', () => {
    expect(sourceSchema.parse({ title: 'Titolo' }).language).toBe('it');
    expect(sourceSchema.safeParse({ title: 'Titolo', url: 'javascript:alert(1)' }).success).toBe(false);
  });

  test.each([
    ['a title', { title: 'Titolo' }, true],
    ['no title, said so', { untitled: true }, true],
    ['no title, not said', {}, false],
    ['a title and untitled', { title: 'Titolo', untitled: true }, false],
  ])('a source with %s is %s', (_name, source, valid) => {
    expect(sourceSchema.safeParse(source).success).toBe(valid);
  });
});
