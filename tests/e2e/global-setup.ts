import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server';
import { PROJECT_ROOT } from '../support/fixture-project';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server that serves dist/, e.g. http://127.0.0.1:41234 */
    origin: string;
  }
}

/** Serves the built site once for every browser test; `npm test` builds it first. */
export default async function setup(project: TestProject) {
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      'tests/e2e: dist/ has no built site. Run `npm run build` first (`npm test` does it for you).',
    );
  }
  const server = await serveStatic(dist);
  project.provide('origin', server.origin);
  return () => server.close();
}
