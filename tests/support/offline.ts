import type { Page } from 'playwright-core';
import { vi } from 'vitest';
import type { OfflineStatus } from '../../src/lib/offline';

/** Asks the page's service worker what it keeps of a language (the offline page asks the same way). */
export function offlineStatus(page: Page, locale: string): Promise<OfflineStatus | undefined> {
  return page.evaluate(async (language) => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise<OfflineStatus | undefined>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<OfflineStatus | undefined>) => resolve(event.data);
      registration.active?.postMessage({ type: 'status', locale: language }, [channel.port2]);
    });
  }, locale);
}

/** Waits until the worker keeps every page and search file of the language; returns how many. */
export async function waitForPrecache(page: Page, locale: string): Promise<OfflineStatus> {
  return vi.waitFor(
    async () => {
      const status = await offlineStatus(page, locale);
      if (!status || status.total === 0 || status.complete < status.total) {
        throw new Error(
          `the worker keeps ${status?.complete ?? 0} of ${status?.total ?? '?'} ${locale} files`,
        );
      }
      return status;
    },
    { timeout: 90_000, interval: 500 },
  );
}
