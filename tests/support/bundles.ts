import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** The chunk files loaded together: the entry and its static imports. */
  files: string[];
  bytes: number;
  /** Each file gzipped on its own, as a server sends them. */
  gzipBytes: number;
}

/**
 * The JavaScript a module costs before anything is clicked: the file and everything it imports
 * statically, without the dynamic import() chunks it may load later.
 */
export function moduleGraphSize(assetsDir: string, entry: string): BundleSize {
  const seen = new Set<string>();
  const queue = [basename(entry)];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(assetsDir, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g))
      queue.push(match[1]!);
  }
  const files = [...seen];
  const buffers = files.map((file) => readFileSync(join(assetsDir, file)));
  return {
    files,
    bytes: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    gzipBytes: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
  };
}

/** The built chunk whose code contains a marker (a tag name, a data attribute). */
export function chunkContaining(assetsDir: string, marker: string, prefix = ''): string {
  const found = readdirSync(assetsDir).filter(
    (file) =>
      file.endsWith('.js') &&
      file.startsWith(prefix) &&
      readFileSync(join(assetsDir, file), 'utf8').includes(marker),
  );
  if (found.length !== 1)
    throw new Error(
      `Expected one chunk in ${assetsDir} with "${marker}", found ${found.length}: ${found.join(', ')}`,
    );
  return found[0]!;
}

/** The script every page runs to offer reading offline (Footer.astro), which registers the worker. */
export const offlineRegistrationChunk = (assetsDir: string): string =>
  chunkContaining(assetsDir, 'serviceWorker', 'Footer');

/** The module scripts a built page loads, as file names in the assets folder. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="[^"]*\/_astro\/([^"]+)"/g)].map((match) => match[1]!);
}

export interface PageWeight {
  /** gzip bytes, each file compressed on its own as a server sends it. */
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** The files behind css, js and fonts, relative to the site root. */
  files: string[];
}

const gzipLength = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * What a built page costs before any interaction, read from the files: its HTML, the stylesheets
 * it links, the module scripts it loads with their static imports, and the fonts its CSS or
 * preloads name. `root` is the built site, `file` the page ("articoli/x/index.html").
 */
export function pageWeight(root: string, file: string): PageWeight {
  const html = readFileSync(join(root, file));
  const text = html.toString('utf8');
  const local = (href: string) => href.replace(/^\/+/, '').replace(/[?#].*$/, '');
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => local(match[1]!));
  // No "$" in src: a snippet an inline script builds (`src="${url}"`, the embedding guide) loads nothing.
  const scripts = [...text.matchAll(/<script type="module" src="([^"$]+)"/g)].map((match) =>
    local(match[1]!),
  );
  const js = [
    ...new Set(
      scripts.flatMap((script) => {
        const dir = script.slice(0, script.lastIndexOf('/'));
        return moduleGraphSize(join(root, dir), script.slice(dir.length + 1)).files.map(
          (name) => `${dir}/${name}`,
        );
      }),
    ),
  ];
  const styles = [text, ...css.map((path) => readFileSync(join(root, path), 'utf8'))].join('\n');
  const fonts = [
    ...new Set(
      [
        ...styles.matchAll(
          /url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)|href="([^"]+\.(?:woff2?|ttf|otf))"/g,
        ),
      ].map((match) => local(match[1] ?? match[2]!)),
    ),
  ];
  const sum = (paths: string[]) =>
    paths.reduce((total, path) => total + gzipLength(readFileSync(join(root, path))), 0);
  return {
    html: gzipLength(html),
    css: sum(css),
    js: sum(js),
    fonts: sum(fonts),
    files: [...css, ...js, ...fonts],
  };
}
