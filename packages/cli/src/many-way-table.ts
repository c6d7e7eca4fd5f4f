import type { ManyWayComparison, Selection } from '@landport/experiment';
import { headlineMetrics, metricUnit } from '@landport/experiment';

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toLocaleString('en') : String(x));

/**
 * The terminal text of a many-way comparison: the variants, then per headline metric each pair's
 * difference a − b with its adjusted interval and p-value, and the selection when one was asked.
 */
export function formatManyWayTable(c: ManyWayComparison, selection: Selection | null): string {
  const lines: string[] = [];
  lines.push(
    `${c.variants.length} variants, ${c.replications} replications each on common random numbers; ` +
      `${c.pairs === 'base' ? 'each against v0' : 'all pairs'}, ${c.adjustment === 'holm' ? 'Holm' : 'Bonferroni'}-adjusted ` +
      `for a familywise error rate of ${c.familywiseErrorRate.toFixed(2)} per metric`,
  );
  for (const [i, name] of c.variants.entries()) lines.push(`  v${i}: ${name}`);
  for (const metric of headlineMetrics(Object.keys(c.metrics))) {
    const unit = metricUnit(metric);
    lines.push(`${metric}${unit === '' ? '' : ` (${unit})`}`);
    for (const p of c.metrics[metric]!) {
      if (p.n === 0) continue;
      lines.push(
        `  v${p.a} − v${p.b}: ${fmt(p.difference)} [${fmt(p.lower)}, ${fmt(p.upper)}] at ${(p.level * 100).toFixed(2)}%, ` +
          `adjusted p ${p.adjustedP < 0.001 ? '< 0.001' : p.adjustedP.toFixed(3)}${p.different ? ', different' : ''}`,
      );
    }
  }
  if (selection !== null) {
    const unit = metricUnit(selection.metric);
    const u = unit === '' ? '' : ` ${unit}`;
    const s = selection;
    lines.push(
      `selection on ${s.metric} (${s.direction}imum best), ${s.procedure}, P* = ${s.pStar}:`,
      `  sample best v${s.best} (${fmt(s.means[s.best]!)}${u}); subset holding the best with probability ≥ ${s.pStar}: ${s.subset.map((i) => `v${i}`).join(', ')}`,
      s.delta === null
        ? '  no indifference zone given (--delta): no variant is declared best'
        : s.declared
          ? `  v${s.best} declared best: if the best beats the others by ≥ ${s.delta}${u}, a wrong declaration has probability ≤ ${(1 - s.pStar).toFixed(3)} (largest half-width ${fmt(s.largestHalfWidth)}${u} ≤ δ)`
          : `  not declared: largest half-width ${fmt(s.largestHalfWidth)}${u} exceeds δ = ${s.delta}${u}; about ${s.replicationsForDelta} replications would be needed`,
    );
  }
  return lines.join('\n');
}
