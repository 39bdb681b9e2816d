import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-project';
import { DIST, sitemapPaths } from '../support/site';

// What issue 15 promises a reader: every essay tells the original and then, set apart, our
// commentary; further reading is cited in full; the glossary covers the field and every term is
// used somewhere; the comparison page and the reading paths exist in both languages, in the
// navigation, the sitemap and the search index.
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const EDITIONS = [
  {
    lang: 'it',
    essays: 'articoli',
    glossary: 'glossario',
    compare: 'confronto',
    paths: 'percorsi',
    home: '',
  },
  {
    lang: 'en',
    essays: 'en/essays',
    glossary: 'en/glossary',
    compare: 'en/compare',
    paths: 'en/reading-paths',
    home: 'en/',
  },
] as const;
const subfolders = (path: string) =>
  readdirSync(join(DIST, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(DIST, path, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .filter((name) => !/^(pagina|page)$/.test(name));
const essaysOf = (edition: (typeof EDITIONS)[number]) =>
  subfolders(edition.essays).map((slug) => `${edition.essays}/${slug}`);

describe.each(EDITIONS)('the $lang edition', (edition) => {
  test.each(essaysOf(edition))(
    '%s retells the original, then gives our commentary, marked as such',
    (path) => {
      const page = html(path);
      const voices = [
        ...page.matchAll(/<section class="voice voice-\w+"[^>]*data-voice="(\w+)"[^>]*aria-label="([^"]+)"/g),
      ];
      expect(voices.map((match) => match[1])).toEqual(['original', 'editorial']);
      const commentary = page.slice(page.indexOf('data-voice="editorial"'));
      // The commentary's own heading comes first, so the table of contents shows where our voice begins.
      expect(commentary).toMatch(
        /^[^>]*>\s*<p class="voice-label"[^>]*>[\s\S]*?<\/p>\s*(<div class="heading h2">)?<h2 id="[^"]+"/,
      );
      expect(page.indexOf('data-voice="original"')).toBeLessThan(page.indexOf('data-voice="editorial"'));
    },
  );

  test.each(essaysOf(edition))('%s cites further reading with authors, title and year', (path) => {
    const section = /<section class="further-reading"[\s\S]*?<\/section>/.exec(html(path))?.[0] ?? '';
    const items = [...section.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const item of items)
      expect(item).toMatch(
        /\S+ \((1[89]|20)\d\d\)\. [\s\S]*<cite lang="[a-z-]+"[^>]*>(<a [^>]+>)?[^<]+(<\/a>)?<\/cite>/,
      );
  });

  test('the glossary has at least 28 terms, each linked from an essay or the comparison page', () => {
    const terms = subfolders(edition.glossary);
    expect(terms.length).toBeGreaterThanOrEqual(28);
    const linked = new Set<string>();
    for (const path of [...essaysOf(edition), edition.compare])
      for (const match of html(path).matchAll(new RegExp(`href="/${edition.glossary}/([^"/]+)/"`, 'g')))
        linked.add(match[1]!);
    expect(terms.filter((term) => !linked.has(term))).toEqual([]);
  });

  test('the comparison page and the reading paths are in the navigation, the sitemap and the index', () => {
    const sitemap = sitemapPaths();
    for (const path of [edition.compare, edition.paths]) {
      expect(sitemap).toContain(`/${path}/`);
      expect(html(path)).toContain('data-pagefind-body');
      for (const from of [edition.home, essaysOf(edition)[0]!])
        expect(html(from)).toMatch(
          new RegExp(`<nav aria-label="[^"]+"[^>]*>\\s*<ul[^>]*>[\\s\\S]*?href="/${path}/"`),
        );
    }
  });

  test('the comparison table links each essay to the section a cell comes from', () => {
    const table = /<table>[\s\S]*?<\/table>/.exec(html(edition.compare))?.[0] ?? '';
    const targets = [...table.matchAll(/href="\/([^"#]+)\/#([^"]+)"/g)].map((match) => match[1]!);
    for (const essay of essaysOf(edition)) expect(targets, essay).toContain(essay);
  });

  test('each reading path can be followed from its first essay to its last by "next in this path"', () => {
    const page = html(edition.paths);
    const paths = [...page.matchAll(/<article class="card path" id="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)];
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const [, id, body] of paths) {
      const steps = [...body!.matchAll(/<li\b[^>]*>\s*<a href="\/([^"]+)\/"[^>]*>/g)].map(
        (match) => match[1]!,
      );
      expect(steps.length).toBeGreaterThanOrEqual(2);
      steps.forEach((step, index) => {
        const box = /<nav class="path-next[\s\S]*?<\/nav>/.exec(html(step))?.[0] ?? '';
        const entry =
          [...box.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].find((match) =>
            match[1]!.includes(`#${id}"`),
          )?.[1] ?? '';
        const next = steps[index + 1];
        if (next) expect(entry, `${step} in ${id}`).toMatch(new RegExp(`href="/${next}/" rel="next"`));
        else expect(entry, `${step} in ${id}`).not.toContain('rel="next"');
      });
    }
    expect(html(edition.home)).toContain(`href="/${edition.paths}/#${paths[0]![1]}"`);
  });
});

describe('references', () => {
  test('every work in content/references/ is cited on some page, with its title and year', () => {
    const dir = join(PROJECT_ROOT, 'content/references');
    const pages = sitemapPaths().map((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    const escape = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const uncited = readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .filter((file) => {
        const work = load(readFileSync(join(dir, file), 'utf8')) as { title: string; year: number };
        return !pages.some(
          (page) => page.includes(`(${work.year}). <cite`) && page.includes(escape(work.title)),
        );
      });
    expect(uncited).toEqual([]);
  });
});
