import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chunkContaining, moduleGraphSize, offlineRegistrationChunk, pageWeight } from '../support/bundles';
import { DIST, ESSAY_SLUGS } from '../support/site';

// Size budgets, asserted on the built files (sizes are deterministic; times are measured by
// `npm run bench`, never asserted). Readers are often on phones and bloggers' pages are already
// heavy: each budget sits close to what the page weighs today, so growth is a decision.
const KB = 1024;
const assets = join(DIST, '_astro');
/** Every essay page in both languages, e.g. "articoli/pendolo", "en/essays/trust-…". */
const ESSAY_PAGES = [
  ...ESSAY_SLUGS.map((slug) => `articoli/${slug}`),
  ...readdirSync(join(DIST, 'en/essays'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => `en/essays/${entry.name}`),
];
const EMBED_PAGES = ['embed', 'en/embed'].flatMap((folder) =>
  readdirSync(join(DIST, folder)).map((id) => `${folder}/${id}`),
);

describe('essay pages', () => {
  test('both languages are weighed', () => {
    expect(ESSAY_PAGES.filter((page) => page.startsWith('en/'))).toHaveLength(ESSAY_SLUGS.length);
  });

  // 25.5 KB since the phone header (its popover menu added 257 B gzip to the heaviest essay,
  // 25,360 → 25,617 B); a feature may add at most 1 KB to any page.
  test.each(ESSAY_PAGES)('%s: HTML + CSS under 25.5 KB gzip', (page) => {
    const weight = pageWeight(DIST, `${page}/index.html`);
    expect(weight.html + weight.css).toBeLessThan(25.5 * KB);
  });

  test.each(ESSAY_PAGES)(
    '%s: before any interaction, only the search trigger and the self-test, under 8 KB gzip',
    (page) => {
      const weight = pageWeight(DIST, `${page}/index.html`);
      const allowed = new Set(
        [
          chunkContaining(assets, 'data-search-trigger', 'SearchTrigger'),
          chunkContaining(assets, 'self-test-element', 'SelfTest.astro'),
          offlineRegistrationChunk(assets),
        ].flatMap((entry) => moduleGraphSize(assets, entry).files.map((file) => `_astro/${file}`)),
      );
      const scripts = weight.files.filter((file) => file.endsWith('.js'));
      expect(scripts.filter((file) => !allowed.has(file))).toEqual([]);
      expect(weight.js).toBeLessThan(8 * KB);
    },
  );
});

describe('reading offline', () => {
  test('the registration script every page runs stays under 1 KB gzip', () => {
    const size = moduleGraphSize(assets, offlineRegistrationChunk(assets));
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(1 * KB);
  });

  // Every page as it weighed before issue 19 (offline reading, the book, the phone header), at
  // 5297495, HTML + CSS + JS before interaction, gzip: a feature may add at most 1 KB to a page.
  const before = JSON.parse(
    readFileSync(join(import.meta.dirname, 'snapshots/page-weights.json'), 'utf8'),
  ) as Record<string, number>;
  test('every page weighed before is still built', () => {
    expect(Object.keys(before).filter((file) => !existsSync(join(DIST, file)))).toEqual([]);
  });
  test.each(Object.keys(before))('%s grew by at most 1 KB', (file) => {
    const weight = pageWeight(DIST, file);
    expect(weight.html + weight.css + weight.js + weight.fonts - before[file]!).toBeLessThanOrEqual(1 * KB);
  });
});

describe('the book editions', () => {
  // The book page holds every essay, the comparison and the glossary, so it weighs what the site's
  // texts weigh (about 41 KB of HTML and 3 KB of CSS gzip in December 2026) and grows with them:
  // the budget leaves room for one more essay of today's length, no more. Its only script is the
  // search trigger and the offline registration every page has.
  test.each(['libro', 'en/book'])(
    '%s: HTML + CSS under 52 KB gzip, no script but the search trigger and the offline registration',
    (page) => {
      const weight = pageWeight(DIST, `${page}/index.html`);
      expect(weight.html + weight.css).toBeLessThan(52 * KB);
      const everyPage = [
        chunkContaining(assets, 'data-search-trigger', 'SearchTrigger'),
        offlineRegistrationChunk(assets),
      ].flatMap((entry) => moduleGraphSize(assets, entry).files.map((file) => `_astro/${file}`));
      expect(weight.files.filter((file) => file.endsWith('.js')).sort()).toEqual(everyPage.sort());
    },
  );

  // An EPUB is its texts (about 48 KB deflated) and its cover (73 KB of PNG, stored as it is).
  test.each(['libro', 'en/book'])('%s/cliente-al-centro.epub stays under 160 KB', (folder) => {
    expect(statSync(join(DIST, folder, 'cliente-al-centro.epub')).size).toBeLessThan(160 * KB);
  });
});

describe('embeds', () => {
  test('/embed.js stays under 1.5 KB gzip', () => {
    expect(gzipSync(readFileSync(join(DIST, 'embed.js')), { level: 9 }).length).toBeLessThan(1.5 * KB);
  });

  // 15 KB until issue 16, 20 KB since: an embed page inlines its whole engine (a WordPress frame
  // has an opaque origin and cannot load our modules), and the richer result (every dimension's
  // reading and step in the definition, report, share, print, events, "Non so") added about 4 KB.
  test.each(EMBED_PAGES)('%s weighs under 20 KB gzip in all', (page) => {
    const weight = pageWeight(DIST, `${page}/index.html`);
    expect(weight.html + weight.css + weight.js + weight.fonts).toBeLessThan(20 * KB);
  });
});

describe('search', () => {
  // What the search element fetches after a first search to correct, widen and answer queries:
  // every word of the edition's index, its synonyms and glossary names (9.5 and 8.0 KB today).
  test.each(['it', 'en'])('the %s search vocabulary stays under 11 KB gzip', (language) => {
    const file = readFileSync(join(DIST, 'pagefind', `vocabulary.${language}.json`));
    expect(gzipSync(file).length).toBeLessThan(11 * KB);
  });
});

describe('fonts', () => {
  test('the site ships no web font: system fonts only', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file))).toEqual([]);
    const css = files
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(DIST, file), 'utf8'));
    expect(css.some((sheet) => sheet.includes('@font-face'))).toBe(false);
  });

  test('the weight of a page counts the stylesheets, scripts and fonts it loads', () => {
    // Guards the budgets above against passing because they counted nothing.
    const root = mkdtempSync(join(tmpdir(), 'cac-weight-'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(
      join(root, 'index.html'),
      // The last script is a snippet an inline script writes out (the embedding guide): not loaded.
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>' +
        '<script>const snippet = `<script type="module" src="${url}">`;</script>',
    );
    writeFileSync(join(root, '_astro/a.css'), '@font-face{src:url(/_astro/f.woff2)}');
    writeFileSync(join(root, '_astro/b.js'), 'import "./c.js";');
    writeFileSync(join(root, '_astro/c.js'), 'console.log(1);');
    writeFileSync(join(root, '_astro/f.woff2'), 'x'.repeat(2000));
    const weight = pageWeight(root, 'index.html');
    expect(weight.files.sort()).toEqual(['_astro/a.css', '_astro/b.js', '_astro/c.js', '_astro/f.woff2']);
    expect(weight.fonts).toBeGreaterThan(0);
    rmSync(root, { recursive: true });
  });
});
