import { measureInChild } from './child-measurement.js';
import { type ImplementationName, implementationLabels } from './implementations.js';
import { markdownTable } from './markdown-table.js';

/** One memory measurement: a single run at one horizon, in a fresh child process. */
export interface FlatnessRow {
  readonly name: ImplementationName;
  readonly customers: number;
  readonly wallMs: number;
  /** Peak RSS during the run. */
  readonly peakRss: number;
  /** RSS just before the run (after loading and a full GC). */
  readonly startRss: number;
  /** Live memory at half time minus live memory before the run: what the running model holds. */
  readonly modelLive: number;
}

/**
 * V8 grows the young generation step by step as a process keeps allocating (8 MB → 16 MB per
 * semi-space within 10^7 customers here), so with default flags a longer run peaks higher for a
 * reason unrelated to the model. The memory runs pin each semi-space at Node 20's 64-bit maximum,
 * 16 MB, from the start; the peaks then compare like with like (and sit ~25 MB above start).
 */
const PINNED_YOUNG_GENERATION = ['--min-semi-space-size=16', '--max-semi-space-size=16'];

/**
 * Memory must not grow with the horizon: a model whose population is stable (here about
 * λ·(W_q + 1/μ) ≈ 15 customers in the system) must run in constant memory however long it runs.
 * Each (implementation, horizon) pair runs once, without warm-up, in its own process. At half time
 * the run stops for a full GC and a reading of the live memory, which shows a leak directly.
 */
export function measureMemoryFlatness(
  names: readonly ImplementationName[],
  horizons: readonly number[],
  onProgress: (name: ImplementationName, customers: number) => void = () => {},
): FlatnessRow[] {
  return names.flatMap((name) =>
    horizons.map((customers) => {
      onProgress(name, customers);
      const m = measureInChild({
        name,
        customers,
        warmups: 0,
        runs: 1,
        liveHeap: true,
        nodeFlags: PINNED_YOUNG_GENERATION,
      });
      return {
        name,
        customers,
        wallMs: m.runsMs[0]!,
        peakRss: m.peakRss,
        startRss: m.baselineRss,
        modelLive: (m.liveHeapAtHalfway ?? Number.NaN) - m.baselineHeap,
      };
    }),
  );
}

/**
 * Flatness thresholds between the shortest and the longest horizon. The model's live memory (heap
 * and typed-array buffers, read after a full GC at half time) must stay within 1 MiB: it holds the
 * ~15 customers in the system and arrays sized by the longest line so far, while a leak of a
 * quarter byte per customer would already exceed it between 10^6 and 10^7 customers. Peak RSS
 * must stay within 10%: it moves by ±5 MB from run to run (loader residue, old-generation garbage
 * awaiting a major GC), so it only catches gross growth.
 */
const MODEL_LIVE_GROWTH_LIMIT = 2 ** 20;
const PEAK_GROWTH_LIMIT = 1.1;

/** How one implementation's memory changed from its shortest horizon to its longest. */
export interface Growth {
  /** Peak RSS, longest horizon over shortest. */
  readonly peakRss: number;
  /** Change of the model's live memory, in bytes, longest minus shortest. */
  readonly modelLive: number;
  readonly flat: boolean;
}

/** The growth of memory with the horizon, per implementation. */
export function memoryGrowth(rows: readonly FlatnessRow[]): Map<ImplementationName, Growth> {
  const growth = new Map<ImplementationName, Growth>();
  for (const name of new Set(rows.map((row) => row.name))) {
    const own = rows.filter((row) => row.name === name).sort((a, b) => a.customers - b.customers);
    const first = own[0]!;
    const last = own.at(-1)!;
    const peakRss = last.peakRss / first.peakRss;
    const modelLive = last.modelLive - first.modelLive;
    const flat = peakRss < PEAK_GROWTH_LIMIT && modelLive < MODEL_LIVE_GROWTH_LIMIT;
    growth.set(name, { peakRss, modelLive, flat });
  }
  return growth;
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const signed = (text: string): string => (text.startsWith('-') ? text : `+${text}`);

/** The memory-flatness table; the verdict is on the row of the longest horizon. */
export function flatnessTable(rows: readonly FlatnessRow[]): string {
  const growth = memoryGrowth(rows);
  return markdownTable(
    [
      'implementation',
      'customers',
      'wall s',
      'Mcustomers/s',
      'peak RSS MB',
      'start RSS MB',
      'peak − start MB',
      'model live KB',
      'flat',
    ],
    rows.map((row) => {
      const longest = Math.max(
        ...rows.filter((other) => other.name === row.name).map((other) => other.customers),
      );
      const g = growth.get(row.name)!;
      const verdict = `${g.flat ? 'yes' : 'NO'} (peak ×${g.peakRss.toFixed(3)}, live ${signed((g.modelLive / 1024).toFixed(0))} KB)`;
      return [
        implementationLabels[row.name],
        row.customers.toExponential(0).replace('e+', 'e'),
        (row.wallMs / 1000).toFixed(2),
        (row.customers / row.wallMs / 1000).toFixed(2),
        mb(row.peakRss),
        mb(row.startRss),
        mb(row.peakRss - row.startRss),
        (row.modelLive / 1024).toFixed(0),
        row.customers === longest ? verdict : '',
      ];
    }),
    [false, true, true, true, true, true, true, true, false],
  );
}
