import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH says otherwise; Playwright's own browser download does not work here. */
export function chromePath(): string {
  const candidates = [
    process.env['CHROME_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

/** Flags every run uses: headless, and no background connections (the network here is closed). */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: e.g. --remote-debugging-port=9333 for Lighthouse to connect to the same browser. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: [...CHROME_FLAGS, ...extraArgs] });
}
