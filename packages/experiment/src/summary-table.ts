import type { MetricSummary, Summary } from './batch/aggregate.js';
import type { PairedComparison } from './batch/paired-comparison.js';
import { groupedDecimal } from './grouped-decimal.js';
import { metricUnit } from './metric-unit.js';

/** Metric name patterns shown in the terminal table, in order; everything is in summary.json. */
const HEADLINES: readonly RegExp[] = [
  /^throughputPerDay$/,
  /^carsPerDay$/,
  // Present only for a port with inbound classes or fleets.
  /^direction\.[^.]+\.(throughputPerDay|crossingHours\.mean|inSystemAtEnd)$/,
  /^fleet\.[^.]+\.(roundTripsPerDay|utilisation)$/,
  /^class\.[^.]+\.crossingHours\.(mean|p95)$/,
  /^class\.[^.]+\.carsPerDay$/,
  /^class\.[^.]+\.cost\.perVehicle$/,
  /^station\.[^.]+\.waitHours\.(mean|p95)$/,
  /^station\.[^.]+\.utilisation$/,
  /^station\.[^.]+\.queue\.mean$/,
  /^station\.[^.]+\.turnedAway$/,
  /^drivers\.(utilisation|tripsPerDriverPerMonth)$/,
  /^inSystem\.mean$/,
  /^daily\.busiestDay\.(exited|cars)$/,
  // Present only for a port with two directions.
  /^daily\.(outbound|inbound)\.busiestDay\.(exited|cars)$/,
  /^daily\.daysAbove$/,
  /^cost\.total$/,
];

/** The names of the headline metrics present in `names`, in display order. */
export function headlineMetrics(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const pattern of HEADLINES)
    for (const name of names) if (pattern.test(name) && !out.includes(name)) out.push(name);
  return out;
}

/**
 * The headline metrics worth a row in a table of `summary`, in display order: those observed in at
 * least one replication, less the rows of pure delays (the drive through the neutral zone, document
 * processing). A delay has no lanes: its utilisation is never observed (n = 0), and its queue and
 * turned-away rows are zero by construction. The terminal table and the playground's show the same rows.
 */
export function tableMetrics(summary: Summary): string[] {
  const delays = new Set(
    Object.entries(summary.metrics)
      .filter(([name, m]) => /^station\.[^.]+\.utilisation$/.test(name) && m.n === 0)
      .map(([name]) => name.split('.')[1]),
  );
  return headlineMetrics(Object.keys(summary.metrics)).filter(
    (name) =>
      summary.metrics[name]!.n > 0 && !(name.startsWith('station.') && delays.has(name.split('.')[1])),
  );
}

/**
 * A plain-text table of the headline figures: unit, mean and confidence interval per metric;
 * money in `currency` (the scenario's reporting currency) when given.
 */
export function formatSummaryTable(summary: Summary, currency?: string): string {
  const level = `${Math.round(summary.level * 100)}% CI`;
  const rows: string[][] = [['metric', 'unit', 'mean', level, 'n']];
  for (const name of tableMetrics(summary)) {
    const m = summary.metrics[name]!;
    rows.push([name, metricUnit(name, currency), fmt(m.mean), interval(m), String(m.n)]);
  }
  return `${summary.replications} replications\n${table(rows, 2)}`;
}

/** A plain-text table of paired differences A − B. */
export function formatComparisonTable(comparison: PairedComparison, a: string, b: string): string {
  const level = `${Math.round(comparison.level * 100)}% CI of A − B`;
  const rows: string[][] = [['metric', `A: ${a}`, `B: ${b}`, 'A − B', level]];
  for (const name of headlineMetrics(Object.keys(comparison.metrics))) {
    const m = comparison.metrics[name]!;
    if (m.n === 0) continue;
    rows.push([name, fmt(m.meanA), fmt(m.meanB), fmt(m.difference), `[${fmt(m.lower)}, ${fmt(m.upper)}]`]);
  }
  return `${comparison.replications} paired replications (common random numbers)\n${table(rows)}`;
}

function interval(m: MetricSummary): string {
  return Number.isFinite(m.halfWidth) ? `[${fmt(m.lower)}, ${fmt(m.upper)}]` : '-';
}

/** Four significant digits, no exponent for everyday magnitudes. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e7 || abs < 1e-3) return x.toExponential(3);
  return groupedDecimal(Number(x.toPrecision(4)), 4);
}

/** Rows as aligned text: the first `left` columns (names) left-aligned, the numbers right-aligned. */
function table(rows: readonly string[][], left = 1): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r.map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}
