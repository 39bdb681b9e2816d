import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.epub': 'application/epub+zip',
};

export interface StaticServer {
  /** Origin with no trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, unknown paths get
 * 404.html with status 404, and a path without its trailing slash redirects to it.
 * `base` mounts the site under a sub-path, as on a GitHub Pages project site. The site's own
 * _headers file is applied, as Netlify and Cloudflare Pages would. `onRequest` sees each path asked
 * for (the offline tests check that nothing reaches the server while the browser is offline).
 */
export async function serveStatic(
  root: string,
  base = '/',
  { onRequest }: { onRequest?: (pathname: string) => void } = {},
): Promise<StaticServer> {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const rules = existsSync(join(root, '_headers'))
    ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8'))
    : [];
  return listen('127.0.0.1', async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    onRequest?.(pathname);
    const send = async (file: string, status = 200) => {
      const body = await readFile(file);
      const sitePath = `/${pathname.slice(mount.length)}`;
      for (const [name, value] of headersFor(rules, sitePath)) res.appendHeader(name, value);
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () =>
      send(join(root, '404.html'), 404).catch(() => {
        res.writeHead(404).end();
      });
    if (!pathname.startsWith(mount)) return notFound();
    const relative = normalize(pathname.slice(mount.length));
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return notFound();
    let file = join(root, relative);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await notFound();
    }
  });
}

/** Starts a server on a free port of `host`; a handler that fails answers 500 instead of hanging. */
export async function listen(
  host: string,
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`server on ${host}: no port`);
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
