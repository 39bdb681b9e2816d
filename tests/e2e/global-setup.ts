import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveHosts } from '../support/host-server';
import { serveStatic } from '../support/static-server';
import { PROJECT_ROOT } from '../support/fixture-project';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server that serves dist/, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** Origin of the host pages of tests/fixtures/hosts, e.g. http://localhost:41235 */
    hostsOrigin: string;
  }
}

/**
 * Serves the built site once for every browser test (`npm test` builds it first), and the host
 * pages of tests/fixtures/hosts from a second server, another origin as a blog would be.
 */
export default async function setup(project: TestProject) {
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      'tests/e2e: dist/ has no built site. Run `npm run build` first (`npm test` does it for you).',
    );
  }
  const server = await serveStatic(dist);
  const hosts = await serveHosts(server.origin);
  project.provide('origin', server.origin);
  project.provide('hostsOrigin', hosts.origin);
  return async () => {
    await Promise.all([server.close(), hosts.close()]);
  };
}
