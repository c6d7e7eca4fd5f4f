/**
 * How the time to reject a scenario file with a great many problems grows with their number: it
 * must grow linearly. Two cases, each timed at 12,500, 25,000 and 50,000 lines (least of 3
 * repetitions, CPU time): unknown top-level keys (every one a problem, each located in the file),
 * and a duplicate key after that many distinct ones. Each doubling should about double the time
 * (ratio ≈ 2); a quadratic reading gives ≈ 4. Before the reader was made linear, 50,000 unknown
 * keys took 48 s. The tests in `parse-limits.test.ts` check what is reported; this checks how
 * long it takes (docs/performance.md, "Reading a scenario with a great many problems").
 *
 *   pnpm bench:parse
 */
import { SHORT_SCENARIO } from './short-scenario.js';

// The scenario format is not a dependency of the bench's TypeScript project; load its build.
const formatUrl = new URL('../../packages/scenario-format/dist/index.js', import.meta.url);
const { parseScenario } = (await import(formatUrl.href)) as { parseScenario(text: string): unknown };

const SIZES = [12_500, 25_000, 50_000];
const CASES = [
  {
    name: 'unknown top-level keys',
    text: (n: number) =>
      `${SHORT_SCENARIO}${Array.from({ length: n }, (_, i) => `unknown${i}: ${i}`).join('\n')}\n`,
  },
  {
    name: 'a duplicate key after n distinct ones',
    text: (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\nk7: 2\n`,
  },
];

/** Least CPU milliseconds of 3 attempts to read `text`, which must be refused. */
function rejectMs(text: string): number {
  let least = Number.POSITIVE_INFINITY;
  for (let repetition = 0; repetition < 3; repetition++) {
    const cpu = process.cpuUsage();
    let refused = false;
    try {
      parseScenario(text);
    } catch {
      refused = true;
    }
    const used = process.cpuUsage(cpu);
    if (!refused) throw new Error('parse-scaling: the file was accepted; it must be refused');
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

console.log('| case | lines | CPU ms (least of 3) | ratio to half as many |');
console.log('|---|---|---|---|');
for (const c of CASES) {
  let previous: number | null = null;
  for (const n of SIZES) {
    const ms = rejectMs(c.text(n));
    const ratio = previous === null ? '—' : (ms / previous).toFixed(2);
    console.log(`| ${c.name} | ${n.toLocaleString('en')} | ${ms.toFixed(0)} | ${ratio} |`);
    previous = ms;
  }
}
