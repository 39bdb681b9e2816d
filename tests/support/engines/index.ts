import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { chromiumSession } from './chromium';
import { firefoxSession } from './firefox';
import { ENGINES, type EngineName, type PageFunction, type Session } from './session';
import { webkitSession } from './webkit';

export { ENGINES, type EngineName, type Session } from './session';

const START: Record<EngineName, () => Promise<Session>> = {
  chromium: chromiumSession,
  firefox: firefoxSession,
  webkit: webkitSession,
};

/** The engines this run tests: all three, or those ENGINES names ("ENGINES=firefox,webkit"). */
export function enginesToRun(list = process.env['ENGINES']): EngineName[] {
  if (!list) return [...ENGINES];
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(ENGINES as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  return names as EngineName[];
}

export interface EngineRun {
  /** The window of this engine, for the tests of this file. */
  readonly session: Session;
  /** Origin of the built site (dist/), served by the e2e global setup. */
  readonly site: string;
  /** Origin of the host pages of tests/fixtures/hosts: another origin, as a blog would be. */
  readonly hosts: string;
  /** Loads a page of the built site in a window with no stored data of the site. */
  readonly open: (path: string) => Promise<void>;
  /** Waits until `fn` returns a truthy value in the current frame, and returns it. */
  readonly until: <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => Promise<R>;
}

/**
 * Describes the same flows once per engine, under the engine's name (the summary counts them by
 * it): one browser per engine for the file, started before its tests and closed after them.
 */
export function forEachEngine(flows: (run: EngineRun) => void): void {
  const site = inject('origin');
  const hosts = inject('hostsOrigin');
  for (const engine of enginesToRun()) {
    describe(engine, () => {
      let session: Session | undefined;
      beforeAll(async () => {
        session = await START[engine]();
      }, 120_000);
      afterAll(async () => {
        await session?.close();
      });
      const current = (): Session => {
        if (!session)
          throw new Error(`${engine}: the browser did not start (see the error before this one).`);
        return session;
      };
      flows({
        get session() {
          return current();
        },
        site,
        hosts,
        async open(path) {
          // Every test starts from no stored answers: visit the origin, clear it, then go.
          await current().goto(`${site}/robots.txt`);
          await current().run(() => {
            localStorage.clear();
            sessionStorage.clear();
          });
          await current().goto(site + path);
        },
        async until(fn, ...args) {
          let value: unknown;
          await expect
            .poll(async () => (value = await current().run(fn, ...args)), { timeout: 20_000, interval: 100 })
            .toBeTruthy();
          return value as never;
        },
      });
    });
  }
}
