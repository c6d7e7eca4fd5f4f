import {
  type ComparisonData,
  comparisonChart,
  fmt,
  headlineMetrics,
  metricUnit,
  pairedComparison,
  SCENARIO_RECORD_SCHEMA_VERSION,
  stringifyLossless,
} from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';
import type { Result } from 'vega-embed';
import { drawChart } from './chart-view.js';
import { downloadText } from './downloads.js';
import { htmlTable, paragraph } from './html-table.js';
import type { ReplicationTask } from './replication-task.js';
import { pageManifest } from './run-results.js';
import type { TaskRunner } from './task-runner.js';

/** Two variants of one scenario, to compare on common random numbers. */
export interface Variants {
  readonly name: string;
  readonly a: { readonly scenario: Scenario; readonly overrides: readonly string[] };
  readonly b: { readonly scenario: Scenario; readonly overrides: readonly string[] };
  readonly sources: Record<string, string>;
  readonly seed: number | string;
  readonly replications: number;
}

let shownChart: Result | null = null;

/**
 * Runs both variants on the same replications and seed (as `landport compare` does: replication i
 * of A and of B use the streams of (seed, i)), interleaved so that both finish together, and shows
 * the paired differences of the headline metrics as a table and as the report's comparison chart.
 */
export async function compareVariants(
  target: HTMLElement,
  variants: Variants,
  run: TaskRunner,
): Promise<void> {
  shownChart?.finalize();
  shownChart = null;
  target.replaceChildren();
  const tasks: ReplicationTask[] = [];
  for (let i = 0; i < variants.replications; i++) {
    tasks.push({ scenario: variants.a.scenario, seed: variants.seed, replication: i });
    tasks.push({ scenario: variants.b.scenario, seed: variants.seed, replication: i });
  }
  const outputs = await run(tasks);
  const comparison = pairedComparison(
    outputs.filter((_, k) => k % 2 === 0),
    outputs.filter((_, k) => k % 2 === 1),
  );
  const side = (which: 'a' | 'b') => {
    const v = variants[which];
    return {
      manifest: pageManifest({
        ...variants,
        scenario: v.scenario,
        overrides: v.overrides,
        outputs: new Array(variants.replications),
      }),
      scenario: {
        schemaVersion: SCENARIO_RECORD_SCHEMA_VERSION,
        name: variants.name,
        scenario: v.scenario,
        sources: variants.sources,
      },
    };
  };
  const data: ComparisonData = { folder: '', comparison, a: side('a'), b: side('b') };
  const currency = variants.a.scenario.costs.currency;
  const level = `${Math.round(comparison.level * 100)}% CI of A − B`;
  const rows = headlineMetrics(Object.keys(comparison.metrics))
    .map((name) => [name, comparison.metrics[name]!] as const)
    .filter(([, m]) => m.n > 0)
    .map(([name, m]) => [
      name,
      metricUnit(name, currency),
      fmt(m.meanA),
      fmt(m.meanB),
      fmt(m.difference),
      Number.isFinite(m.halfWidth) ? `${fmt(m.lower)} – ${fmt(m.upper)}` : '—',
    ]);
  const b = variants.b.overrides.slice(variants.a.overrides.length);
  const save = document.createElement('button');
  save.type = 'button';
  save.id = 'download-comparison';
  save.textContent = 'Download comparison.json';
  save.addEventListener('click', () =>
    downloadText(
      `${stringifyLossless(comparison, 2)}\n`,
      `${variants.name}-comparison.json`,
      'application/json',
    ),
  );
  const figure = document.createElement('figure');
  target.replaceChildren(
    paragraph(
      `${comparison.replications} paired replications, seed ${variants.seed}. A: ${variants.name}${variants.a.overrides.length === 0 ? '' : ` with ${variants.a.overrides.join(', ')}`}; B: A with ${b.join(', ') || 'nothing more'}.`,
    ),
    htmlTable('comparison-table', ['metric', 'unit', 'A', 'B', 'A − B', level], rows),
    save,
    figure,
  );
  const chart = comparisonChart(data);
  if (chart === null)
    figure.replaceWith(paragraph('No comparison chart: no headline metric was finite in both runs.'));
  else shownChart = await drawChart(figure, chart, `${variants.name}-seed${variants.seed}`);
  target.dataset.complete = 'true';
}
