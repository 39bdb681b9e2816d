import { build } from 'esbuild';
import { join } from 'node:path';

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles one browser entry (src/embed/…) into a single self-contained script, at build time.
 * Scripts that run on other people's pages or in sandboxed frames cannot load our module chunks
 * (an opaque origin fetches them cross-origin), so they ship as one file or inline. Built once
 * per build, whatever number of pages use it.
 */
export function bundleScript(
  entry: string,
  format: 'iife' | 'esm' = 'iife',
  define: Record<string, string> = {},
): Promise<string> {
  const key = `${entry}:${format}:${JSON.stringify(define)}`;
  let code = bundles.get(key);
  if (!code) {
    code = build({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      write: false,
      minify: true,
      format,
      target: 'es2022',
      legalComments: 'none',
      loader: { '.css': 'text' },
      define: { 'import.meta.env.DEV': 'false', ...define },
    }).then((result) => {
      const file = result.outputFiles[0];
      if (!file) throw new Error(`bundleScript: esbuild wrote nothing for ${entry}`);
      return file.text.trim();
    });
    bundles.set(key, code);
  }
  return code;
}

const styles = new Map<string, Promise<string>>();

/**
 * Bundles one stylesheet and its @imports into one minified text, at build time, for a page that
 * inlines its CSS (the embed page: a sandboxed frame cannot be trusted to load our files).
 */
export function bundleStyles(entry: string): Promise<string> {
  let css = styles.get(entry);
  if (!css) {
    css = build({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      write: false,
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    }).then((result) => {
      const file = result.outputFiles[0];
      if (!file) throw new Error(`bundleStyles: esbuild wrote no CSS for ${entry}`);
      return file.text.trim();
    });
    styles.set(entry, css);
  }
  return css;
}
