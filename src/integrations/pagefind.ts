import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeSearchVocabularies } from '../build/search-vocabulary';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pagefind': 'application/wasm',
};

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * Builds the Pagefind index inside `astro build` (as Starlight does), so every build ships an
 * up-to-date index and any Pagefind error fails the build instead of shipping a site without
 * search. In development, the index of the last build (dist/pagefind) is served if there is one;
 * otherwise the search dialog says how to build it.
 */
export default function pagefindIntegration({
  contentDir = 'content',
}: { contentDir?: string } = {}): AstroIntegration {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'cac-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const index = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) {
            next();
            return;
          }
          const file = normalize(join(index, decodeURIComponent(path.slice(prefix.length))));
          if (!file.startsWith(index + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) throw new Error(errors.join('\n') || 'no index was created');
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page was indexed: nothing to search');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          // The site has its own search element on Pagefind's API; Pagefind's ready-made UIs
          // (about 400 KB) would only be dead weight in every deploy.
          for (const file of UNUSED_UI_FILES) rmSync(join(site, 'pagefind', file), { force: true });
          // What the search element fetches after a first search to forgive typos and find synonyms.
          const sizes = writeSearchVocabularies(site, contentDir);
          logger.info(
            `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms; vocabularies ${Object.entries(
              sizes,
            )
              .map(([lang, bytes]) => `${lang} ${(bytes / 1024).toFixed(1)} KB`)
              .join(', ')}`,
          );
        } catch (error) {
          throw new Error(
            `Pagefind could not index ${site}: ${error instanceof Error ? error.message : String(error)}`,
            {
              cause: error,
            },
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
