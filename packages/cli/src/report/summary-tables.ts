import {
  defaultSweepMetrics,
  fmt,
  headlineMetrics,
  type ManyWayComparison,
  type MetricSummary,
  type PairedComparison,
  type Selection,
  type SizeData,
  type Summary,
  type SweepData,
} from '@landport/experiment';
import { escapeHtml } from './html-escape.js';

/*
 * The report's tables as HTML, with the terminal's number format (`fmt`, four significant
 * digits). Numbers are right-aligned (class "n"); every cell is escaped.
 */

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((h, i) => `<th${i === 0 ? '' : ' class="n"'}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${i === 0 ? '' : ' class="n"'}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function interval(m: { lower: number; upper: number; halfWidth: number }): string {
  return Number.isFinite(m.halfWidth) ? `[${fmt(m.lower)}, ${fmt(m.upper)}]` : '–';
}

function summaryRow(name: string, m: MetricSummary): string[] {
  return [name, fmt(m.mean), interval(m), String(m.n), String(m.missing)];
}

/**
 * A run's summary: the headline metrics (as in the terminal), then every metric of summary.json
 * in a collapsed section, each with its mean and confidence interval.
 */
export function runSummaryHtml(summary: Summary): string {
  const level = `${Math.round(summary.level * 100)}% CI`;
  const header = ['metric', 'mean', level, 'n', 'missing'];
  const headlines = headlineMetrics(Object.keys(summary.metrics));
  const all = Object.keys(summary.metrics);
  return (
    `<p>${summary.replications} replications; means over replications with Student-t ${level}s.</p>\n` +
    table(
      header,
      headlines.map((name) => summaryRow(name, summary.metrics[name]!)),
    ) +
    `\n<details><summary>All ${all.length} metrics</summary>\n` +
    table(
      header,
      all.map((name) => summaryRow(name, summary.metrics[name]!)),
    ) +
    '\n</details>'
  );
}

/** A comparison's headline metrics: A, B, A − B and its interval. */
export function comparisonHtml(comparison: PairedComparison, a: string, b: string): string {
  const level = `${Math.round(comparison.level * 100)}% CI of A − B`;
  const rows: string[][] = [];
  for (const name of headlineMetrics(Object.keys(comparison.metrics))) {
    const m = comparison.metrics[name]!;
    if (m.n === 0) continue;
    rows.push([name, fmt(m.meanA), fmt(m.meanB), fmt(m.difference), interval(m), String(m.n)]);
  }
  return (
    `<p>${comparison.replications} paired replications on common random numbers.</p>\n` +
    table(['metric', `A: ${a}`, `B: ${b}`, 'A − B', level, 'pairs'], rows)
  );
}

/**
 * A many-way comparison's headline metrics: per metric, each pair's means, difference a − b and
 * its multiplicity-adjusted interval and p-value; then the selection when one was asked.
 */
export function manyWayHtml(c: ManyWayComparison, selection: Selection | null): string {
  const method = c.adjustment === 'holm' ? 'Holm' : 'Bonferroni';
  const rows: string[][] = [];
  for (const name of headlineMetrics(Object.keys(c.metrics))) {
    for (const p of c.metrics[name]!) {
      if (p.n === 0) continue;
      rows.push([
        name,
        `v${p.a} − v${p.b}`,
        fmt(p.meanA),
        fmt(p.meanB),
        fmt(p.difference),
        interval(p),
        `${fmt(p.level * 100)}%`,
        p.adjustedP < 0.001 ? '< 0.001' : p.adjustedP.toFixed(3),
        p.different ? 'yes' : 'no',
      ]);
    }
  }
  const variants = c.variants.map((v, i) => `<li>v${i}: ${escapeHtml(v)}</li>`).join('');
  return (
    `<p>${c.variants.length} variants, ${c.replications} replications each on common random numbers; ` +
    `${c.pairs === 'base' ? 'each variant against v0' : 'every pair'}, ${method}-adjusted for a familywise error rate of ${c.familywiseErrorRate.toFixed(2)} per metric.</p>\n` +
    `<ul class="facts">${variants}</ul>\n` +
    table(
      [
        'metric',
        'pair a − b',
        'mean a',
        'mean b',
        'a − b',
        'adjusted interval',
        'its level',
        `${method} p`,
        'different',
      ],
      rows,
    ) +
    (selection === null ? '' : `\n${selectionHtml(selection)}`)
  );
}

function selectionHtml(s: Selection): string {
  const verdict =
    s.delta === null
      ? 'No indifference zone was given (--delta): no variant is declared best.'
      : s.declared
        ? `v${s.best} is declared best: if the best beats the others by at least ${fmt(s.delta)}, a wrong declaration has probability at most ${fmt(1 - s.pStar)}.`
        : `Not declared: the largest half-width ${fmt(s.largestHalfWidth)} exceeds δ = ${fmt(s.delta)}; about ${s.replicationsForDelta} replications would be needed.`;
  return (
    `<p>Selection on ${escapeHtml(s.metric)} (${s.direction}imum best), P* = ${s.pStar}: sample best v${s.best} ` +
    `(${fmt(s.means[s.best]!)}); the subset ${s.subset.map((i) => `v${i}`).join(', ')} holds the best with probability at least ${s.pStar}. ` +
    `${escapeHtml(verdict)}</p>`
  );
}

/** A sweep: one row per grid point, the default metrics as mean ± half-width. */
export function sweepHtml(data: SweepData): string {
  const first = data.points[0];
  if (first === undefined) return '<p>The sweep has no points.</p>';
  const metrics = defaultSweepMetrics(first.summary);
  const rows = data.points.map((p) => [
    ...data.params.map((param) => p.values[param] ?? ''),
    ...metrics.map((m) => {
      const s = p.summary.metrics[m];
      return s === undefined ? '–' : `${fmt(s.mean)} ±${fmt(s.halfWidth)}`;
    }),
  ]);
  return (
    `<p>${data.replications} replications per point, seed ${escapeHtml(String(data.seed))}, the same random numbers at every point.</p>\n` +
    table([...data.params, ...metrics], rows)
  );
}

/** A sizing: the lane counts evaluated with their intervals and verdicts, and the answer. */
export function sizeHtml(data: SizeData): string {
  const level = `${Math.round(data.level * 100)}% CI`;
  const rows = data.curve.map((p) => [
    String(p.lanes),
    fmt(p.mean),
    Number.isFinite(p.lower) ? `[${fmt(p.lower)}, ${fmt(p.upper)}]` : '–',
    String(p.replications),
    p.verdict,
  ]);
  const answer =
    data.lanes === null
      ? 'No lane count in the range meets the target with that confidence.'
      : `Smallest lane count meeting the target: <strong>${data.lanes}</strong>.`;
  return (
    `<p>Target ${escapeHtml(data.target.text)} at ${escapeHtml(data.station)} (${escapeHtml(data.target.metric)}), ` +
    `${Math.round(data.level * 100)}% confidence. ${answer}</p>\n` +
    table(['lanes', 'mean', level, 'replications', 'verdict'], rows)
  );
}
