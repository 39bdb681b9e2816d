import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/headers';

/** Writes _headers into the build from the route table (see lib/headers), when the pages are done. */
export default function headersIntegration(): AstroIntegration {
  return {
    name: 'cac-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
