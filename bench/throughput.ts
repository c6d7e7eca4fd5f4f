import { measureInChild, median } from './child-measurement.js';
import { type ImplementationName, implementationLabels } from './implementations.js';
import { markdownTable } from './markdown-table.js';

/** The throughput figures of one implementation. */
export interface ThroughputRow {
  readonly name: ImplementationName;
  readonly customers: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Median CPU time of the timed runs (see `Measurement.runsCpuMs`). */
  readonly medianCpuMs: number;
  readonly events: number;
  readonly eventsPerSecond: number;
  /** The figure ratios are taken on: implementations differ in calendar entries per customer. */
  readonly customersPerSecond: number;
  readonly meanWait: number;
  readonly peakRss: number;
  readonly baselineRss: number;
}

/** Measures each implementation in its own child: `warmups` untimed runs, then `runs` timed ones. */
export function measureThroughput(
  names: readonly ImplementationName[],
  customers: number,
  warmups: number,
  runs: number,
  onProgress: (name: ImplementationName) => void = () => {},
): ThroughputRow[] {
  return names.map((name) => {
    onProgress(name);
    const m = measureInChild({ name, customers, warmups, runs });
    const medianMs = median(m.runsMs);
    return {
      name,
      customers,
      medianMs,
      minMs: Math.min(...m.runsMs),
      maxMs: Math.max(...m.runsMs),
      medianCpuMs: median(m.runsCpuMs),
      events: m.events,
      eventsPerSecond: m.events / (medianMs / 1000),
      customersPerSecond: customers / (medianMs / 1000),
      meanWait: m.meanWait,
      peakRss: m.peakRss,
      baselineRss: m.baselineRss,
    };
  });
}

/** A ratio the issue sets a target for, as measured. */
export interface RatioCheck {
  readonly numerator: ImplementationName;
  readonly denominator: ImplementationName;
  /** customers/s of the numerator over customers/s of the denominator, by median wall time. */
  readonly value: number;
  /** The same by median CPU time, which contention from other processes disturbs less. */
  readonly valueCpu: number;
  readonly target: number;
}

/**
 * The issues' targets: callback/hand loop >= 0.7, process/hand loop >= 0.4, process/js-simulator
 * >= 1.5 (the first engine issue); process (seize)/hand loop >= 0.5 and /js-simulator agents >= 1.0
 * (issue 15).
 */
const TARGETS: readonly (readonly [ImplementationName, ImplementationName, number])[] = [
  ['callback', 'handloop', 0.7],
  ['callback-seize', 'handloop', 0.7],
  ['process', 'handloop', 0.4],
  ['process-seize', 'handloop', 0.4],
  ['process', 'js-simulator', 1.5],
  ['process-seize', 'js-simulator', 1.5],
  ['process', 'js-simulator-agents', 1.5],
  ['process-seize', 'js-simulator-agents', 1.5],
  // Issue 15, item 5: the process API with `yield resource`, and the floor under it for context.
  ['process-seize', 'handloop', 0.5],
  ['process-seize', 'js-simulator-agents', 1.0],
  ['generator-floor', 'handloop', 0.5],
  ['generator-floor', 'js-simulator-agents', 1.0],
  ['generator-floor-direct', 'js-simulator-agents', 1.0],
];

/** The target ratios, for the implementations that were measured. */
export function ratioChecks(rows: readonly ThroughputRow[]): RatioCheck[] {
  const byName = new Map(rows.map((row) => [row.name, row]));
  return TARGETS.flatMap(([numerator, denominator, target]) => {
    const a = byName.get(numerator);
    const b = byName.get(denominator);
    if (a === undefined || b === undefined) return [];
    // Same customer count on both sides, so the ratio of rates is the inverse ratio of times.
    return [
      {
        numerator,
        denominator,
        value: b.medianMs / a.medianMs,
        valueCpu: b.medianCpuMs / a.medianCpuMs,
        target,
      },
    ];
  });
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const millions = (perSecond: number): string => (perSecond / 1e6).toFixed(2);

/** The throughput table, with the Erlang C mean wait beside each simulated one. */
export function throughputTable(rows: readonly ThroughputRow[], theoreticalWait: number): string {
  return markdownTable(
    [
      'implementation',
      'wall ms (median)',
      'min–max ms',
      'CPU ms (median)',
      'events',
      'Mevents/s',
      'Mcustomers/s',
      'mean wait',
      'W_q (Erlang C)',
      'peak RSS MB',
      'peak − start MB',
    ],
    rows.map((row) => [
      implementationLabels[row.name],
      row.medianMs.toFixed(0),
      `${row.minMs.toFixed(0)}–${row.maxMs.toFixed(0)}`,
      row.medianCpuMs.toFixed(0),
      String(row.events),
      millions(row.eventsPerSecond),
      millions(row.customersPerSecond),
      row.meanWait.toFixed(6),
      theoreticalWait.toFixed(6),
      mb(row.peakRss),
      mb(row.peakRss - row.baselineRss),
    ]),
    [false, true, true, true, true, true, true, true, true, true, true],
  );
}

/** The ratios against their targets. */
export function ratioTable(checks: readonly RatioCheck[]): string {
  return markdownTable(
    ['ratio (customers/s)', 'by wall time', 'by CPU time', 'target', 'met'],
    checks.map((check) => [
      `${implementationLabels[check.numerator]} / ${implementationLabels[check.denominator]}`,
      check.value.toFixed(2),
      check.valueCpu.toFixed(2),
      `>= ${check.target}`,
      check.value >= check.target ? 'yes' : 'NO',
    ]),
    [false, true, true, true, false],
  );
}
