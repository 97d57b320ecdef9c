/**
 * Vitest reporter that writes how many tests passed, failed and were skipped to the file named by
 * SENTINELLA_COUNTS (if set), with the name and first error line of each failure, so tests/run.ts can close
 * the whole run with the failures and one "N passed, N failed" line (the end of a long log is what survives).
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

const firstLine = (error: unknown) => String((error as { message?: unknown })?.message ?? error).split('\n')[0]!.slice(0, 300);

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0, failures: unhandledErrors.map((e) => `unhandled error: ${firstLine(e)}`) };
    for (const mod of testModules) {
      // A file that fails to load has no tests but must count as a failure.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) {
        counts.failed++;
        counts.failures.push(`${mod.moduleId}: ${firstLine(mod.errors()[0])}`);
      }
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') counts.passed++;
        else if (result.state === 'failed') {
          counts.failed++;
          counts.failures.push(`${mod.moduleId.split('/tests/').pop()} › ${test.fullName}: ${firstLine(result.errors?.[0])}`);
        } else counts.skipped++;
      }
    }
    const out = process.env.SENTINELLA_COUNTS;
    if (out) writeFileSync(out, JSON.stringify(counts));
  }
}
