import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureProject, PROJECT_ROOT, runBuild, type AstroRun } from '../support/fixture-project';

// README, "Adding a language", done on a copy of the project: scripts/add-locale.mjs adds German
// to the locale list, the route table and the dictionaries; tests/fixtures/third-language/ adds
// content/de/ with two entries (a topic and an author). Nothing else is edited: the build must
// then give the new edition its pages, hreflang links, sitemap alternates, search index and headers.
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/third-language');
let root: string;
let build: AstroRun;
const built = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

beforeAll(async () => {
  // A project with its own copy of src/ and of the config, which the procedure edits.
  root = fixtureProject('third-language');
  rmSync(join(root, 'content/routes.json'));
  symlinkSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
  const add = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/add-locale.mjs'), 'de', 'de-DE', join(FIXTURE, 'routes.json'), root],
    { encoding: 'utf8' },
  );
  expect(add.status, add.stderr).toBe(0);
  build = await runBuild(root);
}, 180_000);

describe('a third language added through the route table', () => {
  test('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  test('gets its own edition at /de/ with its own segments', () => {
    const home = built('de/index.html');
    expect(home).toMatch(/<html lang="de"/);
    // Its links stay in its edition.
    expect(home).toContain('href="/de/artikel/"');
    expect(home).toContain('href="/de/suche/"');
    for (const page of ['de/themen/testthema/', 'de/autoren/testautorin/', 'de/artikel/', 'de/suche/', 'de/glossar/'])
      expect(built(`${page}index.html`), page).toMatch(/<html lang="de"/);
  });

  test('is linked both ways by hreflang from the other editions', () => {
    expect(built('temi/tema-di-prova/index.html')).toMatch(
      /<link rel="alternate" hreflang="de" href="[^"]*\/de\/themen\/testthema\/">/,
    );
    expect(built('de/themen/testthema/index.html')).toMatch(
      /<link rel="alternate" hreflang="it" href="[^"]*\/temi\/tema-di-prova\/">/,
    );
  });

  test('is in the sitemap as an alternate of its Italian and English pages', () => {
    expect(built('sitemap-0.xml')).toMatch(/<xhtml:link rel="alternate" hreflang="de" href="[^"]*\/de\/themen\/testthema\/"/);
  });

  test('has its own search index', () => {
    const entry = JSON.parse(built('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(expect.arrayContaining(['it', 'en', 'de']));
  });

  test('gets the framing rules of every section', () => {
    const headers = built('_headers');
    expect(headers).toContain("/de/themen/*\n  Content-Security-Policy: frame-ancestors 'self'");
    expect(headers).toContain('/de/embed/*\n  Content-Security-Policy: frame-ancestors *');
  });
});
