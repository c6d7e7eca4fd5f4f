/**
 * Nanoseconds of CPU per `QuantileSketch.add` at the default accuracy, on a fixed mix of zeros and
 * lognormal-like minutes (2^16 values, added 100 times), least of 7 repetitions. Run it from two
 * builds alternately to compare them (docs/performance.md, "Third round: statistics"):
 *
 *   node bench/dist/sketch-add.js
 */
import { QuantileSketch } from '@landport/sim-core';

const values = new Float64Array(1 << 16);
let state = 12345;
for (let i = 0; i < values.length; i++) {
  state = (state * 1103515245 + 12345) >>> 0;
  const u = state / 2 ** 32;
  // engine-math: bench input only, no result depends on it.
  values[i] = u < 0.2 ? 0 : Math.exp(4 * u - 1);
}

let least = Number.POSITIVE_INFINITY;
for (let repetition = 0; repetition < 7; repetition++) {
  const sketch = new QuantileSketch();
  const cpu = process.cpuUsage();
  for (let k = 0; k < 100; k++) for (let i = 0; i < values.length; i++) sketch.add(values[i]!);
  const used = process.cpuUsage(cpu);
  least = Math.min(least, ((used.user + used.system) * 1000) / (100 * values.length));
}
console.log(`QuantileSketch.add: ${least.toFixed(1)} ns of CPU per observation (least of 7)`);
