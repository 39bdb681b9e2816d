// Renders every page of two builds in Chromium and compares the screenshots, for refactors that
// must not change what readers see (scripts/diff-builds.mjs compares the files; this checks that
// regrouped styles still cascade the same):
//   node scripts/compare-renders.ts <before-dist> <after-dist> [width]
// Exits 1 and names the pages whose rendering differs.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const [beforeDir, afterDir, widthArg = '1280'] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('Usage: node scripts/compare-renders.ts <before-dist> <after-dist> [width]');
  process.exit(2);
}
const width = Number(widthArg);

const pages = readdirSync(resolve(beforeDir), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(resolve(beforeDir), join(entry.parentPath, entry.name)).split('\\').join('/'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .sort();

const [before, after] = await Promise.all([serveStatic(resolve(beforeDir)), serveStatic(resolve(afterDir))]);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
const page = await context.newPage();
const shot = async (origin: string, path: string) => {
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return page.screenshot({ fullPage: true, animations: 'disabled' });
};
const differing: string[] = [];
try {
  for (const path of pages) {
    // A page still settling (a frame loading, a search running) can differ from one load to the
    // next in the same build: a difference counts only if it is there on three tries.
    let same = false;
    for (let attempt = 0; attempt < 3 && !same; attempt++)
      same = (await shot(before.origin, path)).equals(await shot(after.origin, path));
    if (!same) differing.push(path);
  }
} finally {
  await browser.close();
  await Promise.all([before.close(), after.close()]);
}
if (differing.length) {
  console.log(`Rendered differently at ${width} px:\n${differing.join('\n')}`);
  process.exit(1);
}
console.log(`All ${pages.length} pages render identically at ${width} px.`);
