import { describe, expect, test } from 'vitest';
import { fixtureProject, runAstro } from '../support/fixture-project';

// Each fixture in tests/fixtures/<case>/ is the valid base with one mistake on top. Astro's content
// sync must refuse it with a message that names the file and says what is wrong.
const cases: { fixture: string; file: string; says: (string | RegExp)[] }[] = [
  {
    fixture: 'unknown-author',
    file: 'content/essays/saggio-valido.mdx',
    says: ['author: unknown authors id "autore-inesistente"', 'Use one of: autrice-di-prova'],
  },
  {
    fixture: 'unknown-topic',
    file: 'content/essays/saggio-valido.mdx',
    says: ['topics.1: unknown topics id "tema-inesistente"'],
  },
  { fixture: 'missing-title', file: 'content/essays/saggio-valido.mdx', says: [/title\b.*Required|title.*expected string/i] },
  {
    fixture: 'description-too-long',
    file: 'content/essays/saggio-valido.mdx',
    says: [/description.*160/],
  },
  { fixture: 'bad-date', file: 'content/essays/saggio-valido.mdx', says: ["publishedAt \"2026-13-45\" is not a real calendar day"] },
  { fixture: 'bad-file-name', file: 'Saggio Sbagliato.mdx', says: ['is not a valid slug', 'Rename it'] },
  { fixture: 'broken-yaml', file: 'content/authors/autrice-di-prova.yaml', says: ['failed to parse'] },
  { fixture: 'email-in-bio', file: 'content/authors/autrice-di-prova.yaml', says: ['bio', 'e-mail address'] },
  {
    fixture: 'self-test-bands-overlap',
    file: 'content/self-tests/prova.yaml',
    says: ['bands.1.min', '"Da migliorare" (0–49) and "Bene" (40–100) overlap', 'start "Bene" at 50'],
  },
  { fixture: 'self-test-bands-gap', file: 'content/self-tests/prova.yaml', says: ['scores 50–59 have no band'] },
  { fixture: 'self-test-one-option', file: 'content/self-tests/prova.yaml', says: ['scale "frequenza" has 1 option(s)'] },
  { fixture: 'self-test-empty-dimension', file: 'content/self-tests/prova.yaml', says: ['dimension "rispetto" has no question'] },
  { fixture: 'self-test-unknown-essay', file: 'content/self-tests/prova.yaml', says: ['essay: unknown essays id "saggio-inesistente"'] },
  { fixture: 'self-test-unknown-scale', file: 'content/self-tests/prova.yaml', says: ['scale "accordo" is not defined in scales'] },
];

describe('content checks', () => {
  test('the valid base fixture syncs cleanly', async () => {
    const run = await runAstro(fixtureProject('content-base'), ['sync']);
    expect(run.output).toContain('Synced content');
    expect(run.code).toBe(0);
  });

  test.concurrent.each(cases)('fails on $fixture, naming $file', async ({ fixture, file, says }) => {
    const run = await runAstro(fixtureProject(fixture), ['sync']);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(file);
    for (const expected of says) {
      if (typeof expected === 'string') expect(run.output).toContain(expected);
      else expect(run.output).toMatch(expected);
    }
  });
});
