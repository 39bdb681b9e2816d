// Compares two builds of the site, for refactors that must not change what readers get:
//   node scripts/diff-builds.mjs <before-dist> <after-dist>
// Lists the files only one build has and the files whose content differs, and exits 1 if there
// are any. Hashed asset names (/_astro/Name.hash.js) change with every edit of the code behind
// them, so they are compared by kind and count, and every reference to one in the HTML is read as
// "an asset of that kind". A page's styles are compared as the rules that reach it: Vite groups
// component styles into <style> blocks and stylesheets by which routes share them, so moving
// routes regroups the same rules (and changes the CSP hashes of the inline blocks) without
// changing what the page gets. Everything else (the HTML outside its styles, feeds, sitemaps,
// _headers, share images, the search index) must be byte for byte the same.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const [before, after] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before || !after) {
  console.error('Usage: node scripts/diff-builds.mjs <before-dist> <after-dist>');
  process.exit(2);
}

/** "_astro/SelfTestForm.B6I8tZRS.css" → "_astro/*.css": hashed files are told apart only by kind. */
const ASSET = /_astro\/[\w.-]+?\.[\w-]{8}\.(\w+)/g;
const normalise = (text) => text.replace(ASSET, '_astro/*.$1');

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Text files may name hashed assets; everything else is compared as bytes. */
const TEXT = /\.(html|xml|json|txt|js|css|svg)$|(^|\/)_headers$/;

const STYLE = /<style>([\s\S]*?)<\/style>|<link rel="stylesheet" href="[^"]*?(_astro\/[^"]+\.css)">/g;

/** A page with its styles taken out, plus the sorted rules of those styles, inline and linked. */
function pageFingerprint(dir, html) {
  const rules = [];
  const rest = html
    .replace(STYLE, (_, inline, sheet) => {
      const css = inline ?? readFileSync(join(dir, sheet), 'utf8');
      rules.push(...css.split('}').map((rule) => rule.trim()));
      return '';
    })
    .replace(/(style-src[^;"]*)/, (directive) => directive.replace(/'sha256-[^']+'\s*/g, ''));
  return `${normalise(rest)}\n${rules.filter(Boolean).sort().join('}\n')}`;
}

function fingerprint(dir, file) {
  const bytes = readFileSync(join(dir, file));
  let content = bytes;
  if (file.endsWith('.html')) content = pageFingerprint(dir, bytes.toString('utf8'));
  else if (TEXT.test(file)) content = normalise(bytes.toString('utf8'));
  return createHash('sha256').update(content).digest('hex');
}

function describe(dir) {
  const byName = new Map();
  const assets = new Map();
  for (const file of files(dir)) {
    if (file.startsWith('_astro/')) {
      const kind = file.replace(ASSET, '_astro/*.$1');
      assets.set(kind, (assets.get(kind) ?? 0) + 1);
    } else byName.set(file, fingerprint(dir, file));
  }
  return { byName, assets };
}

const a = describe(before);
const b = describe(after);
const problems = [];
for (const file of a.byName.keys()) if (!b.byName.has(file)) problems.push(`only in ${before}: ${file}`);
for (const file of b.byName.keys()) if (!a.byName.has(file)) problems.push(`only in ${after}: ${file}`);
for (const [file, hash] of a.byName) {
  if (b.byName.has(file) && b.byName.get(file) !== hash) problems.push(`differs: ${file}`);
}
for (const kind of new Set([...a.assets.keys(), ...b.assets.keys()])) {
  const [x, y] = [a.assets.get(kind) ?? 0, b.assets.get(kind) ?? 0];
  if (x !== y) problems.push(`hashed assets ${kind}: ${x} before, ${y} after`);
}

const total = a.byName.size + [...a.assets.values()].reduce((sum, n) => sum + n, 0);
if (problems.length) {
  console.log(problems.join('\n'));
  console.log(`\n${problems.length} difference(s) between the two builds (${total} files before).`);
  process.exit(1);
}
console.log(
  `The two builds are the same: ${total} files, HTML identical outside hashed asset names and the grouping of its styles.`,
);
