// npm run bench: measures what readers and embedders pay for, prints a table and writes it as
// JSON to bench/results/<date>.json (gitignored). A benchmark, not a test: times vary, nothing is
// asserted here (the size budgets are tests: tests/e2e/budgets.test.ts).
//   - the build: time (Astro, Pagefind, share images) and peak memory;
//   - Lighthouse (mobile settings) performance, accessibility, best practices and SEO for the
//     home page, an essay, /cerca/, a self-test page and an embed page;
//   - for each of those pages the gzip bytes of HTML, CSS, JS and fonts before any interaction,
//     and the JavaScript that actually runs (Chromium's coverage);
//   - the gzip size of the self-test engine, the search trigger, /embed.js and the web component;
//   - the bytes a first and a second search fetch;
//   - search quality: the share of the queries of tests/search-quality/ (per language and per
//     category) whose expected pages are among the first 3 results of the search page;
//   - with --scale 1000,5000: the same build on a synthetic corpus of that many essays (build time
//     per page, peak memory, index size, first-search bytes).
//
//   node scripts/bench.ts [--no-build] [--no-lighthouse] [--scale N[,N…]]
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../tests/support/browser.ts';
import { chunkContaining, moduleGraphSize } from '../tests/support/bundles.ts';
import { serveStatic, type StaticServer } from '../tests/support/static-server.ts';
import {
  CATEGORIES,
  TOP,
  measureSearchQuality,
  percent,
  summarize,
} from '../tests/support/search-quality.ts';
import { generateCorpus } from './synthetic-corpus.ts';
import { gzip, kb, build, round, executedBytes, folderBytes, transfer, searchCost } from './bench/measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const scales = (args[args.indexOf('--scale') + 1] ?? '')
  .split(',')
  .map(Number)
  .filter((n) => args.includes('--scale') && Number.isInteger(n) && n > 0);

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: machine(),
};
const rows: [string, string][] = [];

function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  return { cpu, cores, node: process.version };
}

// 1. The site's own build.
if (!flag('--no-build')) {
  // `npm run build` itself: the staged build that publishes dist/ only when complete.
  const figures = build(['scripts/build.mjs']);
  results['build'] = figures;
  rows.push([
    'build',
    `${figures.seconds} s for ${figures.pages} pages (Pagefind ${figures.pagefindSeconds} s, share images ${figures.shareImagesSeconds} s), peak ${figures.peakMemoryMb} MB`,
  ]);
}
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run without --no-build.');

// 2. Script sizes.
const assets = join(dist, '_astro');
const scripts: Record<string, number> = {
  'self-test engine': moduleGraphSize(assets, chunkContaining(assets, 'self-test-element', 'SelfTest.astro'))
    .gzipBytes,
  'search trigger (every page)': moduleGraphSize(
    assets,
    chunkContaining(assets, 'data-search-trigger', 'SearchTrigger'),
  ).gzipBytes,
  'search element (on open)': moduleGraphSize(assets, chunkContaining(assets, 'cac-search:results'))
    .gzipBytes,
  '/embed.js': gzip(readFileSync(join(dist, 'embed.js'))),
  'web component /widgets/self-test.js': gzip(readFileSync(join(dist, 'widgets/self-test.js'))),
};
results['scripts'] = scripts;
for (const [name, bytes] of Object.entries(scripts)) rows.push([name, `${kb(bytes)} gzip`]);

