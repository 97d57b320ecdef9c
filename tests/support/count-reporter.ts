/**
 * Vitest reporter that writes how many tests passed, failed and were skipped to the file named by
 * SENTINELLA_COUNTS (if set), so tests/run.ts can close the whole run with one "N passed, N failed" line.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const mod of testModules) {
      // A file that fails to load has no tests but must count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) counts.failed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const out = process.env.SENTINELLA_COUNTS;
    if (out) writeFileSync(out, JSON.stringify(counts));
  }
}
