// npm run bench: measures what a reader pays for, and prints it (never asserted: times vary).
//   - the build time (Astro + Pagefind),
//   - the gzip size of each island (self-test engine, search trigger, search element),
//   - the bytes a page loads before any interaction,
//   - the bytes a first search and a second search fetch, measured in Chromium.
// Results are printed as a table and written to bench/results/<date>.json (gitignored).
//   node scripts/bench.ts [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { chunkContaining, moduleGraphSize, type BundleSize } from '../tests/support/bundles.ts';
import { serveStatic } from '../tests/support/static-server.ts';

interface Transfer {
  requests: number;
  bytes: number;
  gzipBytes: number;
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (build.status !== 0) {
    console.error(build.stdout.toString());
    process.exit(build.status ?? 1);
  }
  const output = build.stdout.toString();
  results['buildSeconds'] = Number(((performance.now() - started) / 1000).toFixed(2));
  results['pagefindMs'] = Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
}

/** Collects every response a page receives while `action` runs. */
async function transfer(page: Page, action: () => Promise<unknown>): Promise<Transfer> {
  const bodies: Promise<Buffer | null>[] = [];
  const onResponse = (response: Response) => bodies.push(response.body().catch(() => null));
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const buffers = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
  return {
    requests: buffers.length,
    bytes: buffers.reduce((sum, body) => sum + body.length, 0),
    gzipBytes: buffers.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

// The islands: each entry chunk with what it imports statically (what a page pays on load).
const assets = 'dist/_astro';
const islands: Record<string, BundleSize> = {
  'self-test engine': moduleGraphSize(assets, chunkContaining(assets, 'self-test-element', 'SelfTest.astro')),
  'search trigger (every page)': moduleGraphSize(assets, chunkContaining(assets, 'data-search-trigger', 'SearchTrigger')),
  'search element (on open)': moduleGraphSize(assets, chunkContaining(assets, 'cac-search:results')),
};
const gzipFile = (path: string): BundleSize => {
  const body = readFileSync(path);
  return { files: [path], bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
};
islands['embed resizer /embed.js'] = gzipFile('dist/embed.js');
islands['web component /widgets/self-test.js'] = gzipFile('dist/widgets/self-test.js');
results['islands'] = islands;

const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const pages: Record<string, Transfer> = {};
  for (const path of ['/', '/articoli/quanto-tempo-per-il-cliente/', '/cerca/']) {
    pages[path] = await transfer(page, () => page.goto(server.origin + path));
  }
  results['pageLoad'] = pages;

  await page.goto(`${server.origin}/articoli/person-centricity/`);
  await page.waitForLoadState('networkidle');
  const status = page.locator('dialog [data-status]');
  const search = async (query: string) => {
    await page.locator('dialog input[type="search"]').fill(query);
    await status.filter({ hasText: `«${query}»` }).waitFor();
  };
  // Opening search loads the element, Pagefind's API, its WebAssembly and the index entry point.
  results['openSearch'] = await transfer(page, () =>
    Promise.all([page.waitForResponse(/pagefind-entry\.json/), page.keyboard.press('Control+k')]),
  );
  results['firstSearch'] = await transfer(page, () => search('fiducia'));
  results['secondSearch'] = await transfer(page, () => search('tempo'));
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];
if (results['buildSeconds'] !== undefined) rows.push(['build (astro + pagefind)', `${results['buildSeconds']} s (pagefind ${results['pagefindMs']} ms)`]);
for (const [name, size] of Object.entries(islands)) rows.push([name, `${kb(size.bytes)} (${kb(size.gzipBytes)} gzip), ${size.files.length} file(s)`]);
for (const [path, t] of Object.entries(results['pageLoad'] as Record<string, Transfer>)) {
  rows.push([`load ${path}`, `${t.requests} requests, ${kb(t.bytes)} (${kb(t.gzipBytes)} gzip)`]);
}
for (const key of ['openSearch', 'firstSearch', 'secondSearch']) {
  const t = results[key] as Transfer;
  rows.push([key, `${t.requests} requests, ${kb(t.bytes)} (${kb(t.gzipBytes)} gzip)`]);
}
const width = Math.max(...rows.map(([name]) => name.length));
console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n'));

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${(results['date'] as string).replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
