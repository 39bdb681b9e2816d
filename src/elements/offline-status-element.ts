import { define, ElementBase } from './define';
import { interpolate } from '../lib/interpolate';
import { keepOffline, OPT_OUT_KEY, optedOut } from '../client/offline-worker';
import type { OfflineRequest, OfflineStatus } from '../lib/offline';

/**
 * <cac-offline-status locale="it" page="/offline/" scope="/" data-messages="{…}">: enhances the
 * offline page's server-rendered list. It asks the service worker what is stored, marks each
 * listed page kept or not, hides what cannot open when the network is down, says how much is
 * stored, and lets the reader clear it (and turn it off) or keep it again. Without JavaScript or
 * a worker the page still reads as a plain list with its explanation.
 */
interface Messages {
  unsupported: string;
  none: string;
  off: string;
  saving: string;
  metered: string;
  ready: string;
}

/** How long to wait for the worker to answer, and how often to ask again while it saves. */
const ANSWER_MS = 5000;
const POLL_MS = 1500;

export class OfflineStatusElement extends ElementBase {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.querySelector('[data-offline-clear]')?.addEventListener('click', () => void this.#clear());
    this.querySelector('[data-offline-save]')?.addEventListener('click', () => void this.#save());
    void this.#refresh();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
  }

  get #scope(): string {
    const scope = this.getAttribute('scope') ?? '/';
    return scope.endsWith('/') ? scope : `${scope}/`;
  }

  get #messages(): Messages | undefined {
    try {
      return JSON.parse(this.dataset['messages'] ?? '') as Messages;
    } catch {
      return undefined;
    }
  }

  #say(text: string): void {
    const state = this.querySelector('[data-offline-state]');
    if (state && state.textContent !== text) state.textContent = text;
  }

  #show(selector: string, visible: boolean): void {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = !visible;
  }

  /** Sends a message to the active worker of this site; undefined when there is none or it does not answer. */
  async #ask(message: OfflineRequest): Promise<unknown> {
    const registration = await navigator.serviceWorker.getRegistration(this.#scope);
    const worker = registration?.active;
    if (!worker) return undefined;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      const timeout = setTimeout(() => resolve(undefined), ANSWER_MS);
      channel.port1.onmessage = (event: MessageEvent) => {
        clearTimeout(timeout);
        resolve(event.data);
      };
      worker.postMessage(message, [channel.port2]);
    });
  }

  async #refresh(): Promise<void> {
    clearTimeout(this.#timer);
    const messages = this.#messages;
    if (!messages) return;
    // Served in place of another address: the worker had no copy of it.
    this.#show('[data-offline-missing]', location.pathname !== this.getAttribute('page'));
    if (!('serviceWorker' in navigator)) {
      this.#say(messages.unsupported);
      return;
    }
    try {
      const off = optedOut();
      const locale = this.getAttribute('locale') ?? '';
      const status = off
        ? undefined
        : ((await this.#ask({ type: 'status', locale })) as OfflineStatus | undefined);
      this.#show('[data-offline-clear]', Boolean(status?.complete));
      this.#show('[data-offline-save]', off);
      this.#mark(new Set(status?.stored ?? []));
      if (!status) {
        this.#say(off ? messages.off : messages.none);
        return;
      }
      const counts = { complete: status.complete, total: status.total };
      if (status.complete >= status.total) {
        this.#say(interpolate(messages.ready, { ...counts, size: await this.#usage() }));
      } else if (status.metered) {
        this.#say(interpolate(messages.metered, counts));
      } else {
        this.#say(interpolate(messages.saving, counts));
        this.#timer = setTimeout(() => void this.#refresh(), POLL_MS);
      }
    } catch {
      // Storage refused (a private window, a browser setting): the page keeps its static text.
    }
  }

  /** Marks each listed page kept or not; offline, the ones that cannot open are left out. */
  #mark(stored: ReadonlySet<string>): void {
    for (const item of this.querySelectorAll<HTMLElement>('[data-offline-item]')) {
      const link = item.querySelector('a');
      if (!link) continue;
      const kept = stored.has(new URL(link.href).pathname);
      item.dataset['stored'] = String(kept);
      item.hidden = !kept && !navigator.onLine;
      const note = item.querySelector<HTMLElement>('.not-stored');
      if (note) note.hidden = kept || stored.size === 0;
    }
  }

  async #usage(): Promise<string> {
    const usage = 'storage' in navigator ? ((await navigator.storage.estimate()).usage ?? 0) : 0;
    const language = document.documentElement.lang || undefined;
    return new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(usage / 1_000_000);
  }

  async #clear(): Promise<void> {
    try {
      localStorage.setItem(OPT_OUT_KEY, '1');
    } catch {
      // Without storage the worker is still removed; the next visit registers it again.
    }
    try {
      await this.#ask({ type: 'clear' });
      const registration = await navigator.serviceWorker.getRegistration(this.#scope);
      await registration?.unregister();
    } catch {
      // Nothing to clear.
    }
    await this.#refresh();
  }

  async #save(): Promise<void> {
    try {
      localStorage.removeItem(OPT_OUT_KEY);
      await keepOffline(this.#scope, this.getAttribute('locale') ?? '');
    } catch {
      // Refused by the browser: the state line says nothing is kept.
    }
    await this.#refresh();
  }
}

define('cac-offline-status', OfflineStatusElement);

declare global {
  interface HTMLElementTagNameMap {
    'cac-offline-status': OfflineStatusElement;
  }
}
