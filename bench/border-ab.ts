/**
 * Two builds of the border model against each other, as a batch runs them: on fresh worker
 * threads.
 *
 *   pnpm bench:border-ab <rounds> <a.mjs> <b.mjs> [scenario]
 *
 * Each build is one module exporting `runReplication` (a bundle of a commit's
 * packages/cli/dist/border-replication.js, made with `npx esbuild … --bundle --format=esm
 * --platform=node --outfile=a.mjs`). Each round, for each build in turn (the order alternating
 * between rounds), two fresh worker threads run side by side: each warms up on two
 * replication-years and times three more. Prints each build's least and median milliseconds a
 * replication-year, and B against A: the ratio of the medians and the median of the round-by-round
 * ratios.
 *
 * Why worker threads, and why alternate: a change that looked faster when both builds ran in one
 * process was not on the threads a batch uses (docs/performance.md, the tenth session's heap), and
 * the machine's speed drifts by 20–40% over tens of seconds, so only builds timed close together
 * compare.
 */
import { Worker } from 'node:worker_threads';
import { median } from './child-measurement.js';
import { markdownTable } from './markdown-table.js';

const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { loadScenario } = await import(workerData.scenarios);
  const scenario = loadScenario(workerData.scenario);
  const model = await import(workerData.build);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    model.runReplication({ scenario, seed: 1, replication: workerData.first + i });
    if (i >= 2) times.push(performance.now() - started);
  }
  parentPort.postMessage(times);
})();`;

const SCENARIOS = new URL('../../packages/scenarios/dist/index.js', import.meta.url).href;

/** The milliseconds of the three timed replication-years of one fresh thread. */
function threadTimes(build: string, scenario: string, first: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD, {
      eval: true,
      workerData: { build, scenario, first, scenarios: SCENARIOS },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const [roundsArg = '', a = '', b = '', scenario = 'horgos-2024'] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!(Number.isInteger(rounds) && rounds >= 1) || a === '' || b === '') {
  console.error('usage: border-ab <rounds> <a.mjs> <b.mjs> [scenario]');
  process.exit(2);
}
const builds = {
  a: new URL(a, `file://${process.cwd()}/`).href,
  b: new URL(b, `file://${process.cwd()}/`).href,
};
const times: Record<'a' | 'b', number[]> = { a: [], b: [] };
const perRound: number[] = [];
for (let round = 0; round < rounds; round++) {
  const order: ('a' | 'b')[] = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
  const medians: Record<string, number> = {};
  for (const name of order) {
    const first = round * 10;
    const both = await Promise.all([0, 5].map((k) => threadTimes(builds[name], scenario, first + k)));
    times[name].push(...both.flat());
    medians[name] = median(both.flat());
  }
  perRound.push(medians.b! / medians.a!);
}
console.log(
  `# Border model A/B: ${scenario}, ${rounds} rounds (${new Date().toISOString()})\n\n` +
    markdownTable(
      ['build', 'least, ms a replication-year', 'median, ms'],
      (['a', 'b'] as const).map((name) => [
        `${name.toUpperCase()}: ${name === 'a' ? a : b}`,
        Math.min(...times[name]).toFixed(0),
        median(times[name]).toFixed(0),
      ]),
      [false, true, true],
    ) +
    `\n\nB / A: ratio of the medians ${(median(times.b) / median(times.a)).toFixed(3)}, median of the rounds' ratios ${median(perRound).toFixed(3)}`,
);
