import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-project.ts';
import { listen, type StaticServer } from './static-server.ts';

const HOSTS = join(PROJECT_ROOT, 'tests/fixtures/hosts');

/**
 * Serves the host pages of tests/fixtures/hosts from a second local server: another origin than
 * the site's, as a blog would be. __SITE__ in a page becomes the site's origin; other __NAME__
 * placeholders come from the query string (?__TEST__=pendolo).
 */
export async function serveHosts(siteOrigin: string): Promise<StaticServer> {
  return listen('localhost', async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    try {
      let html = await readFile(join(HOSTS, url.pathname.replace(/[^\w.-]/g, '')), 'utf8');
      html = html.replaceAll('__SITE__', siteOrigin);
      for (const [name, value] of url.searchParams)
        if (/^__\w+__$/.test(name)) html = html.replaceAll(name, value.replace(/[^\w-]/g, ''));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
}
