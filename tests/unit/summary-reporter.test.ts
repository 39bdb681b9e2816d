import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-project';
import { summaryLine } from '../support/summary-reporter';

// This run's Vitest puts its own variables into process.env; the child is a run of its own.
const plainEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name),
    ),
  );

const counts = { passed: 0, skipped: 0, failedTests: 0, suiteErrors: 0, unhandledErrors: 0 };

describe('summary line', () => {
  test.each([
    [{ passed: 630 }, 'vitest: 630 passed, 0 failed, 0 skipped'],
    [{ passed: 3, failedTests: 2, skipped: 1 }, 'vitest: 3 passed, 2 failed, 1 skipped'],
    [{ passed: 630, unhandledErrors: 1 }, 'vitest: 630 passed, 1 failed (1 unhandled error), 0 skipped'],
    [
      { passed: 5, failedTests: 1, unhandledErrors: 2 },
      'vitest: 5 passed, 3 failed (1 test, 2 unhandled errors), 0 skipped',
    ],
    [{ passed: 5, suiteErrors: 1 }, 'vitest: 5 passed, 1 failed (1 error outside a test), 0 skipped'],
  ])('%o reads "%s"', (given, line) => {
    expect(summaryLine({ ...counts, ...given })).toBe(line);
  });

  // The real reporter in a real run of a fixture project.
  const runFixture = (name: string) => {
    const run = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        join(PROJECT_ROOT, 'tests/fixtures', name),
        '--reporter',
        join(PROJECT_ROOT, 'tests/support/summary-reporter.ts'),
      ],
      { encoding: 'utf8', env: { ...plainEnv(), NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 },
    );
    return { output: stripVTControlCharacters(run.stdout + run.stderr), status: run.status };
  };

  // Vitest must hand the reporter the unhandled error it exits 1 for.
  test('a run whose tests pass but leave an unhandled rejection reads as failed', () => {
    const run = runFixture('unhandled-rejection');
    expect(run.output).toContain('vitest: 2 passed, 1 failed (1 unhandled error), 0 skipped');
    expect(run.status).toBe(1);
  });

  test('the engine flows get a line per engine before the total, a failure under its engine', () => {
    const { output, status } = runFixture('engine-summary');
    expect(output).toContain(
      [
        'vitest chromium: 2 passed, 0 failed, 0 skipped',
        'vitest webkit: 1 passed, 1 failed, 0 skipped',
        'vitest: 3 passed, 1 failed, 0 skipped',
      ].join('\n'),
    );
    expect(status).toBe(1);
  });
});
