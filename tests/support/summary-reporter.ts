import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

/** The counts of one run, as the summary line shows them. */
export interface RunCounts {
  passed: number;
  skipped: number;
  /** Tests that failed. */
  failedTests: number;
  /** Errors outside any test: a file that did not load, a beforeAll or afterAll that threw. */
  suiteErrors: number;
  /** Errors Vitest caught after or between tests (a rejection nobody awaited, an uncaught throw). */
  unhandledErrors: number;
}

function suiteErrors(suite: TestModule | TestSuite): number {
  let count = suite.errors().length;
  for (const child of suite.children.allSuites()) count += child.errors().length;
  return count;
}

export function countRun(testModules: readonly TestModule[], unhandled: readonly unknown[]): RunCounts {
  const counts: RunCounts = {
    passed: 0,
    skipped: 0,
    failedTests: 0,
    suiteErrors: 0,
    unhandledErrors: unhandled.length,
  };
  for (const module of testModules) {
    counts.suiteErrors += suiteErrors(module);
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failedTests++;
      else counts.skipped++;
    }
  }
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "vitest: 630 passed, 1 failed (1 unhandled error), 0 skipped". An error outside the tests fails
 * the run (Vitest exits 1) even when every test passed, so it counts as a failure here too, named.
 */
export function summaryLine(counts: RunCounts): string {
  const failed = counts.failedTests + counts.suiteErrors + counts.unhandledErrors;
  const why = [
    counts.failedTests && counts.failedTests !== failed ? plural(counts.failedTests, 'test', 'tests') : '',
    counts.suiteErrors ? plural(counts.suiteErrors, 'error outside a test', 'errors outside a test') : '',
    counts.unhandledErrors ? plural(counts.unhandledErrors, 'unhandled error', 'unhandled errors') : '',
  ].filter(Boolean);
  const detail = why.length ? ` (${why.join(', ')})` : '';
  return `vitest: ${counts.passed} passed, ${failed} failed${detail}, ${counts.skipped} skipped`;
}

/**
 * Ends the run with one plain line that CI logs and people read the same way whatever else the
 * default reporter printed. Unhandled errors come as the second argument of onTestRunEnd.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    process.stdout.write(`\n${summaryLine(countRun(testModules, unhandledErrors))}\n`);
  }
}
