/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) one after the
 * other with Node, each printing its own figures. Benchmarks print numbers, with budgets and ratios against a
 * baseline measured in the same run; they never fail a test run. A bench that crashes is reported, and the
 * runner exits non-zero so a broken benchmark is noticed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let crashed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  // Benchmarks import modules that read the bundled catalog: the same virtual modules the builds use.
  const r = spawnSync(process.execPath, ['--import', join(dir, '..', 'support', 'register-virtual-catalog.ts'), join(dir, file)], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    crashed++;
    console.error(`${file} exited with ${r.status}`);
  }
}
if (benches.length === 0) console.log('No benchmark matched.');
process.exit(crashed ? 1 : 0);