// 3. Pages: bytes before interaction, JS that runs, Lighthouse.
const PAGES: Record<string, string> = {
  home: '/',
  essay: '/articoli/quanto-tempo-per-il-cliente/',
  search: '/cerca/',
  'self-test': '/autovalutazioni/pendolo/',
  embed: '/embed/pendolo/',
  'home (en)': '/en/',
  'essay (en)': '/en/essays/how-much-time-for-the-customer/',
  'search (en)': '/en/search/',
};
const DEBUG_PORT = 9333;
const server: StaticServer = await serveStatic(dist);
const browser = await launchBrowser([`--remote-debugging-port=${DEBUG_PORT}`]);
try {
  const pages: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(PAGES)) {
    const page = await browser.newPage();
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    const load = await transfer(page, () => page.goto(server.origin + path));
    const coverage = await page.coverage.stopJSCoverage();
    const jsRun = coverage.reduce((sum, entry) => sum + executedBytes(entry), 0);
    await page.close();
    let scores: Record<string, number> | undefined;
    if (!flag('--no-lighthouse')) {
      const run = await lighthouse(server.origin + path, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = run?.lhr.categories ?? {};
      scores = Object.fromEntries(
        Object.entries(categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)]),
      );
    }
    pages[name] = { path, load, jsRunBytes: jsRun, lighthouse: scores };
    const t = load.byType;
    rows.push([
      `${name} ${path}`,
      `html ${kb(t['html'] ?? 0)}, css ${kb(t['css'] ?? 0)}, js ${kb(t['js'] ?? 0)} (runs ${kb(jsRun)} raw), fonts ${kb(t['fonts'] ?? 0)}; ${load.requests} requests` +
        (scores
          ? `; Lighthouse perf ${scores['performance']}, a11y ${scores['accessibility']}, bp ${scores['best-practices']}, seo ${scores['seo']}`
          : ''),
    ]);
  }
  results['pages'] = pages;

  // 4. Search.
  const search = await searchCost(
    browser,
    server.origin,
    '/articoli/person-centricity/',
    ['fiducia', 'tempo'],
    'trust',
  );
  results['search'] = search;
  rows.push(['open search', `${search.open.requests} requests, ${kb(search.open.gzipBytes)}`]);
  rows.push(['first search', `${search.first.requests} requests, ${kb(search.first.gzipBytes)}`]);
  rows.push([
    'open + first search',
    `${kb(search.openAndFirst)} with corrections (vocabulary ${kb(search.openAndFirst - search.withoutCorrections)}), ${kb(search.withoutCorrections)} without`,
  ]);
  rows.push(['open + first search of the other edition ("trust")', kb(search.otherEdition ?? 0)]);
  rows.push(['second search', `${search.second.requests} requests, ${kb(search.second.gzipBytes)}`]);

  // 5. Search quality: the share of tests/search-quality/'s queries whose pages are in the top 3.
  const quality = await measureSearchQuality(browser, server.origin);
  results['searchQuality'] = summarize(quality);
  for (const report of quality) {
    rows.push([
      `search quality (${report.language})`,
      `${percent(report.overall)} (${report.overall.passed}/${report.overall.total}) in the top ${TOP}` +
        (report.pagefind.passed === report.overall.passed
          ? ''
          : `; Pagefind alone ${percent(report.pagefind)}`),
    ]);
    rows.push([
      `  by category (${report.language})`,
      CATEGORIES.map((c) => `${c} ${report.byCategory[c].passed}/${report.byCategory[c].total}`).join(', '),
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

// 6. Scale: synthetic corpora, built outside the project's dist/ and content/.
const scale: Record<string, unknown> = {};
for (const count of scales) {
  const work = mkdtempSync(join(tmpdir(), `cac-scale-${count}-`));
  try {
    const content = generateCorpus(count, join(work, 'content'));
    const out = join(work, 'dist');
    const figures = build(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      CAC_CONTENT_DIR: content,
    });
    const indexBytes = folderBytes(join(out, 'pagefind'));
    const scaleServer = await serveStatic(out);
    const scaleBrowser = await launchBrowser();
    let firstSearchBytes: number;
    let withoutCorrections: number;
    try {
      ({ openAndFirst: firstSearchBytes, withoutCorrections } = await searchCost(
        scaleBrowser,
        scaleServer.origin,
        '/articoli/saggio-sintetico-00001/',
        ['clienti', 'fiducia'],
      ));
    } finally {
      await scaleBrowser.close();
      await scaleServer.close();
    }
    const perPageMs = round((figures.seconds * 1000) / figures.pages, 1);
    scale[count] = {
      essays: count + 5,
      ...figures,
      perPageMs,
      indexBytes,
      firstSearchBytes,
      withoutCorrections,
      vocabularyBytes: Object.fromEntries(
        readdirSync(join(out, 'pagefind'))
          .filter((name) => name.startsWith('vocabulary.'))
          .map((name) => [name, gzipSync(readFileSync(join(out, 'pagefind', name))).length]),
      ),
    };
    rows.push([
      `scale ${count} essays`,
      `${figures.seconds} s for ${figures.pages} pages = ${perPageMs} ms/page (Pagefind ${figures.pagefindSeconds} s, share images ${figures.shareImagesSeconds} s), peak ${figures.peakMemoryMb} MB, index ${kb(indexBytes)}, opening search + first search ${kb(firstSearchBytes)} with corrections, ${kb(withoutCorrections)} without (${round(firstSearchBytes / withoutCorrections, 3)}×)`,
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
if (scales.length) results['scale'] = scale;

const width = Math.max(...rows.map(([name]) => name.length));
console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n'));
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(ROOT, 'bench/results', `${(results['date'] as string).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
