/**
 * `pnpm bench:border [scenario …] [--quick]`: the border model's throughput in one thread against
 * the engine's callback M/M/c bench, measured in the same run.
 *
 * Each scenario runs in a fresh child (`border-child.ts`): one untimed replication-year, then
 * three timed ones (a different replication each, as a worker runs them). The engine's callback
 * M/M/c (request and seize; 10^6 customers, `measure.ts`) runs in its own children before and
 * after the scenarios, and the ratio takes the better of its two medians, so a noisy neighbour
 * during one of them does not flatter the border model. Reported per scenario: events per second
 * (the engine's calendar entries), microseconds per vehicle, and the ratio of events per second to
 * the callback bench's, by wall and by CPU time (CPU time is steadier on a shared machine).
 *
 * The default list starts with `mmc-as-border` (`mmc-border-scenario.ts`): the callback bench's own
 * queue, c = 10, λ = 9, μ = 1, about 10^6 customers, run through the border model. Its ratio is
 * what the model's bookkeeping alone leaves of the bench's rate, a ceiling for the real scenarios.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BorderMeasurement } from './border-child.js';
import { measureInChild, median } from './child-measurement.js';
import type { ImplementationName } from './implementations.js';
import { markdownTable } from './markdown-table.js';
import { MMC_BORDER } from './mmc-border-scenario.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scenarios = args.filter((a) => !a.startsWith('--'));
if (scenarios.length === 0) scenarios.push(MMC_BORDER, 'horgos-2024', 'horgos-2023-2024', 'kashgar-2024');
const customers = quick ? 100_000 : 1_000_000;
const runs = quick ? 1 : 3;

const childScript = fileURLToPath(new URL('./border-child.js', import.meta.url));

/** Events per second of an M/M/c implementation, by wall and by CPU time (medians of its runs). */
function mmcRate(name: ImplementationName): { wall: number; cpu: number } {
  const m = measureInChild({ name, customers, warmups: 1, runs });
  return { wall: m.events / (median(m.runsMs) / 1000), cpu: m.events / (median(m.runsCpuMs) / 1000) };
}

function measureScenario(name: string): BorderMeasurement {
  const child = spawnSync(process.execPath, [childScript, name, '1', String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`measuring ${name} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as BorderMeasurement;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`# Border model throughput, one thread (${new Date().toISOString()}, load ${load()})`);
const before = { request: mmcRate('callback'), seize: mmcRate('callback-seize') };
const measured = scenarios.map(measureScenario);
const after = { request: mmcRate('callback'), seize: mmcRate('callback-seize') };
const best = (key: 'request' | 'seize', by: 'wall' | 'cpu') => Math.max(before[key][by], after[key][by]);

const rows = measured.map((m) => {
  const wallMs = median(m.runsMs);
  const cpuMs = median(m.runsCpuMs);
  const events = median(m.events);
  const vehicles = median(m.vehicles);
  const wallRate = events / (wallMs / 1000);
  const cpuRate = events / (cpuMs / 1000);
  return [
    m.scenario,
    (wallMs / 1000).toFixed(2),
    (cpuMs / 1000).toFixed(2),
    events.toExponential(3),
    vehicles.toFixed(0),
    (events / vehicles).toFixed(2),
    (wallRate / 1e6).toFixed(2),
    ((cpuMs * 1000) / vehicles).toFixed(2),
    (wallRate / best('request', 'wall')).toFixed(2),
    (cpuRate / best('request', 'cpu')).toFixed(2),
    (cpuRate / best('seize', 'cpu')).toFixed(2),
  ];
});
console.log(
  markdownTable(
    [
      'scenario (one replication)',
      'wall s',
      'CPU s',
      'events',
      'vehicles',
      'events/vehicle',
      'Mevents/s (wall)',
      'µs/vehicle (CPU)',
      '× callback request (wall)',
      '× callback request (CPU)',
      '× callback seize (CPU)',
    ],
    rows,
    rows[0]?.map((_, c) => c > 0),
  ),
);
const mmc = (r: { wall: number; cpu: number }) =>
  `${(r.wall / 1e6).toFixed(2)} (wall) / ${(r.cpu / 1e6).toFixed(2)} (CPU)`;
console.log(
  `\ncallback M/M/c, Mevents/s before → after the scenarios: request ${mmc(before.request)} → ${mmc(after.request)}; ` +
    `seize ${mmc(before.seize)} → ${mmc(after.seize)}; load ${load()}`,
);
