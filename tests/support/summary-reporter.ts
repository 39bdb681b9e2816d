import type { Reporter, SerializedError, TestCase, TestModule, TestSuite } from 'vitest/node';

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

function tally(counts: RunCounts, tests: Iterable<TestCase>): void {
  for (const test of tests) {
    const state = test.result().state;
    if (state === 'passed') counts.passed++;
    else if (state === 'failed') counts.failedTests++;
    else counts.skipped++;
  }
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
    tally(counts, module.children.allTests());
  }
  return counts;
}

/** The project whose files describe each flow once per engine, under the engine's name. */
export const ENGINE_PROJECT = 'engines';

/**
 * The counts of the engine project, one per top-level describe (chromium, firefox, webkit), so
 * CI shows how each engine did; errors of a describe's hooks count for its engine.
 */
export function countEngines(testModules: readonly TestModule[]): Map<string, RunCounts> {
  const engines = new Map<string, RunCounts>();
  const of = (name: string) => {
    let counts = engines.get(name);
    if (!counts) {
      counts = { passed: 0, skipped: 0, failedTests: 0, suiteErrors: 0, unhandledErrors: 0 };
      engines.set(name, counts);
    }
    return counts;
  };
  for (const module of testModules) {
    if (module.project.name !== ENGINE_PROJECT) continue;
    for (const suite of module.children.suites()) {
      const counts = of(suite.name);
      counts.suiteErrors += suiteErrors(suite);
      tally(counts, suite.children.allTests());
    }
  }
  return new Map([...engines].sort(([a], [b]) => a.localeCompare(b)));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "vitest: 630 passed, 1 failed (1 unhandled error), 0 skipped". An error outside the tests fails
 * the run (Vitest exits 1) even when every test passed, so it counts as a failure here too, named.
 */
export function summaryLine(counts: RunCounts, label = 'vitest'): string {
  const failed = counts.failedTests + counts.suiteErrors + counts.unhandledErrors;
  const why = [
    counts.failedTests && counts.failedTests !== failed ? plural(counts.failedTests, 'test', 'tests') : '',
    counts.suiteErrors ? plural(counts.suiteErrors, 'error outside a test', 'errors outside a test') : '',
    counts.unhandledErrors ? plural(counts.unhandledErrors, 'unhandled error', 'unhandled errors') : '',
  ].filter(Boolean);
  const detail = why.length ? ` (${why.join(', ')})` : '';
  return `${label}: ${counts.passed} passed, ${failed} failed${detail}, ${counts.skipped} skipped`;
}

/**
 * Ends the run with one plain line that CI logs and people read the same way whatever else the
 * default reporter printed, after one line per browser engine when the engine flows ran
 * ("vitest webkit: 18 passed, 0 failed, 0 skipped"). Unhandled errors come as the second argument of onTestRunEnd.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const engines = [...countEngines(testModules)].map(([name, counts]) =>
      summaryLine(counts, `vitest ${name}`),
    );
    process.stdout.write(
      `\n${[...engines, summaryLine(countRun(testModules, unhandledErrors))].join('\n')}\n`,
    );
  }
}
