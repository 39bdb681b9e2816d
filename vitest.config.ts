/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives unit tests Astro's own Vite setup, so that `astro:content` and .astro
// components resolve (the Container API renders components in Node).
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll gives up after 1 s by default: too short for a first search (Pagefind's
          // WebAssembly) on a loaded 2-core machine. A condition that holds returns at once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          // The reader's and the blogger's flows, once per engine (tests/support/engines/).
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 20_000 } },
          // After the other projects, not beside them: three browsers next to the e2e suite's
          // Chromium on a 2-core machine would slow both into timeouts.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
