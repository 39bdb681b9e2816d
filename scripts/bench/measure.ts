// The measurements of npm run bench (scripts/bench.ts): a build timed with its peak memory, the
// JavaScript that runs, the bytes a page and a search fetch.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

export const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface BuildFigures {
  pages: number;
  seconds: number;
  peakMemoryMb: number;
  astroSeconds: number;
  pagefindSeconds: number;
  shareImagesSeconds: number;
}

/**
 * One build (a Node script and its arguments), timed, under GNU time for the peak memory of the
 * largest process in its tree (Node; Pagefind is a separate, smaller process).
 */
export function build(script: string[], env: Record<string, string> = {}): BuildFigures {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-kb=%M', process.execPath, ...script], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${run.stdout.toString()}\n${run.stderr.toString()}`;
  if (run.status !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`${script.join(' ')} failed (exit ${run.status ?? 'signal'})`);
  }
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? 0);
  const shareImagesMs = [...output.matchAll(/\/og\/\S+\.png \(\+(\d+)ms\)/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0),
    seconds: round(seconds),
    peakMemoryMb: Math.round(Number(/peak-kb=(\d+)/.exec(output)?.[1] ?? 0) / 1024),
    astroSeconds: round(seconds - pagefindMs / 1000),
    pagefindSeconds: round(pagefindMs / 1000),
    shareImagesSeconds: round(shareImagesMs / 1000),
  };
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export interface CoverageEntry {
  source?: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

/**
 * Bytes of a script that ran: V8's ranges nest (a function inside the script, a block inside the
 * function), and the innermost range's count is the one that holds, so they are painted from the
 * widest to the narrowest.
 */
export function executedBytes(entry: CoverageEntry): number {
  const length = entry.source?.length ?? 0;
  const ran = new Uint8Array(length);
  const ranges = entry.functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
  for (const range of ranges)
    ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, length));
  return ran.reduce((sum, byte) => sum + byte, 0);
}

export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(dir, file)))
    .filter((info) => info.isFile())
    .reduce((sum, info) => sum + info.size, 0);
}

export interface Transfer {
  requests: number;
  gzipBytes: number;
  byType: Record<string, number>;
  /** Of which the search vocabularies (pagefind/vocabulary.<lang>.json): corrections and synonyms. */
  vocabularyBytes: number;
}

const VOCABULARY = /\/pagefind\/vocabulary\.[\w-]+\.json$/;

/** Every response a page receives while `action` runs, gzipped as a server would send it. */
export async function transfer(page: Page, action: () => Promise<unknown>): Promise<Transfer> {
  const bodies: Promise<[string, Buffer | null, string]>[] = [];
  const onResponse = (response: Response) =>
    bodies.push(
      response.body().then(
        (body) => [response.request().resourceType(), body, response.url()] as [string, Buffer, string],
        () => ['', null, ''] as [string, null, string],
      ),
    );
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const byType: Record<string, number> = {};
  let requests = 0;
  let vocabularyBytes = 0;
  for (const [type, body, url] of await Promise.all(bodies)) {
    if (!body) continue;
    requests++;
    const key = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' }[type] ?? 'other';
    byType[key] = (byType[key] ?? 0) + gzip(body);
    if (VOCABULARY.test(new URL(url).pathname)) vocabularyBytes += gzip(body);
  }
  return {
    requests,
    gzipBytes: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
    vocabularyBytes,
  };
}

/**
 * The bytes a reader's first and second search fetch, from an essay page's search dialog; with
 * `foreign`, also those of a first search (in a fresh page) for a word of the other edition, which
 * loads that edition's vocabulary, index and WebAssembly too.
 */
export async function searchCost(
  browser: Browser,
  origin: string,
  essayPath: string,
  words: [string, string],
  foreign?: string,
) {
  const page = await browser.newPage();
  await page.goto(origin + essayPath);
  await page.waitForLoadState('networkidle');
  const status = page.locator('dialog [data-status]');
  const search = async (query: string) => {
    await page.locator('dialog input[type="search"]').fill(query);
    await status.filter({ hasText: `«${query}»` }).waitFor({ timeout: 60_000 });
  };
  const open = await transfer(page, () =>
    Promise.all([page.waitForResponse(/pagefind-entry\.json/), page.keyboard.press('Control+k')]),
  );
  const first = await transfer(page, () => search(words[0]));
  const second = await transfer(page, () => search(words[1]));
  await page.close();
  // Pagefind fetches its WebAssembly either while the dialog opens or with the first search,
  // whichever comes first: the sum of the two is what a reader's first search costs, every time.
  const openAndFirst = open.gzipBytes + first.gzipBytes;
  // What the corrections and synonyms add to it: the vocabulary, fetched with the first search.
  const withoutCorrections = openAndFirst - open.vocabularyBytes - first.vocabularyBytes;
  let otherEdition: number | undefined;
  if (foreign) {
    const fresh = await browser.newPage();
    await fresh.goto(origin + essayPath);
    await fresh.waitForLoadState('networkidle');
    const opened = await transfer(fresh, () =>
      Promise.all([fresh.waitForResponse(/pagefind-entry\.json/), fresh.keyboard.press('Control+k')]),
    );
    const found = await transfer(fresh, async () => {
      await fresh.locator('dialog input[type="search"]').fill(foreign);
      await fresh.locator('dialog [data-other]:not([hidden]) li.result').first().waitFor({ timeout: 60_000 });
    });
    otherEdition = opened.gzipBytes + found.gzipBytes;
    await fresh.close();
  }
  return { open, first, second, openAndFirst, withoutCorrections, otherEdition };
}
