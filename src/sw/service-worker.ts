import {
  cacheName,
  isMetered,
  isOwnCache,
  editionOf,
  strategyFor,
  type ConnectionHint,
  type OfflineManifest,
  type OfflineRequest,
  type OfflineStatus,
} from '../lib/offline';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * The service worker, built to <base>sw.js by integrations/offline with the build's plan
 * (lib/offline) written in. Same origin only, inside the base path only. Install keeps the shell;
 * a page's 'precache' message keeps its language's pages and search index in the background,
 * unless the connection is metered. Pages come from the network whenever it answers (never a
 * stale page after a deploy); files with a hash in their name come from the cache.
 */

declare const __OFFLINE_MANIFEST__: OfflineManifest;

// The few worker types used here: the DOM library cannot be mixed with the WebWorker one.
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly registration: { unregister(): Promise<boolean> };
  readonly location: Location;
  readonly navigator: { connection?: ConnectionHint };
}

const worker = self as unknown as WorkerScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE = cacheName(manifest.scope, manifest.version);
/** Requests in flight at once while keeping a language: enough to be quick, few enough not to crowd the reader's own. */
const PARALLEL = 4;

const absolute = (path: string) => new URL(path, worker.location.origin).href;
/** The key a response is kept under: its address without the query (?q=, ?evidenzia= only drive the page's scripts). */
const keyOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

async function keep(cache: Cache, path: string): Promise<void> {
  // 'no-cache': revalidate with the server, so a file fixed in name but changed by a deploy
  // (Pagefind's entry) is never taken from the HTTP cache into a new version.
  const response = await fetch(absolute(path), { cache: 'no-cache' });
  if (response.ok) await cache.put(absolute(path), response);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(manifest.shell.map(absolute)))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => isOwnCache(name, manifest.scope) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

/** What the edition needs, and what of it the cache lacks. */
async function missing(cache: Cache, locale: Locale): Promise<{ wanted: string[]; lacking: string[] }> {
  const { pages, files } = manifest.editions[locale];
  const wanted = [...pages, ...files];
  const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return { wanted, lacking: wanted.filter((path) => !stored.has(path)) };
}

async function status(locale: Locale): Promise<OfflineStatus> {
  const cache = await caches.open(CACHE);
  const { wanted, lacking } = await missing(cache, locale);
  const absent = new Set(lacking);
  return {
    locale,
    stored: manifest.editions[locale].pages.filter((path) => !absent.has(path)),
    total: wanted.length,
    complete: wanted.length - lacking.length,
    metered: isMetered(worker.navigator.connection),
  };
}

const keeping = new Map<Locale, Promise<void>>();

/** Keeps a language's pages and search files, a few at a time; one run per language at once. */
function precache(locale: Locale): Promise<void> {
  if (isMetered(worker.navigator.connection)) return Promise.resolve();
  let run = keeping.get(locale);
  if (!run) {
    run = (async () => {
      const cache = await caches.open(CACHE);
      const queue = (await missing(cache, locale)).lacking;
      const next = async (): Promise<void> => {
        const path = queue.shift();
        if (path === undefined) return;
        await keep(cache, path).catch(() => undefined);
        return next();
      };
      await Promise.all(Array.from({ length: PARALLEL }, next));
    })().finally(() => keeping.delete(locale));
    keeping.set(locale, run);
  }
  return run;
}

async function clear(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => isOwnCache(name, manifest.scope)).map((name) => caches.delete(name)),
  );
  await worker.registration.unregister();
}

worker.addEventListener('message', (event) => {
  const message = event.data as OfflineRequest | undefined;
  const reply = (data: unknown) => event.ports[0]?.postMessage(data);
  if (message?.type === 'clear') {
    event.waitUntil(clear().then(() => reply({ cleared: true })));
    return;
  }
  if (!message || !isLocale(message.locale)) return;
  const locale = message.locale;
  const work = message.type === 'precache' ? precache(locale) : Promise.resolve();
  event.waitUntil(work.then(() => status(locale)).then(reply, () => reply(undefined)));
});

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const stored = await cache.match(keyOf(request.url));
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Pages read online are kept too, in their newest version.
    if (response.ok && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
    return response;
  } catch (error) {
    const stored = await cache.match(keyOf(request.url));
    if (stored) return stored;
    if (request.mode === 'navigate') {
      const path = new URL(request.url).pathname.slice(manifest.scope.length);
      const fallback = await cache.match(absolute(manifest.editions[editionOf(path)].offlinePage));
      if (fallback) return fallback;
    }
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  const strategy = strategyFor(url.pathname, manifest.scope);
  if (strategy === 'pass') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(request) : networkFirst(request));
});
