import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { bundleScript } from '../build/bundle';
import type { Locale } from '../i18n/locales';
import { editionOf, offlinePlan, type OfflineManifest } from '../lib/offline';

/** Every file of the build, relative to its root, with "/" separators. */
function builtFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(root, file)).isFile())
    .map((file) => file.split(sep).join('/'));
}

/**
 * A Pagefind fragment is gzip of "pagefind_dcd" and a JSON record with its page's URL: that URL
 * says the fragment's language, which its hashed name does not.
 */
function fragmentEditions(root: string, files: readonly string[], base: string): Record<string, Locale> {
  const editions: Record<string, Locale> = {};
  for (const file of files.filter((name) => name.startsWith('pagefind/fragment/'))) {
    const text = gunzipSync(readFileSync(join(root, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url?: string };
    if (typeof url !== 'string') {
      throw new Error(
        `offline: ${file} has no "url"; Pagefind's fragment format changed, update integrations/offline.ts.`,
      );
    }
    editions[file] = editionOf(url.startsWith(base) ? url.slice(base.length) : url);
  }
  return editions;
}

/**
 * Writes <base>sw.js at the end of the build (after Pagefind: it keeps the search index too): the
 * worker of src/sw with the build's plan in it, versioned by a hash of every file it keeps, so a
 * deploy that changes any of them installs a new cache and drops the old one.
 */
export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'cac-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtFiles(root);
        const plan = offlinePlan(files, fragmentEditions(root, files, base), base);
        const kept = [
          ...plan.shell,
          ...Object.values(plan.editions).flatMap((edition) => [...edition.pages, ...edition.files]),
        ];
        const hash = createHash('sha256');
        for (const url of kept) {
          const file = url.slice(base.length);
          hash
            .update(`${url}\n`)
            .update(readFileSync(join(root, file.endsWith('/') || file === '' ? `${file}index.html` : file)));
        }
        const manifest: OfflineManifest = { ...plan, version: hash.digest('hex').slice(0, 16) };
        const code = await bundleScript('src/sw/service-worker.ts', 'iife', {
          __OFFLINE_MANIFEST__: JSON.stringify(manifest),
        });
        writeFileSync(join(root, 'sw.js'), `${code}\n`);
        const counts = Object.entries(plan.editions)
          .map(
            ([locale, edition]) =>
              `${locale} ${edition.pages.length} pages + ${edition.files.length} search files`,
          )
          .join(', ');
        logger.info(`sw.js ${manifest.version}: shell ${plan.shell.length} files; ${counts}`);
      },
    },
  };
}
