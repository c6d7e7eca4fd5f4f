/**
 * Child-process entry point of `pnpm bench:border`: runs replications of one shipped scenario (or
 * of `mmc-as-border`, the callback M/M/c bench's queue as a border scenario) in this thread and
 * prints one JSON line (a `BorderMeasurement`).
 *
 *   node bench/dist/border-child.js <scenario> <warm-ups> <runs>
 *
 * Replications 0 .. warm-ups − 1 are untimed, so that the timed ones run optimised code; each timed
 * replication is a different one (warm-ups, warm-ups + 1, …) with seed 1, so a run is what one
 * worker of `landport run` does. The scenario is loaded and validated before any timing.
 */
import { runBorderReplication, type Scenario } from '@landport/sim-core/border';
import { standardParameters } from './mmc.js';
import { MMC_BORDER, mmcBorderScenario } from './mmc-border-scenario.js';

/** What the child reports. */
export interface BorderMeasurement {
  readonly scenario: string;
  /** Wall and CPU milliseconds of each timed replication. */
  readonly runsMs: readonly number[];
  readonly runsCpuMs: readonly number[];
  /** Calendar entries of each timed replication (the result's `events`). */
  readonly events: readonly number[];
  /** Vehicles arrived in each timed replication, all classes. */
  readonly vehicles: readonly number[];
}

// The scenarios package is not a dependency of the bench's TypeScript project; load its build.
const scenariosUrl = new URL('../../packages/scenarios/dist/index.js', import.meta.url);
const { loadScenario } = (await import(scenariosUrl.href)) as { loadScenario(name: string): Scenario };
const formatUrl = new URL('../../packages/scenario-format/dist/index.js', import.meta.url);
const { parseScenario } = (await import(formatUrl.href)) as { parseScenario(text: string): Scenario };

const [name = 'horgos-2024', warmupArg = '1', runsArg = '3'] = process.argv.slice(2);
// The callback bench's queue (10^6 customers) as a border scenario: see mmc-border-scenario.ts.
const scenario =
  name === MMC_BORDER ? parseScenario(mmcBorderScenario(standardParameters(1_000_000))) : loadScenario(name);
const warmups = Number(warmupArg);
const runs = Number(runsArg);
for (let i = 0; i < warmups; i++) runBorderReplication(scenario, { seed: 1, replication: i });

const runsMs: number[] = [];
const runsCpuMs: number[] = [];
const events: number[] = [];
const vehicles: number[] = [];
for (let i = warmups; i < warmups + runs; i++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = runBorderReplication(scenario, { seed: 1, replication: i });
  runsMs.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  runsCpuMs.push((used.user + used.system) / 1000);
  events.push(result.events);
  vehicles.push(result.conservation.arrived);
}
const measurement: BorderMeasurement = { scenario: name, runsMs, runsCpuMs, events, vehicles };
console.log(JSON.stringify(measurement));
