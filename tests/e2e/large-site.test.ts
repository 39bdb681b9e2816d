import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic-corpus';
import { fileFor, htmlFiles, pageReferences, readBuilt, servedPath } from '../support/built-html';
import { buildSite, PROJECT_ROOT, siteProject } from '../support/fixture-project';
import { SITE_URL } from '../support/site';

// The site grown to 245 essays (240 synthetic, the five real ones) and 29 self-tests, from the same generator the scale
// benchmark uses: long lists come in pages, the home page and the feed stay short, and every
// essay is still reachable by following links.
const SYNTHETIC = 240;
const ESSAYS = SYNTHETIC + 5;
const PAGES = Math.ceil(ESSAYS / 24);
let dist = '';

/** A fingerprint of a folder: every file's path and contents. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}

const realContent = join(PROJECT_ROOT, 'content');
let realBefore = '';

beforeAll(async () => {
  realBefore = fingerprint(realContent);
  const root = siteProject('large-site');
  const content = generateCorpus(SYNTHETIC, join(root, 'synthetic-content'));
  dist = await buildSite(root, { CAC_CONTENT_DIR: content });
}, 300_000);

const essayLinks = (html: string) =>
  new Set(
    [...html.matchAll(/<article class="card[^"]*"[\s\S]*?href="(\/articoli\/[^"/]+\/)"/g)].map((m) => m[1]!),
  );
const nextLink = (html: string) => /<a href="([^"]+)" rel="next"/.exec(html)?.[1];

describe('a site with many essays', () => {
  test('the corpus generator leaves the real content folder untouched and is deterministic', () => {
    expect(fingerprint(realContent)).toBe(realBefore);
    const again = generateCorpus(SYNTHETIC, join(PROJECT_ROOT, 'tests/.tmp/large-site-again'));
    expect(fingerprint(again)).toBe(
      fingerprint(join(PROJECT_ROOT, 'tests/.tmp/large-site/synthetic-content')),
    );
  });

  test('/articoli/ comes in pages of 24, and following "next" reaches every essay once', () => {
    const seen: string[] = [];
    let path: string | undefined = '/articoli/';
    const visited: string[] = [];
    while (path) {
      visited.push(path);
      const html = readBuilt(dist, fileFor(dist, path)!);
      const links = [...essayLinks(html)];
      expect(links.length, path).toBeLessThanOrEqual(24);
      seen.push(...links);
      path = nextLink(html);
    }
    expect(visited).toEqual([
      '/articoli/',
      ...Array.from({ length: PAGES - 1 }, (_, i) => `/articoli/pagina/${i + 2}/`),
    ]);
    expect(seen).toHaveLength(ESSAYS);
    expect(new Set(seen).size).toBe(ESSAYS);
  });

  test('each page of the list has its own title and marks itself as the current page', () => {
    const html = readBuilt(dist, 'articoli/pagina/2/index.html');
    expect(html).toContain('<title>Articoli, pagina 2 · Cliente al centro</title>');
    expect(html).toMatch(/<a href="\/articoli\/pagina\/2\/" aria-current="page"/);
    expect(html).toMatch(/<a href="\/articoli\/" rel="prev"/);
  });

  test('a topic with more than 24 essays is paged, and only its first page is a search entry', () => {
    const paged = readdirSync(join(dist, 'temi')).filter((topic) =>
      existsSync(join(dist, 'temi', topic, 'pagina/2')),
    );
    expect(paged.length).toBeGreaterThan(0);
    const topic = paged[0]!;
    expect(readBuilt(dist, `temi/${topic}/index.html`)).toContain('data-pagefind-body');
    expect(readBuilt(dist, `temi/${topic}/pagina/2/index.html`)).not.toContain('data-pagefind-body');
  });

  test('the home page shows the six newest essays and links to all of them', () => {
    const html = readBuilt(dist, 'index.html');
    const list = /<ol class="essays"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    expect(list.match(/<li/g)).toHaveLength(6);
    expect(html).toContain(`Tutti gli articoli (${ESSAYS})`);
  });

  test('the self-tests come in pages too, every one reachable', () => {
    const first = readBuilt(dist, 'autovalutazioni/index.html');
    const second = readBuilt(dist, 'autovalutazioni/pagina/2/index.html');
    const tests = (html: string) =>
      [...html.matchAll(/href="\/autovalutazioni\/([^"/]+)\/"/g)].map((m) => m[1]);
    expect(nextLink(first)).toBe('/autovalutazioni/pagina/2/');
    expect(new Set([...tests(first), ...tests(second)]).size).toBe(SYNTHETIC / 10 + 5);
  });

  test('an essay without a translation says so in its language switcher, and names no English page', () => {
    const [essay] = [...essayLinks(readBuilt(dist, 'articoli/index.html'))].filter(
      (path) =>
        !/relazione-con-il-cliente-fiducia|person-centricity|perche-parlo|quanto-tempo|customer-centricity/.test(
          path,
        ),
    );
    const html = readBuilt(dist, fileFor(dist, essay!)!);
    expect(html).toContain('<a href="/en/" hreflang="en" data-translated="false"');
    expect(html).toContain('pagina non ancora tradotta');
    expect(html).not.toMatch(/<link rel="alternate" hreflang=/);
    // The English edition lists only what is translated: the five real essays.
    expect(readBuilt(dist, 'en/rss.xml').match(/<item>/g)).toHaveLength(5);
  });

  test('the feed carries the 50 newest essays', () => {
    expect(readBuilt(dist, 'rss.xml').match(/<item>/g)).toHaveLength(50);
  });

  test('every internal link of the larger site resolves', () => {
    const site = new URL(SITE_URL);
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      const page = new URL(servedPath(file), site);
      for (const { value } of pageReferences(readBuilt(dist, file))) {
        const url = new URL(value, page);
        if (url.origin === site.origin && !fileFor(dist, url.pathname)) broken.push(`${file}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
