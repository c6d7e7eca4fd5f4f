// Runs the calibration of the shipped scenarios and writes docs/calibration.md.
//   node --conditions=@landport/source --import tsx packages/scenarios/scripts/calibrate.ts [replications]
// (or `pnpm --filter @landport/scenarios calibrate`). Run times go to the console, not the file,
// so the file changes only when the results do.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runCalibration } from '../src/calibration.js';
import { calibrationMarkdown } from '../src/calibration-report.js';

const COMMAND = 'node --conditions=@landport/source --import tsx packages/scenarios/scripts/calibrate.ts';
const replications = Number(process.argv[2] ?? 10);
const seed = 2024;

const seconds = new Map<string, number[]>();
let last = performance.now();
const results = runCalibration({
  replications,
  seed,
  onReplication: (scenario) => {
    const now = performance.now();
    seconds.set(scenario, [...(seconds.get(scenario) ?? []), (now - last) / 1000]);
    last = now;
  },
});

const output = new URL('../../../docs/calibration.md', import.meta.url);
writeFileSync(output, calibrationMarkdown(results, { replications, seed, command: COMMAND }));

for (const [scenario, times] of seconds) {
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${scenario}: ${times.length} replications, ${mean.toFixed(2)} s each`);
}
for (const r of results) {
  const ci = r.interval;
  console.log(
    `${r.holds ? 'holds ' : 'FAILS '} ${r.target.id}: ${ci.mean.toPrecision(6)} ± ${ci.halfWidth.toPrecision(3)} ${r.target.unit} (${r.target.acceptText})`,
  );
}
console.log(`wrote ${output.pathname}`);
