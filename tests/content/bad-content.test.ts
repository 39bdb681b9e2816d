import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureProject, runAstro, runBuild } from '../support/fixture-project';

// Each fixture in tests/fixtures/<case>/ is the valid base with one mistake on top. Astro's content
// sync must refuse it with a message that names the file and says what is wrong.
const cases: { fixture: string; file: string; says: (string | RegExp)[] }[] = [
  {
    fixture: 'duplicate-id',
    file: 'content/essays/saggio-valido.md',
    says: [
      'content/essays/saggio-valido.md and content/essays/saggio-valido.mdx have the same name',
      'Rename or remove one of them',
    ],
  },
  {
    fixture: 'unknown-glossary-reference',
    file: 'content/glossary/voce-di-prova.yaml',
    says: ['related.0: unknown glossary id "voce-inesistente"'],
  },
  {
    fixture: 'title-without-short-title',
    file: 'content/essays/saggio-valido.mdx',
    says: ['shortTitle: the title is longer than the 70 characters search results show'],
  },
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
  {
    fixture: 'self-test-band-without-share',
    file: 'content/self-tests/prova.yaml',
    says: ['bands.1.share', 'band needs share: the one-line reading'],
  },
  {
    fixture: 'self-test-dimension-without-reading',
    file: 'content/self-tests/prova.yaml',
    says: ['dimensions.1.feedback.middle', 'dimension needs feedback.middle: a reading and a step for scores 40–69'],
  },
  { fixture: 'self-test-one-option', file: 'content/self-tests/prova.yaml', says: ['scale "frequenza" has 1 option(s)'] },
  { fixture: 'self-test-empty-dimension', file: 'content/self-tests/prova.yaml', says: ['dimension "rispetto" has no question'] },
  { fixture: 'self-test-unknown-essay', file: 'content/self-tests/prova.yaml', says: ['essay: unknown essays id "saggio-inesistente"'] },
  { fixture: 'self-test-unknown-scale', file: 'content/self-tests/prova.yaml', says: ['scale "accordo" is not defined in scales'] },
  {
    fixture: 'translation-of-nothing',
    file: 'content/en/essays/valid-essay.mdx',
    says: ['translationOf: unknown essays id "saggio-inesistente"', 'Use one of: saggio-valido'],
  },
  {
    fixture: 'self-test-translation-changes-scoring',
    file: 'content/en/self-tests/test.yaml',
    says: [
      'scales.frequenza is [0,1,3] here but [0,1,2] in the original',
      'groups.0.questions.1.reverse is true here but false in the original',
      "translate the texts only",
    ],
  },
  {
    fixture: 'reference-without-year',
    file: 'content/references/opera-di-prova.yaml',
    says: ['year', 'a reference needs its year of publication'],
  },
  {
    fixture: 'reference-without-author',
    file: 'content/references/opera-di-prova.yaml',
    says: ['authors', 'a reference needs its authors'],
  },
  {
    fixture: 'reference-without-title',
    file: 'content/references/opera-di-prova.yaml',
    says: ['title', 'a reference needs its full title as published'],
  },
  {
    fixture: 'essay-without-further-reading',
    file: 'content/essays/saggio-valido.mdx',
    says: ['furtherReading'],
  },
  {
    fixture: 'translation-changes-further-reading',
    file: 'content/en/essays/valid-essay.mdx',
    says: ['furtherReading must list the works of the original, in its order (opera-di-prova)', 'lists altra-opera'],
  },
];

// Mistakes only the build sees, when it compiles an essay's body. The build must stop with the
// file named and publish nothing: no dist/, no half-written staging folder.
const buildCases: { fixture: string; file: string; says: (string | RegExp)[] }[] = [
  {
    fixture: 'mdx-syntax-error',
    file: 'content/essays/saggio-valido.mdx',
    says: [/saggio-valido\.mdx:\d+:\d+/, 'expected a corresponding closing brace'],
  },
  {
    fixture: 'broken-internal-link',
    file: 'content/essays/saggio-valido.mdx',
    says: ['the link "/articoli/saggio-inesistente/" leads to /articoli/saggio-inesistente/, which the site does not have'],
  },
  {
    fixture: 'unknown-self-test-in-essay',
    file: 'content/essays/saggio-valido.mdx',
    says: ['<SelfTest id="test-inesistente" /> names a self-test that does not exist'],
  },
  {
    fixture: 'image-without-alt',
    file: 'content/essays/saggio-valido.mdx',
    says: ['the image "/grafico.svg" has no alt text'],
  },
  {
    fixture: 'essay-without-commentary',
    file: 'content/essays/saggio-valido.mdx',
    says: ['it has 0 <Commentary> parts', 'an essay needs our commentary'],
  },
  {
    fixture: 'translation-without-topic',
    file: 'content/en/essays/valid-essay.mdx',
    says: ['it refers to topics "secondo-tema", which has no "en" translation', 'translationOf: secondo-tema'],
  },
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

  test.concurrent.each(buildCases)('the build stops on $fixture, naming $file, and publishes nothing', async ({ fixture, file, says }) => {
    const root = fixtureProject(fixture);
    // A complete earlier build is left as it was: a deploy step never picks up half a site.
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'previous build');
    const run = await runBuild(root);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(file);
    for (const expected of says) {
      if (typeof expected === 'string') expect(run.output).toContain(expected);
      else expect(run.output).toMatch(expected);
    }
    expect(run.output).toContain('nothing was published');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });

  test('the valid base fixture builds and is published to dist/', async () => {
    const root = fixtureProject('content-base', 'content-base-build');
    const run = await runBuild(root);
    expect(run.code, run.output).toBe(0);
    expect(existsSync(join(root, 'dist/articoli/saggio-valido/index.html'))).toBe(true);
    // The English translation is published under its own slug, linked to its original.
    const english = readFileSync(join(root, 'dist/en/essays/valid-essay/index.html'), 'utf8');
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('hreflang="it" href="https://clientealcentro.it/articoli/saggio-valido/"');
    expect(existsSync(join(root, 'dist/en/self-assessments/test/index.html'))).toBe(true);
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  }, 120_000);
});
