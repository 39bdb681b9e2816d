/**
 * The page side of reading offline, shared by the script every page runs (Footer) and the offline
 * page's element: register the worker (src/sw/service-worker.ts, built to <base>sw.js) and ask it
 * to keep the reader's language. The worker itself decides whether the connection allows it.
 */

/** localStorage key set when the reader turned offline reading off on the offline page. */
export const OPT_OUT_KEY = 'cac-offline-off';

export function optedOut(): boolean {
  try {
    return localStorage.getItem(OPT_OUT_KEY) === '1';
  } catch {
    return false;
  }
}

export async function keepOffline(scope: string, locale: string): Promise<void> {
  await navigator.serviceWorker.register(`${scope}sw.js`, { scope });
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: 'precache', locale });
}
